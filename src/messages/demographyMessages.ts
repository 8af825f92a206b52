import { template } from './template';
import { sexZh } from './words';

/** Messages of src/demography/ (error texts), keyed by error code. */
export const demographyMessages = {
  'demography.csv.missingColumn': template<{ column: string }>({
    en: (p) => `missing column "${p.column}"`,
    zh: (p) => `缺少列 "${p.column}"`,
  }),
  'demography.csv.cellCount': template<{ expected: number; found: number }>({
    en: (p) => `expected ${p.expected} cells, found ${p.found}`,
    zh: (p) => `应有 ${p.expected} 个字段，实际 ${p.found} 个`,
  }),
  'demography.csv.noColumn': template<{ column: string }>({
    en: (p) => `no column "${p.column}"`,
    zh: (p) => `没有列 "${p.column}"`,
  }),
  'demography.csv.notNumber': template<{ column: string; raw: string }>({
    en: (p) => `column "${p.column}" is not a number: "${p.raw}"`,
    zh: (p) => `列 "${p.column}" 不是数字："${p.raw}"`,
  }),
  'demography.census.notContiguous': template<{ start: number; end: number | null }>({
    en: (p) => `age groups are not contiguous from 0 (got ${p.start}-${p.end ?? ''})`,
    zh: (p) => `年龄组不连续（${p.start}-${p.end ?? ''}）`,
  }),
  'demography.census.sexesSum': template({
    en: () => 'male + female must equal total, all non-negative',
    zh: () => '男 + 女 必须等于合计，且不得为负',
  }),
  'demography.census.openGroup': template({
    en: () => 'only the last age group must be open',
    zh: () => '只有最后一个年龄组可以是开口组',
  }),
  'demography.census.totalRow': template({
    en: () => 'age groups do not sum to the total row',
    zh: () => '各年龄组之和不等于合计行',
  }),
  'demography.fertility.tfrSrb': template({
    en: () => 'TFR must be > 0 and SRB in (0.8, 1.5)',
    zh: () => 'TFR 须大于 0，出生性别比须在 (0.8, 1.5) 之间',
  }),
  'demography.fertility.ageGroup': template({
    en: () => 'age_group must be "a-(a+4)" and percent ≥ 0',
    zh: () => 'age_group 须为 "a-(a+4)" 形式，百分比不得为负',
  }),
  'demography.fertility.groups': template<{ year: number }>({
    en: (p) => `year ${p.year}: groups must be contiguous 5-year groups summing to 100%`,
    zh: (p) => `${p.year} 年：须为连续 5 岁组且合计 100%`,
  }),
  'demography.dataFileMissing': template<{ relativePath: string; path: string }>({
    en: (p) => `Data file not found: ${p.relativePath} (looked at ${p.path})`,
    zh: (p) => `找不到数据文件：${p.relativePath}（查找位置 ${p.path}）`,
  }),
  'demography.dataMalformed': template<{ file: string; line: number; en: string; zh: string }>({
    en: (p) => `${p.file} line ${p.line}: ${p.en}`,
    zh: (p) => `${p.file} 第 ${p.line} 行：${p.zh}`,
  }),
  'demography.dataMalformed.loadAbridgedMortality': template<{ file: string; line: number }>({
    en: (p) => `${p.file} line ${p.line}: age groups must be contiguous from 0 with one open last group, rates > 0`,
    zh: (p) => `${p.file} 第 ${p.line} 行：年龄组须从 0 连续且仅最后一组开口，死亡率须大于 0`,
  }),
  'demography.dataMalformed.loadBirthsByYear': template<{ file: string; line: number }>({
    en: (p) => `${p.file} line ${p.line}: negative count or repeated year`,
    zh: (p) => `${p.file} 第 ${p.line} 行：出生数为负或年份重复`,
  }),
  'demography.dataMalformed.malformed': template<{ file: string; line: number; en: string; zh: string }>({
    en: (p) => `Malformed data file ${p.file}, line ${p.line}: ${p.en}`,
    zh: (p) => `数据文件 ${p.file} 第 ${p.line} 行格式错误：${p.zh}`,
  }),
  'demography.emptyPopulation': template({
    en: () => `Nobody is aged 15–64`,
    zh: () => `15–64 岁人口为零`,
  }),
  'demography.emptyPopulation.shareAged': template({
    en: () => `The population is empty`,
    zh: () => `人口为零`,
  }),
  'demography.invalidInput.assertAsfr': template<{ year: number }>({
    en: (p) => `asfr(${p.year})[0] must be 0 (no births to women aged 0)`,
    zh: (p) => `asfr(${p.year})[0] 须为 0`,
  }),
  'demography.invalidInput.assertSchedule': template<{ name: string; expected: number; found: number }>({
    en: (p) => `${p.name} must have ${p.expected} ages, got ${p.found}`,
    zh: (p) => `${p.name} 须有 ${p.expected} 个年龄，实际 ${p.found} 个`,
  }),
  'demography.invalidInput.scheduleValue': template<{ name: string; x: number; kind: string; v: number; kindZh: string }>({
    en: (p) => `${p.name}[${p.x}] must be ${p.kind}, got ${p.v}`,
    zh: (p) => `${p.name}[${p.x}] 须为${p.kindZh}，实际 ${p.v}`,
  }),
  'demography.invalidInput.checkInput': template({
    en: () => `steps must be an integer ≥ 1, startYear finite, population at least 2 ages`,
    zh: () => `steps 须为 ≥ 1 的整数，startYear 须为有限数，人口至少 2 个年龄`,
  }),
  'demography.invalidInput.cohortSizeWeights': template({
    en: () => `Need an integer year, a month 1–12, and finite non-negative births and lx`,
    zh: () => `需要整数年份、1–12 月，以及有限非负的出生数和 lx`,
  }),
  'demography.invalidInput.improvementRates': template({
    en: () => `Need two equal-length schedules of finite rates > 0 and yearsApart > 0`,
    zh: () => `需要两组等长、有限且大于 0 的死亡率，以及大于 0 的间隔年数`,
  }),
  'demography.invalidInput.improveMortality': template({
    en: () => `years must be finite and every improvement rate finite and < 1`,
    zh: () => `years 须为有限数，改善率须为有限数且小于 1`,
  }),
  'demography.invalidInput.minimumContributionMonths': template<{ retirementYear: number }>({
    en: (p) => `retirementYear must be an integer, got ${p.retirementYear}`,
    zh: (p) => `retirementYear 须为整数，实际 ${p.retirementYear}`,
  }),
  'demography.invalidInput.pchipInterpolate': template({
    en: () => `PCHIP needs ≥ 3 strictly increasing nodes with finite values`,
    zh: () => `PCHIP 需要至少 3 个严格递增且取值有限的节点`,
  }),
  'demography.invalidInput.pchipOutside': template<{ v: number; lower: number; upper: number }>({
    en: (p) => `Point ${p.v} is outside [${p.lower}, ${p.upper}]`,
    zh: (p) => `点 ${p.v} 超出区间 [${p.lower}, ${p.upper}]`,
  }),
  'demography.invalidInput.populationPyramid': template({
    en: () => `width must be a positive integer and years within the projection`,
    zh: () => `width 须为正整数，years 须在预测期之内`,
  }),
  'demography.invalidInput.projectPopulation': template<{ year: number; srb: number }>({
    en: (p) => `srb(${p.year}) must be a finite number > 0, got ${p.srb}`,
    zh: (p) => `srb(${p.year}) 须为有限正数，实际 ${p.srb}`,
  }),
  'demography.invalidInput.retirementAge': template({
    en: () => `Need an integer birth year, a birth month 1–12 and a category matching the sex (men: male60; women: female55 or female50)`,
    zh: () => `需要整数出生年份、1–12 的出生月份，以及与性别相符的类别（男：male60；女：female55 或 female50）`,
  }),
  'demography.invalidInput.singleYearAsfr': template({
    en: () => `TFR and percentages must be finite and ≥ 0; one integer group start ≥ 1 per percentage, groups below the open age`,
    zh: () => `TFR 和百分比须为有限非负数；每个百分比对应一个 ≥ 1 的整数组起始年龄，且各组须低于开口年龄`,
  }),
  'demography.invalidInput.singleYearMortality': template({
    en: () => `ageStart must start at 0, increase by whole years and match mx (≥ 3 groups)`,
    zh: () => `ageStart 须从 0 开始按整数岁递增且与 mx 等长（至少 3 组）`,
  }),
  'demography.invalidInput.splitCensusPopulation': template({
    en: () => `Age groups must be 0, 1-4 (or 0-4), then 5-year groups, then one open group; at least 5 closed 5-year groups`,
    zh: () => `年龄组须为 0、1-4（或 0-4）、其后为 5 岁组，最后一个为开口组，且至少 5 个闭合 5 岁组`,
  }),
  'demography.invalidInput.weightsLength': template<{ ages: number }>({
    en: (p) => `weights must have ${p.ages} ages per sex`,
    zh: (p) => `weights 每个性别须有 ${p.ages} 个年龄`,
  }),
  'demography.invalidInput.spragueSplit': template<{ n: number }>({
    en: (p) => `Sprague split needs at least 5 age groups, got ${p.n}`,
    zh: (p) => `Sprague 拆分至少需要 5 个年龄组，实际 ${p.n} 个`,
  }),
  'demography.invalidInput.groupCount': template<{ i: number; count: number }>({
    en: (p) => `Age-group count ${p.i} is not a finite non-negative number: ${p.count}`,
    zh: (p) => `第 ${p.i} 个年龄组人数不是有限非负数：${p.count}`,
  }),
  'demography.invalidInput.sumAges': template<{ from: number; to: number; maxAge: number }>({
    en: (p) => `Age range ${p.from}–${p.to} is not within 0–${p.maxAge} (or the sexes differ in length)`,
    zh: (p) => `年龄范围 ${p.from}–${p.to} 不在 0–${p.maxAge} 之内（或男女长度不同）`,
  }),
  'demography.invalidInput.survivalRatios': template({
    en: () => `Survival ratios need at least 2 ages`,
    zh: () => `计算存活比至少需要 2 个年龄`,
  }),
  'demography.invalidInput.validate': template({
    en: () => `widths must give a finite length > 0 for every closed interval`,
    zh: () => `widths 须为每个闭合区间给出有限正长度`,
  }),
  'demography.invalidInput.radix': template<{ radix: number }>({
    en: (p) => `radix must be a finite number > 0, got ${p.radix}`,
    zh: (p) => `radix 须为有限正数，实际 ${p.radix}`,
  }),
  'demography.invalidRates.singleYearMortality': template<{ i: number; mx: number }>({
    en: (p) => `Abridged mx[${p.i}] is not a finite rate > 0: ${p.mx}`,
    zh: (p) => `分组死亡率 mx[${p.i}] 不是有限正数：${p.mx}`,
  }),
  'demography.invalidRates.validate': template({
    en: () => `mx is empty`,
    zh: () => `mx 为空`,
  }),
  'demography.invalidRates.rate': template<{ x: number; mx: number }>({
    en: (p) => `mx[${p.x}] is not a finite non-negative rate: ${p.mx}`,
    zh: (p) => `mx[${p.x}] 不是有限非负死亡率：${p.mx}`,
  }),
  'demography.invalidRates.openAge': template({
    en: () => `The open age group needs a death rate > 0`,
    zh: () => `开口年龄组的死亡率必须大于 0`,
  }),
  'demography.negativePopulation': template<{ sex: string; age: number; year: number; value: number }>({
    en: (p) => `Net emigration exceeds the population: ${p.sex}, age ${p.age}, step starting ${p.year}`,
    zh: (p) => `净迁出超过人口：${sexZh(p.sex)}，${p.age} 岁，${p.year} 起始的年度`,
  }),
  'demography.periodUnknown': template<{ period: string; known: readonly string[] }>({
    en: (p) => `Unknown mortality period "${p.period}"; available: ${p.known.join(', ')}`,
    zh: (p) => `未知的死亡率时期 "${p.period}"；可用时期：${p.known.join('、')}`,
  }),
  'demography.regionUnknown.loadCensusPopulation': template<{ file: string; national: string }>({
    en: (p) => `${p.file} has no region_zh column; only "${p.national}" can be read from it`,
    zh: (p) => `${p.file} 没有 region_zh 列，只能读取"${p.national}"`,
  }),
  'demography.regionUnknown.census': template<{ region: string; known: readonly string[] }>({
    en: (p) => `Unknown region "${p.region}"; available: ${p.known.join(', ')}`,
    zh: (p) => `未知地区 "${p.region}"；可用地区：${p.known.join('、')}`,
  }),
  'demography.yearNotCovered.fertilityForYear': template<{ year: number; range: string }>({
    en: (p) => `No fertility data for ${p.year}; covered: ${p.range}`,
    zh: (p) => `没有 ${p.year} 年的生育数据；覆盖年份：${p.range}`,
  }),
  'demography.yearNotCovered.interpolatePopulation': template<{ time: number; startYear: number; lastYear: number }>({
    en: (p) => `Time ${p.time} is outside the projection ${p.startYear}–${p.lastYear}`,
    zh: (p) => `时点 ${p.time} 不在预测期 ${p.startYear}–${p.lastYear} 之内`,
  }),
  'demography.yearNotCovered.populationAt': template<{ year: number; startYear: number; lastYear: number }>({
    en: (p) => `Year ${p.year} is outside the projection ${p.startYear}–${p.lastYear}`,
    zh: (p) => `${p.year} 年不在预测期 ${p.startYear}–${p.lastYear} 之内`,
  }),
};
