import { messages } from '../messages/message';
import { listParameters, type ScenarioParameter } from '../scenario/listParameters';
import { leverNames, lookupLever } from '../levers/leverRegistry';
import type { EmployeeFundSpec, FundSpec, ResidentFundSpec, Scenario, TotalsFundSpec } from '../scenario/scenarioSchema';
import type { Path, ResolutionContext } from './resolutionContext';
import { benefitChangeRatio } from './costMultiplier';
import { compoundedGrowthOutside, MAX_GROWTH_FACTOR, MIN_GROWTH_FACTOR } from './growthFactorBounds';
import { splitBaseYearSpending } from './splitBaseYearSpending';
import { unitFactor } from './unitFactor';
import { MAX_PER_HEAD } from '../scenario/scenarioSchema';

/**
 * The checks a value passes in the schema but fails against the rest of the scenario, all in one
 * place; each problem is recorded through ctx.fail at its path (nothing is thrown here):
 *  - a shock outside the projection (base year + 1 … end year);
 *  - a rate rule or an adjustment on a lever the fund's scheme does not have (see levers/leverRegistry);
 *  - an adjustment on a fund the scenario lacks, or starting in or before the base year;
 *  - a critical-illness benefit change on an employee or totals fund (neither has such an item);
 *  - base-year spending given as a positive total over zero members (nothing to split it over);
 *  - a resident per-head amount given as a share of disposable income without `disposable_income`;
 *  - a contribution-base cap below its floor in some year;
 *  - a growth series whose compounded growth leaves [10⁻⁶, 10⁶] within the horizon
 *    (growthFactorBounds: the bound that keeps every output finite and plausible);
 *  - a benefit change with no cost ratio (the old schedule pays nothing on the claim sizes) or an
 *    implausible one (benefitChangeRatio);
 *  - a saving, benefit change, rule or adjustment starting after end_year (it would be accepted and
 *    never act).
 * And the warnings (ctx.warn), for values accepted that have no effect:
 *  - `employer_share_to_accounts` ≠ 0 while the account rule is post2021 in every year
 *    (code `unused_value`), and `retiree_credit_share` ≠ 0 while it is pre2021 in every year;
 *  - `disposable_income` when no per-head amount of the fund is an `income_share`.
 */
export function checkScenarioSemantics(s: Scenario, ctx: ResolutionContext, parameters: readonly ScenarioParameter[] = listParameters(s)): void {
  const k = unitFactor(s.units);
  for (const [id, spec] of Object.entries(s.funds)) {
    const p: Path = ['funds', id];
    checkShocks(spec, ctx, p);
    checkRateRule(spec, ctx, p);
    checkGrowth(spec, ctx, p);
    checkBenefitChanges(spec, ctx, p);
    checkStartsWithin(spec, ctx, p);
    if (spec.scheme === 'employee') checkEmployee(spec, k, ctx, p);
    else if (spec.scheme === 'resident') checkResident(spec, k, ctx, p);
    else checkTotals(spec, ctx, p);
  }
  checkAdjustments(s, ctx);
  checkSources(s, parameters, ctx);
}

/** Every `sources` key names a parameter, or a path above parameters (listParameters). */
function checkSources(s: Scenario, parameters: readonly ScenarioParameter[], ctx: ResolutionContext): void {
  for (const key of Object.keys(s.sources ?? {})) {
    if (!parameters.some((p) => p.path === key || p.path.startsWith(`${key}.`))) ctx.fail(['sources', key], ...bilingual(messages('assumptions.sourceWithoutParameter', { key })), 'unknown_parameter');
  }
}

const bilingual = (m: { en: string; zh: string }): [string, string] => [m.en, m.zh];

function afterEnd(ctx: ResolutionContext, path: Path, what: string, from: number): void {
  const { endYear } = ctx.timeline;
  if (from > endYear) ctx.fail(path, `${what} starts in ${from}, after the last projected year ${endYear}: it would never act`, `${what}自${from}年起生效，晚于最后预测年份${endYear}年，永远不会起作用`, 'starts_after_end');
}

function checkStartsWithin(spec: FundSpec, ctx: ResolutionContext, p: Path): void {
  const cc = spec.cost_control;
  (cc?.savings ?? []).forEach((x, n) => afterEnd(ctx, [...p, 'cost_control', 'savings', n, 'from'], `saving '${x.name}'`, x.from));
  (cc?.benefit_changes ?? []).forEach((x, n) => afterEnd(ctx, [...p, 'cost_control', 'benefit_changes', n, 'from'], `benefit change '${x.name}'`, x.from));
  const r = spec.rules;
  if (r?.treasury_top_up) afterEnd(ctx, [...p, 'rules', 'treasury_top_up', 'from'], 'the treasury top-up', r.treasury_top_up.from);
  if (r?.rate_adjustment) afterEnd(ctx, [...p, 'rules', 'rate_adjustment', 'from'], 'the rate adjustment rule', r.rate_adjustment.from);
}

