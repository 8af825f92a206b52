import { template } from './template';

/**
 * Words of the budget outputs (the budget workbook, the report's budget section), keyed by code:
 * titles, column heads and the notes under the table.
 */
export const budgetOutputMessages = {
  'budget.output.title': template<{ fund: string; year: number }>({
    en: (p) => `${p.fund}: social insurance fund budget for ${p.year} (income and expenditure)`,
    zh: (p) => `${p.fund}${p.year}年社会保险基金收支预算表`,
  }),
  'budget.output.sheet': template<{ fund: string }>({
    en: (p) => `${p.fund} budget`,
    zh: (p) => `${p.fund} 预算表`,
  }),
  'budget.output.scenario': template<{ scenario: string }>({
    en: (p) => `Drafted from the scenario: ${p.scenario}`,
    zh: (p) => `测算情景：${p.scenario}`,
  }),
  'budget.output.unit': template({ en: () => 'Unit: yuan', zh: () => '单位：元' }),
  'budget.output.column.item': template({ en: () => 'Line', zh: () => '项目' }),
  'budget.output.column.no': template({ en: () => 'No.', zh: () => '行次' }),
  'budget.output.column.budgetedLastYear': template<{ year: number }>({
    en: (p) => `Budget ${p.year}`,
    zh: (p) => `${p.year}年预算数`,
  }),
  'budget.output.column.executed': template<{ year: number }>({
    en: (p) => `Executed ${p.year}`,
    zh: (p) => `${p.year}年执行数`,
  }),
  'budget.output.column.draft': template<{ year: number }>({
    en: (p) => `Draft budget ${p.year}`,
    zh: (p) => `${p.year}年预算数`,
  }),
  'budget.output.column.month': template<{ month: number }>({ en: (p) => `Month ${p.month}`, zh: (p) => `${p.month}月` }),
  'budget.output.column.profile': template({ en: () => 'Split by the profile', zh: () => '分月依据' }),
  'budget.output.monthlySheet': template<{ fund: string }>({
    en: (p) => `${p.fund} by month`,
    zh: (p) => `${p.fund} 分月`,
  }),
  'budget.output.monthlyRule': template({
    en: () => 'Each line\'s months sum to its year exactly (whole yuan, largest remainder); a month\'s 上年结余 is the end balance of the month before; 全年 is the sum of the months. Subtotals, totals and balances are formulas.',
    zh: () => '各行分月之和恰等于全年（元，最大余数法）；各月上年结余为上月末滚存结余；全年为各月之和；小计、合计与结余为公式。',
  }),
  'budget.output.varianceSheet': template<{ fund: string }>({ en: (p) => `${p.fund} variance`, zh: (p) => `${p.fund} 差异分析` }),
  'budget.output.varianceTitle': template<{ fund: string; year: number }>({
    en: (p) => `${p.fund}: variance analysis of the ${p.year} budget`,
    zh: (p) => `${p.fund}${p.year}年基金收支预算差异分析表`,
  }),
  'budget.output.variance.executionChange': template({ en: () => 'Execution − budget', zh: () => '执行数较预算数增减额' }),
  'budget.output.variance.draftChange': template({ en: () => 'Draft − execution', zh: () => '本年预算数较执行数增减额' }),
  'budget.output.variance.volume': template({ en: () => 'Volume effect', zh: () => '数量因素' }),
  'budget.output.variance.perHead': template({ en: () => 'Per-head effect', zh: () => '人均（单价）因素' }),
  'budget.output.variance.driver': template({ en: () => 'Measured by', zh: () => '计量' }),
  'budget.output.variance.cases': template({ en: () => 'cases', zh: () => '人次' }),
  'budget.output.variance.members': template({ en: () => 'members', zh: () => '参保人数' }),
  'budget.output.varianceRule': template({
    en: () => 'Each change (a formula) = volume effect + per-head effect, by the symmetric midpoint rule (volume = Δmembers or cases × the mean of the two per-head figures; per head = Δper-head × the mean of the two volumes), whole yuan summing exactly to the change; an empty effect is a change not split.',
    zh: () => '增减额（公式）＝数量因素＋人均（单价）因素，按对称中点法分解（数量因素＝Δ人数或人次×两期人均之平均，人均因素＝Δ人均×两期人数之平均），取整到元且恰好相加等于增减额；因素为空表示该行未分解。',
  }),
  'budget.output.column.source': template({ en: () => 'Source of the draft', zh: () => '预算数来源' }),
  'budget.output.reserve': template<{ months: string; band: string }>({
    en: (p) => `Months of reserve at year end: ${p.months} (${p.band})`,
    zh: (p) => `年末滚存结余可支付月数：${p.months}（${p.band}）`,
  }),
  'budget.output.range': template<{ low: string; high: string }>({
    en: (p) => `"Small surplus" (略有结余) range used: ${p.low}–${p.high} of income`,
    zh: (p) => `"略有结余"区间：本年收入合计的 ${p.low}–${p.high}`,
  }),
  'budget.output.checksPassed': template({
    en: () => 'Checks: parts sum to their subtotals and totals, balances chain, totals equal the projection.',
    zh: () => '校验：各项之和等于小计与合计，结余勾稽一致，合计与测算结果一致。',
  }),
  'budget.output.checksFound': template({ en: () => 'Check findings:', zh: () => '校验发现：' }),
  'budget.output.principleMet': template({
    en: () => 'Budget principle (spend within income, balance, small surplus): met.',
    zh: () => '预算原则（以收定支、收支平衡、略有结余）：符合。',
  }),
  'budget.output.principleBreached': template({
    en: () => 'Budget principle (spend within income, balance, small surplus): not met —',
    zh: () => '预算原则（以收定支、收支平衡、略有结余）：不符合——',
  }),
  'budget.output.rounding': template({
    en: () => 'Income, expenditure and balance brought forward are the projection of the year (`fundcast run`), each rounded once to the yuan; every line is an exact split of them. Subtotals and totals are formulas.',
    zh: () => '本年收入合计、本年支出合计与上年结余取自同年测算结果（fundcast run），各四舍五入到元一次；各行为其精确拆分；小计与合计为公式。',
  }),
  'budget.output.reportSection': template<{ year: number }>({
    en: (p) => `the draft budget of ${p.year} from this projection (fundcast budget); lines a fund does not use are left out; the workbook (fundcast budget --format xlsx) has the full layout and the source of every line`,
    zh: (p) => `${p.year}年预算草案取自本测算（fundcast budget）；未使用的行略去；完整表式及各行来源见预算工作簿（fundcast budget --format xlsx）`,
  }),
};
