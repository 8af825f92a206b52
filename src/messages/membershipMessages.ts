import { template } from './template';
import { sexZh } from './words';

/** Messages of src/membership/ (error texts), keyed by error code. */
export const membershipMessages = {
  'membership.input.years': template({
    en: () => 'need at least 2 years and 2 ages, population of years × ages',
    zh: () => '至少需要 2 年和 2 个年龄，人口为 年 × 年龄',
  }),
  'membership.input.cells': template<{ size: number; found: number }>({
    en: (p) => `expected ${p.size} cells, got ${p.found}`,
    zh: (p) => `应有 ${p.size} 个单元，实际 ${p.found} 个`,
  }),
  'membership.input.notFinite': template<{ k: number }>({
    en: (p) => `cell ${p.k} is not finite`,
    zh: (p) => `第 ${p.k} 个单元不是有限数`,
  }),
  'membership.input.base': template<{ n: number }>({
    en: (p) => `need ${p.n} finite values ≥ 0`,
    zh: (p) => `需要 ${p.n} 个有限非负数`,
  }),
  'membership.input.switching': template<{ years: number }>({
    en: (p) => `need ${p.years} shares in [0, 1]`,
    zh: (p) => `需要 ${p.years} 个 [0, 1] 内的比例`,
  }),
  'membership.costCurve.sex': template<{ sex: string }>({
    en: (p) => `sex must be male or female, got "${p.sex}"`,
    zh: (p) => `sex 须为 male 或 female，实际 "${p.sex}"`,
  }),
  'membership.costCurve.relativeCost': template<{ value: number }>({
    en: (p) => `relative_cost must be > 0, got ${p.value}`,
    zh: (p) => `relative_cost 须大于 0，实际 ${p.value}`,
  }),
  'membership.costCurve.twoBands': template<{ x: number; sex: string }>({
    en: (p) => `age ${p.x} (${p.sex}) is in two bands`,
    zh: (p) => `年龄 ${p.x}（${p.sex}）属于两个年龄段`,
  }),
  'membership.shared.noFund': template({
    en: () => 'no fund to resolve: give an employee request, a resident request or both',
    zh: () => '没有需要计算的基金：请提供职工、居民或两者的请求',
  }),
  'membership.shared.wrongScheme': template({
    en: () => 'a request is filed under the wrong scheme',
    zh: () => '请求的制度类别不符',
  }),
  'membership.shared.timelinesDiffer': template({
    en: () => 'funds sharing a membership projection need the same base year, years and persons unit',
    zh: () => '共用参保预测的基金须有相同的基期、年数和人数单位',
  }),
  'membership.baseYearBeforeCensus': template<{ censusYear: number; baseYear: number }>({
    en: (p) => `the age-detailed mode starts from the 2020 census: base_year must be ${p.censusYear} or later, got ${p.baseYear}`,
    zh: (p) => `按年龄细分模式以 2020 年人口普查为起点：base_year 须不早于 ${p.censusYear}，实际 ${p.baseYear}`,
  }),
  'membership.emptyBand': template<{ ages: string; sex: string; v: number }>({
    en: (p) => `counts ${p.ages} ${p.sex}: ${p.v} members but no population in the band`,
    zh: (p) => `counts ${p.ages} ${sexZh(p.sex)}：有 ${p.v} 名参保人，但该年龄段人口为零`,
  }),
  'membership.emptyFund': template<{ id: string; i: number }>({
    en: (p) => `${p.id}: the decomposition needs members and benefit spending > 0 (year index ${p.i})`,
    zh: (p) => `${p.id}：分解需要参保人数和待遇支出均大于 0（年份序号 ${p.i}）`,
  }),
  'membership.emptyShape': template<{ key: string; status: string; total: number | undefined }>({
    en: (p) => `by_age.${p.key} gives no ${p.status} in the base year, but the total is ${p.total}`,
    zh: (p) => `by_age.${p.key} 在基期没有${p.status}，但合计为 ${p.total}`,
  }),
  'membership.exceedsPopulation': template<{ sex: string; age: number; year: number; excess: number }>({
    en: (p) => `members exceed the population: ${p.sex}, age ${p.age}, ${p.year} (by ${p.excess.toFixed(1)} persons); lower the participation or the status totals`,
    zh: (p) => `参保人数超过人口：${sexZh(p.sex)}，${p.age} 岁，${p.year} 年（超出 ${p.excess.toFixed(1)} 人）；请降低参保率或各类人数合计`,
  }),
  'membership.invalidAgeBand': template<{ text: string; openAge: number }>({
    en: (p) => `"${p.text}" is not an age band within 0–${p.openAge}: write e.g. 20-59, 60+ or 65`,
    zh: (p) => `"${p.text}" 不是 0–${p.openAge} 内的年龄段：应写作 20-59、60+ 或 65 等`,
  }),
  'membership.invalidCostCurve.bad': template<{ file: string; line: number; en: string; zh: string }>({
    en: (p) => `${p.file} line ${p.line}: ${p.en}`,
    zh: (p) => `${p.file} 第 ${p.line} 行：${p.zh}`,
  }),
  'membership.invalidCostCurve.loadAgeCostCurve': template<{ file: string; missing: number; sex: string; openAge: number }>({
    en: (p) => `${p.file}: age ${p.missing} (${p.sex}) is in no band; the bands must cover 0–${p.openAge}+`,
    zh: (p) => `${p.file}：年龄 ${p.missing}（${p.sex}）不在任何年龄段内；年龄段须覆盖 0–${p.openAge}+`,
  }),
  'membership.invalidInput.ageMixIndex': template({
    en: () => `ageMixIndex: members must be years × ages with ages = curve length, curve values finite and > 0`,
    zh: () => `ageMixIndex：参保人矩阵须为 年 × 年龄，年龄数等于成本曲线长度，曲线值须为有限正数`,
  }),
  'membership.invalidInput.bad': template<{ name: string; en: string; zh: string }>({
    en: (p) => `${p.name}: ${p.en}`,
    zh: (p) => `${p.name}：${p.zh}`,
  }),
  'membership.invalidInput.censusPopulationProjection': template<{ censusYear: number }>({
    en: (p) => `need an integer lastYear after ${p.censusYear} and a mortality improvement in (−0.1, 0.1)`,
    zh: (p) => `lastYear 须为 ${p.censusYear} 年之后的整数，死亡率改善率须在 (−0.1, 0.1) 内`,
  }),
  'membership.invalidInput.membersByAge': template<{ method: string; ages: string; sex: string; v: number }>({
    en: (p) => `${p.method} ${p.ages} ${p.sex}: ${p.v} is not ${p.method === 'participation' ? 'a share in [0, 1]' : 'a count ≥ 0'}`,
    zh: (p) => `${p.method} ${p.ages} ${sexZh(p.sex)}：${p.v} 不是${p.method === 'participation' ? '[0, 1] 内的比例' : '≥ 0 的人数'}`,
  }),
  'membership.invalidInput.membershipPyramid': template<{ firstYear: number; lastYear: number; width: number; outside: readonly number[] }>({
    en: (p) => `width must be a positive integer and years within ${p.firstYear}–${p.lastYear} (got ${p.outside.join(', ') || p.width})`,
    zh: (p) => `width 须为正整数，years 须在 ${p.firstYear}–${p.lastYear} 之内（实际 ${p.outside.join('、') || p.width}）`,
  }),
  'membership.invalidInput.retiredShares': template({
    en: () => `retiredShares needs integer firstYear, years ≥ 1, ages ≥ 2, shares in [0, 1] and, with a short share, integer extraYears ≥ 1`,
    zh: () => `retiredShares 需要整数 firstYear、years ≥ 1、ages ≥ 2、取值在 [0, 1] 的比例，且有缴费不足比例时 extraYears 为 ≥ 1 的整数`,
  }),
  'membership.notAgeDetailed': template<{ id: string }>({
    en: (p) => `fund '${p.id}' is in the aggregate mode: it has no membership by age (use members.age_detailed)`,
    zh: (p) => `基金 '${p.id}' 为汇总模式，没有分年龄参保数据（请使用 members.age_detailed）`,
  }),
  'membership.overlappingBands': template<{ x: number; firstRow: number; k: number }>({
    en: (p) => `age ${p.x} is in two bands (rows ${p.firstRow} and ${p.k})`,
    zh: (p) => `年龄 ${p.x} 同时属于两个年龄段（第 ${p.firstRow} 行和第 ${p.k} 行）`,
  }),
  'membership.switchingPopulationDiffers.checkRequest': template({
    en: () => `funds sharing a membership projection must give the same population block`,
    zh: () => `共用参保预测的基金须使用相同的 population 设置`,
  }),
  'membership.switchingPopulationDiffers.switchingTarget': template<{ to: string }>({
    en: (p) => `resident fund '${p.to}' projects another population (its age_detailed.population block differs): funds that exchange switchers must share one population`,
    zh: (p) => `居民医保基金 '${p.to}' 的人口预测不同（age_detailed.population 不一致）：互转人员的基金须使用同一人口`,
  }),
  'membership.switchingTargetAggregate': template<{ to: string }>({
    en: (p) => `resident fund '${p.to}' is in the aggregate mode: switching into an aggregate fund is not modelled (give it members.age_detailed, or write a plain share to let the switchers leave the scheme)`,
    zh: (p) => `居民医保基金 '${p.to}' 为汇总模式：不支持转入汇总模式基金（请为其设置 members.age_detailed，或直接给出比例，表示转出人员离开该制度）`,
  }),
  'membership.switchingTargetMissing': template<{ to: string; funds: readonly string[] }>({
    en: (p) => `no fund '${p.to}' in this scenario to receive the switchers (funds: ${p.funds.join(', ')})`,
    zh: (p) => `情景中没有接收转出人员的基金 '${p.to}'（现有：${p.funds.join('、')}）`,
  }),
  'membership.switchingTargetNeeded': template<{ r: string }>({
    en: (p) => `a plain share means the switchers leave the employee scheme and no fund counts them, but resident fund '${p.r}' is age-detailed on the same population: write switching_to_resident: {share: …, to: ${p.r}} so that its insured gain them`,
    zh: (p) => `直接给出比例表示转出人员离开职工医保且不计入任何基金，但居民医保基金 '${p.r}' 按年龄细分且人口相同：请写 switching_to_resident: {share: …, to: ${p.r}}，使转出人员计入该基金参保人`,
  }),
  'membership.switchingTargetNotResident': template<{ to: string }>({
    en: (p) => `fund '${p.to}' is an employee fund: switchers move to a resident fund`,
    zh: (p) => `基金 '${p.to}' 是职工医保基金：转出人员应转入居民医保基金`,
  }),
  'membership.switchingTargetShared': template<{ rival: string; to: string }>({
    en: (p) => `employee fund '${p.rival}' also switches into '${p.to}': one employee fund per resident fund is modelled`,
    zh: (p) => `职工医保基金 '${p.rival}' 也转入 '${p.to}'：每个居民医保基金只能接收一个职工医保基金的转出人员`,
  }),
};