function checkAccountRule(spec: EmployeeFundSpec, ctx: ResolutionContext, p: Path): void {
  const a = spec.individual_accounts;
  const rules = new Set(ctx.peekLabels(a.rule) ?? []);
  const unused = (key: 'employer_share_to_accounts' | 'retiree_credit_share', rule: string, other: string) => {
    const v = ctx.peek(a[key]);
    if (rules.size === 1 && rules.has(rule) && v && v.some((x) => x !== 0)) {
      ctx.warn([...p, 'individual_accounts', key], 'unused_value', `${key} has no effect: the account rule is ${rule} in every year (it applies under ${other} only)`, `${key} 不起作用：各年账户规则均为 ${rule}（该参数仅在 ${other} 下适用）`);
    }
  };
  unused('employer_share_to_accounts', 'post2021', 'pre2021');
  unused('retiree_credit_share', 'pre2021', 'post2021');
}

/** Paths (below the fund) of the growth series a fund of each scheme may have. */
const GROWTH_SERIES: Record<FundSpec['scheme'], Path[]> = {
  totals: [['income', 'growth'], ['expenditure', 'growth'], ['cost_control', 'excess_cost_growth']],
  employee: [['members', 'active_growth'], ['members', 'retiree_growth'], ['contributions', 'base_growth'], ['pension', 'growth'], ['spending', 'active_growth'], ['spending', 'retiree_growth'], ['cost_control', 'excess_cost_growth']],
  resident: [['members', 'growth'], ['disposable_income', 'growth'], ['subsidy_per_head', 'indexed', 'growth'], ['premium_per_head', 'indexed', 'growth'], ['critical_illness_per_head', 'indexed', 'growth'], ['spending', 'growth'], ['cost_control', 'excess_cost_growth']],
};

function checkGrowth(spec: FundSpec, ctx: ResolutionContext, p: Path): void {
  for (const sub of GROWTH_SERIES[spec.scheme]) {
    const series = sub.reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<string | number, unknown>)[k] : undefined), spec);
    if (series === undefined) continue;
    const g = ctx.peek(series);
    const out = g && compoundedGrowthOutside(g);
    if (!out) continue;
    const year = ctx.timeline.baseYear + out.index;
    const f = out.factor.toPrecision(3);
    ctx.fail([...p, ...sub], `compounded from ${ctx.timeline.baseYear}, this growth multiplies its level by ${f} by ${year}; at most ${MAX_GROWTH_FACTOR} and at least ${MIN_GROWTH_FACTOR} are allowed over the horizon (outputs would stop being finite or plausible)`, `自${ctx.timeline.baseYear}年起复合计算，该增长率到${year}年使水平变为 ${f} 倍；整个预测期内须在 ${MIN_GROWTH_FACTOR} 至 ${MAX_GROWTH_FACTOR} 倍之间（否则结果不再有限或不合理）`, 'growth_bound');
  }
}

function checkBenefitChanges(spec: FundSpec, ctx: ResolutionContext, p: Path): void {
  (spec.cost_control?.benefit_changes ?? []).forEach((c, n) => {
    const ratio = benefitChangeRatio(c);
    if (typeof ratio !== 'number') ctx.fail([...p, 'cost_control', 'benefit_changes', n, 'old'], ratio.en, ratio.zh);
  });
}

const NO_MEMBERS = ['cannot split base-year spending per head: the fund has no members', '无法将基期支出分摊到人均：该基金没有参保人'] as const;

function checkShocks(spec: FundSpec, ctx: ResolutionContext, p: Path): void {
  const { baseYear, endYear } = ctx.timeline;
  (spec.shocks ?? []).forEach((s, n) => {
    if (s.year <= baseYear || s.year > endYear) ctx.fail([...p, 'shocks', n, 'year'], `shock year ${s.year} is outside the projection ${baseYear + 1}–${endYear}`, `冲击年份 ${s.year} 不在预测期 ${baseYear + 1}–${endYear} 内`);
  });
}

function checkRateRule(spec: FundSpec, ctx: ResolutionContext, p: Path): void {
  const ra = spec.rules?.rate_adjustment;
  if (ra && !lookupLever(ra.lever, spec.scheme)) {
    ctx.fail([...p, 'rules', 'rate_adjustment', 'lever'], `lever '${ra.lever}' does not exist for a ${spec.scheme} fund`, `${spec.scheme} 基金没有政策参数 '${ra.lever}'`);
  }
}

