import { template } from './template';

/** Messages of src/benefits/ (error texts), keyed by error code. */
export const benefitsMessages = {
  'benefits.claim.daysMissing': template({
    en: () => `the schedule has a daily cap: days is required`,
    zh: () => `该政策有日支付限额，必须给出天数`,
  }),
  'benefits.claim.deductibleAboveSpending': template({
    en: () => `deductible used this year cannot exceed in-scope cost this year`,
    zh: () => `本年已付起付线不能超过本年政策范围内费用`,
  }),
  'benefits.claim.invalidAmount': template<{ name: string; v: number | undefined; zh: string }>({
    en: (p) => `${p.name} must be a finite number ≥ 0, got ${p.v}`,
    zh: (p) => `${p.zh}必须是不小于 0 的有限数，实际为 ${p.v}`,
  }),
  'benefits.claim.notObject': template({
    en: () => `claim must be an object`,
    zh: () => `就诊记录必须是对象`,
  }),
  'benefits.claim.scopeAboveTotal': template<{ inScope: number; total: number }>({
    en: (p) => `inScopeCost (${p.inScope}) exceeds totalCost (${p.total})`,
    zh: (p) => `政策范围内费用 (${p.inScope}) 超过总费用 (${p.total})`,
  }),
  'benefits.compare.badElasticity': template<{ elasticity: number }>({
    en: (p) => `elasticity must be a finite number ≤ 0, got ${p.elasticity}`,
    zh: (p) => `弹性系数必须是不大于 0 的有限数，实际为 ${p.elasticity}`,
  }),
  'benefits.compare.zeroBaseline': template({
    en: () => `the old schedule pays nothing on this distribution: no cost ratio`,
    zh: () => `原政策在该费用分布下基金支付为 0，无法计算比值`,
  }),
  'benefits.compare.zeroMemberShare': template({
    en: () => `a member share of 0 (free care) leaves a constant-elasticity response undefined`,
    zh: () => `个人负担比例为 0（免费医疗）时无法使用常弹性需求反应`,
  }),
  'benefits.curve.badCost': template<{ x: number }>({
    en: (p) => `total cost must be a finite number ≥ 0, got ${p.x}`,
    zh: (p) => `总费用必须是不小于 0 的有限数，实际为 ${p.x}`,
  }),
  'benefits.curve.daysMissing': template({
    en: () => `the schedule has a daily cap: days per claim (finite, ≥ 0) is required`,
    zh: () => `该政策有日支付限额，必须给出每次就诊天数（不小于 0 的有限数）`,
  }),
  'benefits.distribution.badAmount': template<{ x: number }>({
    en: (p) => `claim amounts must be finite numbers ≥ 0, got ${p.x}`,
    zh: (p) => `费用数据必须是不小于 0 的有限数，实际为 ${p.x}`,
  }),
  'benefits.distribution.badCv': template<{ cv: number }>({
    en: (p) => `coefficient of variation must be a finite number > 0, got ${p.cv}`,
    zh: (p) => `变异系数必须是大于 0 的有限数，实际为 ${p.cv}`,
  }),
  'benefits.distribution.badLimit': template<{ d: number }>({
    en: (p) => `limit must be ≥ 0, got ${p.d}`,
    zh: (p) => `限额必须不小于 0，实际为 ${p.d}`,
  }),
  'benefits.distribution.badLognormal': template<{ mu: number; sigma: number }>({
    en: (p) => `lognormal needs finite mu and sigma > 0, got mu=${p.mu}, sigma=${p.sigma}`,
    zh: (p) => `对数正态分布参数无效：mu=${p.mu}, sigma=${p.sigma}`,
  }),
  'benefits.distribution.badMean': template<{ mean: number }>({
    en: (p) => `mean claim size must be a finite number > 0, got ${p.mean}`,
    zh: (p) => `平均费用必须是大于 0 的有限数，实际为 ${p.mean}`,
  }),
  'benefits.distribution.empty': template({
    en: () => `at least one claim amount is needed`,
    zh: () => `至少需要一个费用数据`,
  }),
  'benefits.distribution.invalid': template<{ lines: readonly string[] }>({
    en: (p) => `invalid claim-size distribution:
${p.lines.join('\n')}`,
    zh: (p) => `费用分布参数无效（见上）`,
  }),
  'benefits.distribution.meanOverflow': template({
    en: () => `lognormal mean exp(mu + sigma²/2) overflows`,
    zh: () => `对数正态分布的均值溢出`,
  }),
  'benefits.distribution.unknownKind': template<{ kind: string }>({
    en: (p) => `unknown claim-size distribution kind: ${p.kind}`,
    zh: (p) => `未知的费用分布类型`,
  }),
  'benefits.fit.badAmount': template<{ x: number }>({
    en: (p) => `claim amounts must be finite numbers > 0, got ${p.x}`,
    zh: (p) => `费用数据必须是大于 0 的有限数，实际为 ${p.x}`,
  }),
  'benefits.fit.badMethod': template<{ method: string }>({
    en: (p) => `method must be 'moments' or 'mle', got ${p.method}`,
    zh: (p) => `估计方法须为矩估计或极大似然`,
  }),
  'benefits.fit.noSpread': template({
    en: () => `all claim amounts are equal: a lognormal cannot be fitted`,
    zh: () => `费用数据全部相同，无法拟合对数正态分布`,
  }),
  'benefits.fit.tooFew': template<{ n: number }>({
    en: (p) => `at least 2 claim amounts are needed, got ${p.n}`,
    zh: (p) => `至少需要 2 个费用数据，实际为 ${p.n}`,
  }),
  'benefits.math.nan.erfc': template({
    en: () => `erfc argument is NaN`,
    zh: () => `erfc 的自变量不是数 (NaN)`,
  }),
  'benefits.math.nan.standardNormalCdf': template({
    en: () => `normal CDF argument is NaN`,
    zh: () => `正态分布函数的自变量不是数 (NaN)`,
  }),
  'benefits.plan.invalid': template<{ lines: readonly string[] }>({
    en: (p) => `invalid benefit plan:
${p.lines.join('\n')}`,
    zh: (p) => `待遇方案参数无效（见上）`,
  }),
  'benefits.plan.noSchedule': template<{ benefitType: string; hospitalLevel: string; when: string; year?: number }>({
    en: (p) => `no ${p.benefitType} schedule for level ${p.hospitalLevel}${p.when}`,
    zh: (p) => `未找到 ${p.hospitalLevel} 级 ${p.benefitType} 的${p.year === undefined ? '' : ` ${p.year} 年`}有效报销政策`,
  }),
  'benefits.schedule.invalid': template<{ lines: readonly string[] }>({
    en: (p) => `invalid benefit schedule:
${p.lines.join('\n')}`,
    zh: (p) => `报销政策参数无效（见上）`,
  }),
};
