import { template } from './template';

/** Messages of src/monthly/ (seasonal profiles, monthly figures, the re-estimate of the current year), keyed by error code. */
export const monthlyMessages = {
  'monthly.monthCount': template<{ line: string; year: number; found: number }>({
    en: (p) => `${p.line} ${p.year}: expected 12 monthly figures (January to December), found ${p.found}`,
    zh: (p) => `${p.line} ${p.year}年：应有12个月的数（1月至12月），实有${p.found}个`,
  }),
  'monthly.notFinite': template<{ line: string; year: number; month: number; found: string }>({
    en: (p) => `${p.line} ${p.year}-${String(p.month).padStart(2, '0')}: expected a finite number, found ${p.found}`,
    zh: (p) => `${p.line} ${p.year}年${p.month}月：应为有限数值，实为${p.found}`,
  }),
  'monthly.yearTotal': template<{ line: string; year: number; total: number }>({
    en: (p) => `${p.line} ${p.year}: the year's total must be positive to give monthly shares, found ${p.total}`,
    zh: (p) => `${p.line} ${p.year}年：全年合计须为正数才能计算各月进度，实为${p.total}`,
  }),
  'monthly.duplicateYear': template<{ line: string; year: number }>({
    en: (p) => `${p.line}: the year ${p.year} is given twice`,
    zh: (p) => `${p.line}：${p.year}年重复给出`,
  }),
  'monthly.month': template<{ found: string }>({
    en: (p) => `the number of months observed must be a whole number from 1 to 12, found ${p.found}`,
    zh: (p) => `已观测月数须为1至12的整数，实为${p.found}`,
  }),
  'monthly.coverage': template<{ found: string }>({
    en: (p) => `the coverage of a range must lie strictly between 0 and 1 (0.8 = 80 %), found ${p.found}`,
    zh: (p) => `区间的覆盖概率须在0与1之间（0.8即80%），实为${p.found}`,
  }),
  'monthly.zeroShare': template<{ line: string; month: number; share: number }>({
    en: (p) => `${p.line}: the profile expects no share of the year by month ${p.month} (share ${p.share}), so the months to date cannot be scaled to a year`,
    zh: (p) => `${p.line}：季节性进度显示截至${p.month}月全年进度为${p.share}，无法由已有月份推算全年`,
  }),
  'monthly.future': template<{ fund: string; period: string; currentYear: number }>({
    en: (p) => `fund '${p.fund}': the month ${p.period} is after the current year ${p.currentYear} (the base year + 1)`,
    zh: (p) => `基金 '${p.fund}'：${p.period} 晚于当前年度 ${p.currentYear} 年（基期年份 + 1）`,
  }),
  'monthly.warning.notReEstimated': template<{ fund: string; year: number; reason: string; reasonZh: string }>({
    en: (p) => `fund '${p.fund}': ${p.year} cannot be re-estimated from its months (${p.reason}); the projection uses the model's ${p.year}`,
    zh: (p) => `基金 '${p.fund}'：无法根据月度数据预计 ${p.year} 年全年（${p.reasonZh}），预测采用模型的 ${p.year} 年数据`,
  }),
  'monthly.warning.missingMonth': template<{ fund: string; year: number; missing: string }>({
    en: (p) => `fund '${p.fund}', ${p.year}: month(s) ${p.missing} not given`,
    zh: (p) => `基金 '${p.fund}' ${p.year} 年：缺少 ${p.missing} 月的数据`,
  }),
  'monthly.warning.ytdFalling': template<{ fund: string; period: string; line: string; before: string; now: string }>({
    en: (p) => `fund '${p.fund}', ${p.period}: the year-to-date ${p.line} falls from ${p.before} to ${p.now}`,
    zh: (p) => `基金 '${p.fund}' ${p.period}：${p.line} 年度累计数由 ${p.before} 降至 ${p.now}`,
  }),
  'monthly.warning.yearMismatch': template<{ fund: string; year: number; line: string; months: string; reported: string; difference: string }>({
    en: (p) => `fund '${p.fund}', ${p.year}: the months of ${p.line} sum to ${p.months}, but the year's history reports ${p.reported} (difference ${p.difference})`,
    zh: (p) => `基金 '${p.fund}' ${p.year} 年：${p.line} 各月合计 ${p.months}，而历史数据中全年为 ${p.reported}（差额 ${p.difference}）`,
  }),
  'monthly.warning.basisChange': template<{ fund: string; period: string; field: string; from: string; fromPeriod: string; to: string }>({
    en: (p) => `fund '${p.fund}', ${p.period}: the ${p.field} changes from '${p.from}' (${p.fromPeriod}) to '${p.to}': the months before and after are not one series`,
    zh: (p) => `基金 '${p.fund}' ${p.period}：${p.field} 由 '${p.from}'（${p.fromPeriod}）变为 '${p.to}'：前后月份的数据不能视为同一序列`,
  }),
  'monthly.noMonths': template<{ fund: string; period: string }>({
    en: (p) => `fund '${p.fund}': no monthly figures for ${p.period} to re-estimate the year from`,
    zh: (p) => `基金 '${p.fund}'：${p.period} 没有月度数据，无法预计全年`,
  }),
  'monthly.noYearToDate': template<{ fund: string; line: string; period: string }>({
    en: (p) => `fund '${p.fund}', ${p.period}: the year-to-date ${p.line} is not known (a month before it is missing)`,
    zh: (p) => `基金 '${p.fund}' ${p.period}：${p.line} 的年度累计数未知（此前有月份缺失）`,
  }),
  'monthly.monitor.ahead': template<{ fund: string; period: string; line: string; execution: string; expected: string; ahead: string; threshold: string }>({
    en: (p) => `fund '${p.fund}', ${p.period}: ${p.line} has reached ${p.execution} of the year against ${p.expected} expected by its profile — ${p.ahead} ahead (rule: more than ${p.threshold})`,
    zh: (p) => `基金 '${p.fund}' ${p.period}：${p.line} 执行进度 ${p.execution}，按季节性进度应为 ${p.expected}，超前 ${p.ahead}（预警规则：超过 ${p.threshold}）`,
  }),
  'monthly.monitor.deficit': template<{ fund: string; period: string; year: number; surplus: string; low: string; high: string }>({
    en: (p) => `fund '${p.fund}', ${p.period}: a current-year deficit is expected for ${p.year}: surplus ${p.surplus} (range ${p.low} to ${p.high})`,
    zh: (p) => `基金 '${p.fund}' ${p.period}：预计 ${p.year} 年当期收不抵支，当期结余 ${p.surplus}（区间 ${p.low} 至 ${p.high}）`,
  }),
  'monthly.monitor.yearEndMonths': template<{ fund: string; period: string; year: number; months: string; threshold: string }>({
    en: (p) => `fund '${p.fund}', ${p.period}: the months of reserve at the end of ${p.year} are expected at ${p.months}, below ${p.threshold}`,
    zh: (p) => `基金 '${p.fund}' ${p.period}：预计 ${p.year} 年末累计结余可支付月数为 ${p.months}，低于 ${p.threshold}`,
  }),
  'monthly.monitor.deficitMonths': template<{ fund: string; period: string; run: number; threshold: number }>({
    en: (p) => `fund '${p.fund}', ${p.period}: expenditure has exceeded income ${p.run} months running (rule: ${p.threshold})`,
    zh: (p) => `基金 '${p.fund}' ${p.period}：已连续 ${p.run} 个月当月支出大于收入（预警规则：${p.threshold} 个月）`,
  }),
  'monthly.label.header': template<{ fund: string; year: number; month: number }>({
    en: (p) => `Fund '${p.fund}': ${p.year} re-estimated from ${p.month} month(s) to ${p.year}-${String(p.month).padStart(2, '0')}`,
    zh: (p) => `基金 '${p.fund}'：根据 ${p.year} 年 1—${p.month} 月数据预计全年`,
  }),
  'monthly.label.line': template({ en: () => 'Line', zh: () => '项目' }),
  'monthly.label.ytd': template({ en: () => 'YTD', zh: () => '累计' }),
  'monthly.label.share': template({ en: () => 'Profile', zh: () => '应达进度' }),
  'monthly.label.estimate': template({ en: () => 'Full year', zh: () => '全年预计' }),
  'monthly.label.range': template<{ pct: number }>({ en: (p) => `${p.pct}% range`, zh: (p) => `${p.pct}%区间` }),
  'monthly.label.naive': template({ en: () => 'YTD×12/m', zh: () => '累计×12/月数' }),
  'monthly.label.execution': template({ en: () => 'Executed', zh: () => '执行进度' }),
  'monthly.label.budget': template({ en: () => 'Budget', zh: () => '本年预算数' }),
  'monthly.label.budgetSource': template({ en: () => 'Budget from', zh: () => '预算数来源' }),
  'monthly.label.ahead': template({ en: () => 'Ahead of profile', zh: () => '超前进度' }),
  'monthly.label.low': template({ en: () => 'low', zh: () => '下限' }),
  'monthly.label.high': template({ en: () => 'high', zh: () => '上限' }),
  'monthly.label.section': template({ en: () => 'The current year month by month', zh: () => '年度内按月分析' }),
  'monthly.label.surplus': template<{ year: number }>({ en: (p) => `Expected current surplus ${p.year}`, zh: (p) => `预计 ${p.year} 年当期结余` }),
  'monthly.label.balance': template<{ year: number }>({ en: (p) => `Expected balance at the end of ${p.year}`, zh: (p) => `预计 ${p.year} 年末累计结余` }),
  'monthly.label.months': template<{ year: number }>({ en: (p) => `Expected months of reserve at the end of ${p.year}`, zh: (p) => `预计 ${p.year} 年末可支付月数` }),
  'monthly.label.noWarnings': template({ en: () => 'No warnings.', zh: () => '无预警。' }),
  'monthly.label.warnings': template<{ n: number }>({ en: (p) => `${p.n} warning(s):`, zh: (p) => `预警 ${p.n} 条：` }),
  'monthly.monthsOrFile': template<{ fund: string; both: boolean }>({
    en: (p) => (p.both ? `fund '${p.fund}': the monthly block gives both \`months\` and \`file\`; give one` : `required field is missing (expected \`months\` inline or \`file\`, a CSV file, in fund '${p.fund}')`),
    zh: (p) => (p.both ? `基金 '${p.fund}'：monthly 同时给出了 months 与 file，只能给其一` : `缺少必填字段（基金 '${p.fund}' 应给出内联的 months 或 CSV 文件 file）`),
  }),
  'monthly.file.layout': template({
    en: () => 'a monthly CSV needs the columns of one layout: line,year,month,value (long); year,month,<lines> (one month per row); or line,year,m01…m12 (one year per row) — `period` (YYYY-MM) may stand for year,month',
    zh: () => '月度数据 CSV 须为以下格式之一：line,year,month,value（长格式）；year,month,<各项目>（每行一个月）；line,year,m01…m12（每行一年）——year,month 可用 period（YYYY-MM）代替',
  }),
  'monthly.file.unknownColumn': template<{ column: string }>({ en: (p) => `unknown column '${p.column}' in a monthly CSV`, zh: (p) => `月度数据 CSV 中有未知列 '${p.column}'` }),
  'monthly.file.duplicateColumn': template<{ column: string }>({ en: (p) => `the month column '${p.column}' repeats a month given by another column`, zh: (p) => `月份列 '${p.column}' 与另一列的月份重复` }),
  'monthly.file.cells': template<{ expected: number; found: number }>({ en: (p) => `expected ${p.expected} cells, found ${p.found}`, zh: (p) => `应有 ${p.expected} 个字段，实际 ${p.found} 个` }),
  'monthly.file.period': template<{ found: string }>({ en: (p) => `'${p.found}' is not a month written YYYY-MM`, zh: (p) => `'${p.found}' 不是 YYYY-MM 格式的月份` }),
  'monthly.file.year': template<{ found: string }>({ en: (p) => `'${p.found}' is not a four-digit year`, zh: (p) => `'${p.found}' 不是四位年份` }),
  'monthly.file.month': template<{ found: string }>({ en: (p) => `'${p.found}' is not a month number 1 … 12`, zh: (p) => `'${p.found}' 不是 1—12 的月份数` }),
  'monthly.file.basis': template<{ found: string }>({
    en: (p) => `basis '${p.found}' is not a footing: expected year_to_date (ytd, 累计) or month (当月)`,
    zh: (p) => `口径 '${p.found}' 无效：应为 year_to_date（ytd、累计）或 month（当月）`,
  }),
  'monthly.file.footing': template<{ found: string; figures: string }>({
    en: (p) => `this row's figures are on the footing '${p.found}' but the monthly block says figures: ${p.figures} — one footing per fund (convert the rows, or change \`figures\`)`,
    zh: (p) => `此行口径为 '${p.found}'，而 monthly 写明 figures: ${p.figures}——同一基金只能用一种口径（请换算该行，或修改 figures）`,
  }),
  'monthly.file.line': template<{ found: string }>({
    en: (p) => `unknown line '${p.found}' (expected income, expenditure, balance, income.<item>, expenditure.<item>, members.actives|retirees|insured)`,
    zh: (p) => `未知项目 '${p.found}'（应为 income、expenditure、balance、income.<项目>、expenditure.<项目>、members.actives|retirees|insured）`,
  }),
  'monthly.file.noValue': template<{ line: string; period: string }>({ en: (p) => `${p.line} of ${p.period} has no value`, zh: (p) => `${p.period} 的 ${p.line} 没有数值` }),
  'monthly.file.number': template<{ field: string; period: string; found: string }>({ en: (p) => `${p.field} of ${p.period} is not a number: '${p.found}'`, zh: (p) => `${p.period} 的 ${p.field} 不是数字：'${p.found}'` }),
  'monthly.file.duplicate': template<{ field: string; period: string; first: number }>({
    en: (p) => `${p.field} of ${p.period} is given twice (first on line ${p.first})`,
    zh: (p) => `${p.period} 的 ${p.field} 重复给出（首次在第 ${p.first} 行）`,
  }),
  'monthly.file.mixedBasis': template<{ field: string; period: string; first: string; firstLine: number; found: string }>({
    en: (p) => `the rows of ${p.period} state different ${p.field}: '${p.first}' (line ${p.firstLine}) and '${p.found}'`,
    zh: (p) => `${p.period} 各行的 ${p.field} 不一致：'${p.first}'（第 ${p.firstLine} 行）与 '${p.found}'`,
  }),
  'monthly.budgetLine': template<{ fund: string; line: string; scheme: string; lines: string }>({
    en: (p) => `fund '${p.fund}': '${p.line}' is not an income or expenditure line of the budget table of the ${p.scheme} scheme (expected one of ${p.lines})`,
    zh: (p) => `基金 '${p.fund}'：'${p.line}' 不是 ${p.scheme} 险种基金预算表的收入或支出行次（应为 ${p.lines} 之一）`,
  }),
  'monthly.label.against': template<{ year: number; source: string }>({
    en: (p) => `Execution = year to date ÷ the ${p.year} budget: ${p.source}`,
    zh: (p) => `执行进度 = 累计数 ÷ ${p.year} 年预算数：${p.source}`,
  }),
  'monthly.label.source.budget': template<{ lines: string }>({ en: (p) => `the approved budget (monthly.budget) for ${p.lines}`, zh: (p) => `${p.lines} 按批准的预算（monthly.budget）` }),
  'monthly.label.source.draft': template<{ lines: string }>({ en: (p) => `the model's draft budget (fundcast budget, without the months) for ${p.lines}`, zh: (p) => `${p.lines} 按模型编制的预算草案（fundcast budget，不含月度数据）` }),
  'monthly.label.source.grown': template<{ lines: string }>({ en: (p) => `last year's months grown as their line's budget for ${p.lines}`, zh: (p) => `${p.lines} 按上年各月数随所属项目预算同比例增长` }),
  'monthly.label.source.given': template<{ lines: string }>({ en: (p) => `the figures given for ${p.lines}`, zh: (p) => `${p.lines} 按给定数` }),
  // ---- the chart of a line against its profile (charts/profileChartSpec, report/monitorSection) ----
  'charts.profile.badRow': template<{ i: number }>({
    en: (p) => `profile chart: row ${p.i} must be month ${p.i + 1} of twelve, with finite shares and low ≤ share ≤ high`,
    zh: (p) => `进度图：第 ${p.i} 行应为十二个月中的第 ${p.i + 1} 月，各比例为有限数且下限 ≤ 进度 ≤ 上限`,
  }),
  'charts.profile.month': template({ en: () => 'Month', zh: () => '月份' }),
  'charts.profile.share': template({ en: () => 'Share of the year (%)', zh: () => '占全年比例（%）' }),
  'monthly.label.chartTitle': template<{ fund: string; line: string }>({ en: (p) => `${p.fund}: ${p.line}, year to date against its profile`, zh: (p) => `${p.fund}：${p.line} 累计执行进度与季节性进度` }),
  'monthly.label.chartNote': template<{ pct: number; source: string }>({
    en: (p) => `Red: the year to date over the year's budget (${p.source}); dashed: the share the seasonal profile expects; band: its ${p.pct}% range across past years.`,
    zh: (p) => `红线：累计数占本年预算数（${p.source}）的比例；虚线：季节性进度应达比例；浅色区域：历史年度进度的 ${p.pct}% 区间。`,
  }),
  'monthly.label.ref.budget': template({ en: () => 'the approved budget', zh: () => '批准的预算' }),
  'monthly.label.ref.draft': template({ en: () => "the model's draft budget", zh: () => '模型编制的预算草案' }),
  'monthly.label.ref.grown': template({ en: () => "last year's months grown as the line's budget", zh: () => '上年数按项目预算同比例增长' }),
  'monthly.label.ref.given': template({ en: () => 'the figures given', zh: () => '给定数' }),
  // ---- the budget year by month (budget/budgetByMonth, budget/formatBudgetByMonth) ----
  'budget.monthly.short': template<{ fund: string; year: number; months: string; lowestMonth: number; lowest: number; closing: number }>({
    en: (p) => `fund '${p.fund}', ${p.year}: the balance is below zero at the end of month(s) ${p.months} (lowest ${p.lowest} yuan, month ${p.lowestMonth}; the year closes at ${p.closing} yuan) — the fund is short of money within the year`,
    zh: (p) => `基金 '${p.fund}' ${p.year} 年：${p.months} 月末滚存结余低于零（最低为 ${p.lowestMonth} 月 ${p.lowest} 元；全年年末为 ${p.closing} 元）——年度内有月份基金资金不足`,
  }),
  'budget.monthly.title': template<{ name: string; year: number }>({ en: (p) => `${p.name}: the ${p.year} budget by month (yuan)`, zh: (p) => `${p.name} ${p.year} 年基金收支预算分月表（单位：元）` }),
  'budget.monthly.month': template({ en: () => 'Month', zh: () => '月份' }),
  'budget.monthly.income': template({ en: () => 'Income', zh: () => '本年收入合计' }),
  'budget.monthly.expenditure': template({ en: () => 'Expenditure', zh: () => '本年支出合计' }),
  'budget.monthly.surplus': template({ en: () => 'Surplus', zh: () => '本年收支结余' }),
  'budget.monthly.balance': template({ en: () => 'Month-end balance', zh: () => '月末滚存结余' }),
  'budget.monthly.reserve': template({ en: () => 'Months of reserve', zh: () => '可支付月数' }),
  'budget.monthly.year': template({ en: () => 'Year', zh: () => '全年' }),
  'budget.monthly.lowest': template<{ month: number; balance: string; months: string }>({
    en: (p) => `Lowest month-end balance: month ${p.month}, ${p.balance} yuan (${p.months} months of reserve)`,
    zh: (p) => `月末滚存结余最低为 ${p.month} 月：${p.balance} 元（可支付 ${p.months} 个月）`,
  }),
  'budget.monthly.profiles': template({ en: () => 'Seasonal profiles used:', zh: () => '所用季节性进度：' }),
  'budget.monthly.profileHistory': template<{ line: string; years: string }>({ en: (p) => `${p.line}: estimated from the fund's months of ${p.years}`, zh: (p) => `${p.line}：据本基金 ${p.years} 年月度数据估计` }),
  'budget.monthly.profileDefault': template<{ line: string; id: string; labelEn: string; labelZh: string }>({ en: (p) => `${p.line}: default profile '${p.id}' — ${p.labelEn}`, zh: (p) => `${p.line}：默认进度 '${p.id}'——${p.labelZh}` }),
};
