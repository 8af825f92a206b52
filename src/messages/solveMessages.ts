import { template } from './template';

/** Messages of src/solve/ (error texts), keyed by error code. */
export const solveMessages = {
  'solve.bounds.order': template<{ bounds: readonly unknown[] }>({
    en: (p) => `bounds must be finite with lower < upper, found [${p.bounds.join(', ')}]`,
    zh: (p) => `上下限须为有限数且下限小于上限，实际为 [${p.bounds.join(', ')}]`,
  }),
  'solve.bounds.range': template<{ bounds: readonly unknown[]; name: string; min: number; max: number }>({
    en: (p) => `bounds [${p.bounds.join(', ')}] leave the natural range of ${p.name}, [${p.min}, ${p.max}]`,
    zh: (p) => `上下限 [${p.bounds.join(', ')}] 超出 ${p.name} 的取值范围 [${p.min}, ${p.max}]`,
  }),
  'solve.current.unknownFund': template<{ fundId: string }>({
    en: (p) => `no fund '${p.fundId}'`,
    zh: (p) => `没有基金 '${p.fundId}'`,
  }),
  'solve.current.fromOutside': template<{ first: number; endYear: number; from: number }>({
    en: (p) => `'from' must be a year in ${p.first}–${p.endYear}, found ${p.from}`,
    zh: (p) => `起始年份须在 ${p.first}–${p.endYear} 之间`,
  }),
  'solve.direction': template<{ direction: never }>({
    en: (p) => `direction must be 'min' or 'max', found '${p.direction}'`,
    zh: (p) => `方向须为 'min' 或 'max'，实际为 '${p.direction}'`,
  }),
  'solve.search.emptyInterval': template<{ lo: number; hi: number }>({
    en: (p) => `search interval [${p.lo}, ${p.hi}] is empty`,
    zh: (p) => `搜索区间 [${p.lo}, ${p.hi}] 为空`,
  }),
  'solve.search.nanSlack': template<{ x: number }>({
    en: (p) => `slack is NaN at ${p.x}`,
    zh: (p) => `在 ${p.x} 处差值为 NaN`,
  }),
  'solve.fund.unknown': template<{ fund: string; id: string }>({
    en: (p) => `no fund '${p.fund}' in scenario '${p.id}'`,
    zh: (p) => `情景中没有基金 '${p.fund}'`,
  }),
  'solve.fund.unknown.projectOneFund': template<{ fundId: string; id: string }>({
    en: (p) => `no fund '${p.fundId}' in scenario '${p.id}'`,
    zh: (p) => `情景中没有基金 '${p.fundId}'`,
  }),
  'solve.fund.unknown.resolveSolveOptions': template<{ fund: string; id: string; ids: string }>({
    en: (p) => `no fund '${p.fund}' in scenario '${p.id}' (funds: ${p.ids})`,
    zh: (p) => `情景中没有基金 '${p.fund}'（现有：${p.ids}）`,
  }),
  'solve.fund.unknown.verdict': template<{ fundId: string; ids: string }>({
    en: (p) => `no fund '${p.fundId}' in the projection (funds: ${p.ids})`,
    zh: (p) => `预测结果中没有基金 '${p.fundId}'（现有：${p.ids}）`,
  }),
  'solve.maxChange': template<{ m: number }>({
    en: (p) => `the maximum change per year must be a positive number, found ${p.m}`,
    zh: (p) => `每年最大调整幅度须为正数，实际为 ${p.m}`,
  }),
  'solve.path.maxChange': template<{ maxChangePerYear: number }>({
    en: (p) => `the maximum change per year must be a positive number, found ${p.maxChangePerYear}`,
    zh: (p) => `每年最大调整幅度须为正数，实际为 ${p.maxChangePerYear}`,
  }),
  'solve.path.value': template<{ current: number; target: number }>({
    en: (p) => `lever values must be finite, found ${p.current} → ${p.target}`,
    zh: (p) => `参数取值须为有限数，实际为 ${p.current} → ${p.target}`,
  }),
  'solve.path.years': template<{ year: number; lastYear: number }>({
    en: (p) => `path years must increase strictly, found ${p.year} after ${p.lastYear}`,
    zh: (p) => `路径年份须严格递增，${p.lastYear} 之后出现 ${p.year}`,
  }),
  'solve.search.notConverged': template<{ maxIterations: number }>({
    en: (p) => `bracket did not close after ${p.maxIterations} evaluations`,
    zh: (p) => `区间搜索未收敛`,
  }),
  'solve.topUp.noEffect': template<{ id: string; y: number }>({
    en: (p) => `${p.id} ${p.y}: a subsidy does not raise months of reserve`,
    zh: (p) => `补助未提高可支付月数`,
  }),
  'solve.topUp.stillBelow': template<{ id: string; year: number; reserveMonths: number | null; F: number }>({
    en: (p) => `${p.id} ${p.year}: months ${p.reserveMonths} < floor ${p.F} after top-ups (the engine reacts to the balance)`,
    zh: (p) => `补助后仍低于下限`,
  }),
  'solve.yearNotProjected': template<{ year: number; id: string }>({
    en: (p) => `year ${p.year} is not projected for fund '${p.id}'`,
    zh: (p) => `基金 '${p.id}' 没有 ${p.year} 年的预测`,
  }),
  'solve.target.band': template<{ lower: number; upper: number }>({
    en: (p) => `band lower ${p.lower} must be below upper ${p.upper}`,
    zh: (p) => `区间下限 ${p.lower} 须小于上限 ${p.upper}`,
  }),
  'solve.target.kind.resolveTarget': template({
    en: () => `a target is required`,
    zh: () => `须给出目标`,
  }),
  'solve.target.kind.unknown': template<{ kind: string }>({
    en: (p) => `unknown target kind '${p.kind}' (minReserveMonths, bandAt, stableRatio, payAsYouGo)`,
    zh: (p) => `未知的目标类型 '${p.kind}'`,
  }),
  'solve.target.period': template<{ fromYear: number; toYear: number }>({
    en: (p) => `target period ${p.fromYear}–${p.toYear} ends before it starts`,
    zh: (p) => `目标期间 ${p.fromYear}–${p.toYear} 起止颠倒`,
  }),
  'solve.target.spec': template<{ spec: string; forms: string }>({
    en: (p) => `cannot read target '${p.spec}' (forms: ${p.forms})`,
    zh: (p) => `无法识别目标 '${p.spec}'（可用格式：${p.forms}）`,
  }),
  'solve.target.value': template<{ what: string; v: number }>({
    en: (p) => `${p.what} must be a finite number, found ${p.v}`,
    zh: (p) => `${p.what} 须为有限数，实际为 ${p.v}`,
  }),
  'solve.target.years': template<{ y1: number; y2: number }>({
    en: (p) => `stable-ratio years must be increasing, found ${p.y1}, ${p.y2}`,
    zh: (p) => `稳定比率的两个年份须递增，实际为 ${p.y1}、${p.y2}`,
  }),
  'solve.topUp.discount': template<{ d: number }>({
    en: (p) => `the discount rate must be a number > −1, found ${p.d}`,
    zh: (p) => `贴现率须为大于 −1 的数，实际为 ${p.d}`,
  }),
  'solve.topUp.floor': template<{ F: number }>({
    en: (p) => `the floor must be a number of months ≥ 0, found ${p.F}`,
    zh: (p) => `月数下限须为不小于0的数，实际为 ${p.F}`,
  }),
  'solve.verdict.rows': template<{ fundId: string }>({
    en: (p) => `fund '${p.fundId}' has no projected years`,
    zh: (p) => `基金 '${p.fundId}' 没有预测年份`,
  }),
  'solve.year.range.checkYear': template<{ what: string; first: number; end: number; y: number }>({
    en: (p) => `${p.what} must be a projected year ${p.first}–${p.end}, found ${p.y}`,
    zh: (p) => `${p.what} 须为预测年份 ${p.first}–${p.end}，实际为 ${p.y}`,
  }),
  'solve.year.range.requiredTopUp': template<{ first: number; endYear: number; from: number }>({
    en: (p) => `'from' must be a projected year ${p.first}–${p.endYear}, found ${p.from}`,
    zh: (p) => `起始年份须为预测年份 ${p.first}–${p.endYear}，实际为 ${p.from}`,
  }),
  'solve.verdict.thresholds': template<{ low: number; high: number; normal: number }>({
    en: (p) => `thresholds must be finite with low < high and low ≤ normal, found ${p.low}, ${p.high}, ${p.normal}`,
    zh: (p) => `阈值须为有限数，低阈值小于高阈值且不高于正常下限，实际为 ${p.low}、${p.high}、${p.normal}`,
  }),
};