function checkEmployee(spec: EmployeeFundSpec, k: number, ctx: ResolutionContext, p: Path): void {
  checkAccountRule(spec, ctx, p);
  (spec.cost_control?.benefit_changes ?? []).forEach((c, n) => {
    if (c.applies_to === 'critical_illness') {
      ctx.fail([...p, 'cost_control', 'benefit_changes', n, 'applies_to'], 'the employee fund buys no critical-illness cover per head: use applies_to: benefits', '职工医保基金没有按人头购买的大病保险：请使用 applies_to: benefits');
    }
  });
  const base = spec.spending.base;
  if ('total' in base) {
    const weight = (spec.members.actives + base.retiree_to_active_ratio * spec.members.retirees) * k;
    if (!(weight > 0) && base.total > 0) ctx.fail([...p, 'spending', 'base', 'total'], ...NO_MEMBERS);
    else checkPerHead(Math.max(...Object.values(splitBaseYearSpending(spec, k))), ctx, p);
  }
  const limits = spec.contributions.base_limits;
  if (limits) {
    const floor = ctx.peek(limits.floor_share);
    const cap = ctx.peek(limits.cap_share);
    const i = floor && cap ? cap.findIndex((x, j) => x < floor[j]) : -1;
    if (i >= 0) {
      const year = ctx.timeline.baseYear + i;
      ctx.fail([...p, 'contributions', 'base_limits', 'cap_share'], `the base cap (${cap![i]}) is below the floor (${floor![i]}) in ${year}`, `${year} 年缴费基数上限（${cap![i]}）低于下限（${floor![i]}）`);
    }
  }
}

function checkTotals(spec: TotalsFundSpec, ctx: ResolutionContext, p: Path): void {
  (spec.cost_control?.benefit_changes ?? []).forEach((c, n) => {
    if (c.applies_to === 'critical_illness') {
      ctx.fail([...p, 'cost_control', 'benefit_changes', n, 'applies_to'], 'a totals fund has no separate critical-illness purchase: use applies_to: benefits (it scales all expenditure)', '总额型基金没有单列的大病保险支出：请使用 applies_to: benefits（作用于全部支出）');
    }
  });
}

function checkResident(spec: ResidentFundSpec, k: number, ctx: ResolutionContext, p: Path): void {
  const shares = (['subsidy_per_head', 'premium_per_head', 'critical_illness_per_head'] as const).filter((key) => 'income_share' in spec[key]);
  if (spec.disposable_income && shares.length === 0) {
    ctx.warn([...p, 'disposable_income'], 'unused_value', "disposable_income has no effect here: no per-head amount of this fund is an income_share (keep it only for overlays that make one so)", 'disposable_income 在此不起作用：该基金没有按人均可支配收入比例（income_share）计算的人均金额（仅当改革方案改用 income_share 时才需要）');
  }
  if (!spec.disposable_income) {
    for (const key of ['subsidy_per_head', 'premium_per_head', 'critical_illness_per_head'] as const) {
      if ('income_share' in spec[key]) {
        ctx.fail([...p, key, 'income_share'], `${key} is a share of disposable income, but the fund has no 'disposable_income' section`, `${key} 按人均可支配收入的比例计算，但该基金缺少 'disposable_income' 部分`);
      }
    }
  }
  const base = spec.spending.base;
  if ('total' in base && !(spec.members.insured > 0) && base.total > 0) ctx.fail([...p, 'spending', 'base', 'total'], ...NO_MEMBERS);
  else if ('total' in base) checkPerHead(splitBaseYearSpending(spec, k).perInsured, ctx, p);
}

/** Base-year spending split over (very few) members must stay a per-head amount within the schema's bound. */
function checkPerHead(perHead: number, ctx: ResolutionContext, p: Path): void {
  if (perHead <= MAX_PER_HEAD) return;
  const v = perHead.toPrecision(3);
  ctx.fail([...p, 'spending', 'base', 'total'], `split over the base-year members, this spending is ${v} yuan a head, above ${MAX_PER_HEAD}: check the total, the members and units`, `按基期参保人数分摊后人均支出为 ${v} 元，超过 ${MAX_PER_HEAD}：请检查支出总额、参保人数和单位`);
}

function checkAdjustments(s: Scenario, ctx: ResolutionContext): void {
  const ids = Object.keys(s.funds);
  (s.adjustments ?? []).forEach((adj, n) => {
    const path: Path = ['adjustments', n];
    const fund = Object.hasOwn(s.funds, adj.fund) ? s.funds[adj.fund] : undefined;
    if (!fund) return ctx.fail([...path, 'fund'], `no fund '${adj.fund}' in this scenario (funds: ${ids.join(', ')})`, `情景中没有基金 '${adj.fund}'（现有：${ids.join('、')}）`);
    if (!lookupLever(adj.lever, fund.scheme)) {
      const names = leverNames(fund.scheme);
      return ctx.fail([...path, 'lever'], `unknown lever '${adj.lever}' for a ${fund.scheme} fund (available: ${names.join(', ')})`, `${fund.scheme} 基金没有政策参数 '${adj.lever}'（可用：${names.join('、')}）`);
    }
    if (adj.from <= ctx.timeline.baseYear) ctx.fail([...path, 'from'], `an adjustment must start after the base year ${ctx.timeline.baseYear}`, `调整须在基期年 ${ctx.timeline.baseYear} 之后开始`);
    afterEnd(ctx, [...path, 'from'], `the adjustment of ${adj.lever}`, adj.from);
  });
}
