import { template } from './template';

/** Messages of src/assumptions/ (error texts), keyed by error code. */
export const assumptionsMessages = {
  'assumptions.serviceLines.sharesSum': template<{ status: string; sum: number }>({
    en: (p) => `the service lines' shares of ${p.status} spending sum to ${p.sum}, not 1: every yuan of base-year benefit spending must be on one line (put the rest on 'other')`,
    zh: (p) => `各费用类别占${p.status === 'actives' ? '在职职工' : p.status === 'retirees' ? '退休人员' : '参保居民'}基期支出的比例之和为 ${p.sum}，不等于 1：基期每一元待遇支出都须归入某一类别（其余可归入 other）`,
  }),
  'assumptions.serviceLines.savingWithoutLine': template<{ name: string; line: string; lines: readonly string[] }>({
    en: (p) => `saving '${p.name}' acts on service line '${p.line}', which this fund's service_lines do not have (${p.lines.length ? `lines: ${p.lines.join(', ')}` : 'the fund has no service_lines'})`,
    zh: (p) => `节约措施 '${p.name}' 作用于费用类别 '${p.line}'，但该基金的 service_lines 中没有此类别（${p.lines.length ? `现有：${p.lines.join('、')}` : '该基金未设 service_lines'}）`,
  }),
  'assumptions.serviceLines.residentCriticalIllness': template<Record<string, never>>({
    en: () => "a resident fund's critical-illness purchase is its own expenditure item (critical_illness_per_head), not a service line of its benefits",
    zh: () => '居民医保基金的大病保险筹资是单独的支出项目（critical_illness_per_head），不是待遇支出的费用类别',
  }),
  'assumptions.capBelowFloor': template<{ cap: number; floor: number }>({
    en: (p) => `the base cap (${p.cap}) must not be below the floor (${p.floor})`,
    zh: (p) => `缴费基数上限（${p.cap}）不能低于下限（${p.floor}）`,
  }),
  'assumptions.sourceWithoutParameter': template<{ key: string }>({
    en: (p) => `sources: '${p.key}' is not the path of a parameter of this scenario, nor of a section holding parameters (write e.g. funds.employee.contributions.employer_rate)`,
    zh: (p) => `sources：'${p.key}' 不是本情景中某个参数或参数所在部分的路径（应写作如 funds.employee.contributions.employer_rate）`,
  }),
  'assumptions.afterEnd': template<{ what: string; from: number; endYear: number }>({
    en: (p) => `${p.what} starts in ${p.from}, after the last projected year ${p.endYear}: it would never act`,
    zh: (p) => `${p.what}自${p.from}年起生效，晚于最后预测年份${p.endYear}年，永远不会起作用`,
  }),
  'assumptions.totals.baseMissing': template<{ key: 'income' | 'expenditure'; id: string }>({
    en: (p) => `the base-year ${p.key} of totals fund '${p.id}' is needed: give ${p.key}.base, or a history whose last year gives ${p.key}`,
    zh: (p) => `总额型基金 '${p.id}' 需要基期${p.key === 'income' ? '收入' : '支出'}：请填写 ${p.key}.base，或在历史数据最后一年给出 ${p.key}`,
  }),
  'assumptions.totals.negativeOwnIncome': template<{ given: number }>({
    en: (p) => `the base-year own income from the history is negative (${p.given}): its interest and fiscal_subsidy items exceed its income`,
    zh: (p) => `由历史数据推得的基期自有收入为负（${p.given}）：利息和财政补助分项超过了收入总额`,
  }),
  'assumptions.adjustment.unknownFund': template<{ fund: string; ids: readonly string[] }>({
    en: (p) => `no fund '${p.fund}' in this scenario (funds: ${p.ids.join(', ')})`,
    zh: (p) => `情景中没有基金 '${p.fund}'（现有：${p.ids.join('、')}）`,
  }),
  'assumptions.adjustment.unknownLever': template<{ lever: string; scheme: string; names: readonly string[] }>({
    en: (p) => `unknown lever '${p.lever}' for a ${p.scheme} fund (available: ${p.names.join(', ')})`,
    zh: (p) => `${p.scheme} 基金没有政策参数 '${p.lever}'（可用：${p.names.join('、')}）`,
  }),
  'assumptions.adjustment.inBaseYear': template<{ baseYear: number }>({
    en: (p) => `an adjustment must start after the base year ${p.baseYear}`,
    zh: (p) => `调整须在基期年 ${p.baseYear} 之后开始`,
  }),
  'assumptions.employee.noCriticalIllness': template({
    en: () => `the employee fund buys no critical-illness cover per head: use applies_to: benefits`,
    zh: () => `职工医保基金没有按人头购买的大病保险：请使用 applies_to: benefits`,
  }),
  'assumptions.capBelowFloorIn': template<{ cap: number; floor: number; year: number }>({
    en: (p) => `the base cap (${p.cap}) is below the floor (${p.floor}) in ${p.year}`,
    zh: (p) => `${p.year} 年缴费基数上限（${p.cap}）低于下限（${p.floor}）`,
  }),
  'assumptions.growthOutside': template<{ baseYear: number; f: string; year: number; max: number; min: number }>({
    en: (p) => `compounded from ${p.baseYear}, this growth multiplies its level by ${p.f} by ${p.year}; at most ${p.max} and at least ${p.min} are allowed over the horizon (outputs would stop being finite or plausible)`,
    zh: (p) => `自${p.baseYear}年起复合计算，该增长率到${p.year}年使水平变为 ${p.f} 倍；整个预测期内须在 ${p.min} 至 ${p.max} 倍之间（否则结果不再有限或不合理）`,
  }),
  'assumptions.perHeadTooLarge': template<{ v: string; max: number }>({
    en: (p) => `split over the base-year members, this spending is ${p.v} yuan a head, above ${p.max}: check the total, the members and units`,
    zh: (p) => `按基期参保人数分摊后人均支出为 ${p.v} 元，超过 ${p.max}：请检查支出总额、参保人数和单位`,
  }),
  'assumptions.rateRule.capReached': template<{ lever: string; cap: number; value: number; year: number }>({
    en: (p) => `the rate adjustment rule can never act: its cap (${p.cap}) is not above ${p.lever} in any year it could raise it (lowest ${p.value}, in ${p.year}); raise the cap or remove the rule`,
    zh: (p) => `费率调整规则永远不会生效：其上限（${p.cap}）在规则可调整的各年均不高于 ${p.lever}（最低为 ${p.value}，在 ${p.year} 年）；请提高上限或删除该规则`,
  }),
  'assumptions.rateRule.unknownLever': template<{ lever: string; scheme: string }>({
    en: (p) => `lever '${p.lever}' does not exist for a ${p.scheme} fund`,
    zh: (p) => `${p.scheme} 基金没有政策参数 '${p.lever}'`,
  }),
  'assumptions.resident.incomeShareWithoutIncome': template<{ key: string }>({
    en: (p) => `${p.key} is a share of disposable income, but the fund has no 'disposable_income' section`,
    zh: (p) => `${p.key} 按人均可支配收入的比例计算，但该基金缺少 'disposable_income' 部分`,
  }),
  'assumptions.shockOutside': template<{ year: number; first: number; endYear: number }>({
    en: (p) => `shock year ${p.year} is outside the projection ${p.first}–${p.endYear}`,
    zh: (p) => `冲击年份 ${p.year} 不在预测期 ${p.first}–${p.endYear} 内`,
  }),
  'assumptions.totals.noCriticalIllness': template({
    en: () => `a totals fund has no separate critical-illness purchase: use applies_to: benefits (it scales all expenditure)`,
    zh: () => `总额型基金没有单列的大病保险支出：请使用 applies_to: benefits（作用于全部支出）`,
  }),
  'assumptions.noMembersToSplit': template({
    en: () => 'cannot split base-year spending per head: the fund has no members',
    zh: () => '无法将基期支出分摊到人均：该基金没有参保人',
  }),
};
