import { listParameters, type ScenarioParameter } from '../scenario/listParameters';
import { leverNames, lookupLever } from '../levers/leverRegistry';
import type { Scheme } from '../levers/leverTable';
import type { EmployeeFundSpec, FundSpec, ResidentFundSpec, Scenario, TotalsFundSpec } from '../scenario/scenarioSchema';
import type { Path, ResolutionContext } from './resolutionContext';
import { benefitChangeRatio } from './costMultiplier';
import { compoundedGrowthOutside, MAX_GROWTH_FACTOR, MIN_GROWTH_FACTOR } from '../levers/growthFactorBounds';
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
 *    never act);
 *  - service lines whose shares do not sum to 1 (per status), a saving on a service line the fund
 *    does not have (or on a fund without service lines), a critical-illness line in a resident fund
 *    (its purchase is its own item, critical_illness_per_head).
 * And the warnings (ctx.warn), for values accepted that have no effect:
 *  - `employer_share_to_accounts` ≠ 0 while the account rule is post2021 in every year
 *    (code `unused_value`), and `retiree_credit_share` ≠ 0 while it is pre2021 in every year;
 *  - `disposable_income` when no per-head amount of the fund is an `income_share`.
 */
export function checkScenarioSemantics(s: Scenario, ctx: ResolutionContext, parameters: () => readonly ScenarioParameter[] = () => listParameters(s)): void {
  const k = unitFactor(s.units);
  for (const [id, spec] of Object.entries(s.funds)) {
    const p: Path = ['funds', id];
    checkShocks(spec, ctx, p);
    checkRateRule(spec, ctx, p);
    checkGrowth(spec, ctx, p);
    checkBenefitChanges(spec, ctx, p);
    checkStartsWithin(spec, ctx, p);
    checkServiceLines(spec, ctx, p);
    // TypeScript cannot correlate spec.scheme with the entry's parameter type; the table's type checks each entry
    (SCHEME_CHECKS[spec.scheme] as SchemeCheck<Scheme>)(spec, k, ctx, p);
  }
  checkAdjustments(s, ctx);
  checkSources(s, parameters, ctx);
}

type SchemeCheck<S extends Scheme> = (spec: Extract<FundSpec, { scheme: S }>, k: number, ctx: ResolutionContext, p: Path) => void;

/** The checks of each scheme's own fields: one entry per scheme of levers/leverTable SCHEMES (tsc asks for a new scheme's). */
const SCHEME_CHECKS: { [S in Scheme]: SchemeCheck<S> } = {
  employee: (spec, k, ctx, p) => checkEmployee(spec, k, ctx, p),
  resident: (spec, k, ctx, p) => checkResident(spec, k, ctx, p),
  totals: (spec, _k, ctx, p) => checkTotals(spec, ctx, p),
};

/** Every `sources` key names a parameter, or a path above parameters (listParameters, asked for only when there are sources). */
function checkSources(s: Scenario, listed: () => readonly ScenarioParameter[], ctx: ResolutionContext): void {
  for (const key of Object.keys(s.sources ?? {})) {
    const parameters = listed();
    if (!parameters.some((p) => p.path === key || p.path.startsWith(`${key}.`))) ctx.fail(['sources', key], 'assumptions.sourceWithoutParameter', { key }, 'unknown_parameter');
  }
}


/** Service lines: shares sum to 1 per status; savings name lines the fund has; no critical-illness line in a resident fund. */
function checkServiceLines(spec: FundSpec, ctx: ResolutionContext, p: Path): void {
  const sl = spec.scheme === 'totals' ? undefined : spec.service_lines;
  const have = new Set(Object.keys(sl?.lines ?? {}).filter((id) => (sl?.lines as Record<string, unknown> | undefined)?.[id] !== undefined));
  (spec.cost_control?.savings ?? []).forEach((x, n) => {
    if (x.line !== undefined && !have.has(x.line)) {
      ctx.fail([...p, 'cost_control', 'savings', n, 'line'], 'assumptions.serviceLines.savingWithoutLine', { name: x.name, line: x.line, lines: [...have] }, 'unknown_line');
    }
  });
  if (!sl) return;
  const lp = [...p, 'service_lines', 'lines'];
  if (spec.scheme === 'resident' && sl.lines.critical_illness) ctx.fail([...lp, 'critical_illness'], 'assumptions.serviceLines.residentCriticalIllness', {});
  const statuses = spec.scheme === 'employee' ? ['actives', 'retirees'] : ['insured'];
  for (const status of statuses) {
    let sum = 0;
    for (const line of Object.values(sl.lines)) if (line) sum += typeof line.share === 'number' ? line.share : (line.share as Record<string, number>)[status];
    if (!(Math.abs(sum - 1) <= 1e-9)) ctx.fail(lp, 'assumptions.serviceLines.sharesSum', { status, sum: Number(sum.toPrecision(12)) }, 'shares_sum');
  }
}

function afterEnd(ctx: ResolutionContext, path: Path, what: string, from: number): void {
  const { endYear } = ctx.timeline;
  if (from > endYear) ctx.fail(path, 'assumptions.afterEnd', { what, from, endYear }, 'starts_after_end');
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
    ctx.fail([...p, ...sub], 'assumptions.growthOutside', { baseYear: ctx.timeline.baseYear, f, year, max: MAX_GROWTH_FACTOR, min: MIN_GROWTH_FACTOR }, 'growth_bound');
  }
}

function checkBenefitChanges(spec: FundSpec, ctx: ResolutionContext, p: Path): void {
  (spec.cost_control?.benefit_changes ?? []).forEach((c, n) => {
    const ratio = benefitChangeRatio(c);
    if (typeof ratio !== 'number') ctx.fail([...p, 'cost_control', 'benefit_changes', n, 'old'], ratio.en, ratio.zh);
  });
}


function checkShocks(spec: FundSpec, ctx: ResolutionContext, p: Path): void {
  const { baseYear, endYear } = ctx.timeline;
  (spec.shocks ?? []).forEach((s, n) => {
    if (s.year <= baseYear || s.year > endYear) ctx.fail([...p, 'shocks', n, 'year'], 'assumptions.shockOutside', { year: s.year, first: baseYear + 1, endYear });
  });
}

function checkRateRule(spec: FundSpec, ctx: ResolutionContext, p: Path): void {
  const ra = spec.rules?.rate_adjustment;
  if (ra && !lookupLever(ra.lever, spec.scheme)) {
    ctx.fail([...p, 'rules', 'rate_adjustment', 'lever'], 'assumptions.rateRule.unknownLever', { lever: ra.lever, scheme: spec.scheme });
  }
}

function checkEmployee(spec: EmployeeFundSpec, k: number, ctx: ResolutionContext, p: Path): void {
  checkAccountRule(spec, ctx, p);
  (spec.cost_control?.benefit_changes ?? []).forEach((c, n) => {
    if (c.applies_to === 'critical_illness') {
      ctx.fail([...p, 'cost_control', 'benefit_changes', n, 'applies_to'], 'assumptions.employee.noCriticalIllness', {});
    }
  });
  const base = spec.spending.base;
  if ('total' in base) {
    const weight = (spec.members.actives + base.retiree_to_active_ratio * spec.members.retirees) * k;
    if (!(weight > 0) && base.total > 0) ctx.fail([...p, 'spending', 'base', 'total'], 'assumptions.noMembersToSplit', {});
    else checkPerHead(Math.max(...Object.values(splitBaseYearSpending(spec, k))), ctx, p);
  }
  const limits = spec.contributions.base_limits;
  if (limits) {
    const floor = ctx.peek(limits.floor_share);
    const cap = ctx.peek(limits.cap_share);
    const i = floor && cap ? cap.findIndex((x, j) => x < floor[j]) : -1;
    if (i >= 0) {
      const year = ctx.timeline.baseYear + i;
      ctx.fail([...p, 'contributions', 'base_limits', 'cap_share'], 'assumptions.capBelowFloorIn', { cap: cap![i], floor: floor![i], year });
    }
  }
}

function checkTotals(spec: TotalsFundSpec, ctx: ResolutionContext, p: Path): void {
  (spec.cost_control?.benefit_changes ?? []).forEach((c, n) => {
    if (c.applies_to === 'critical_illness') {
      ctx.fail([...p, 'cost_control', 'benefit_changes', n, 'applies_to'], 'assumptions.totals.noCriticalIllness', {});
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
        ctx.fail([...p, key, 'income_share'], 'assumptions.resident.incomeShareWithoutIncome', { key });
      }
    }
  }
  const base = spec.spending.base;
  if ('total' in base && !(spec.members.insured > 0) && base.total > 0) ctx.fail([...p, 'spending', 'base', 'total'], 'assumptions.noMembersToSplit', {});
  else if ('total' in base) checkPerHead(splitBaseYearSpending(spec, k).perInsured, ctx, p);
}

/** Base-year spending split over (very few) members must stay a per-head amount within the schema's bound. */
function checkPerHead(perHead: number, ctx: ResolutionContext, p: Path): void {
  if (perHead <= MAX_PER_HEAD) return;
  const v = perHead.toPrecision(3);
  ctx.fail([...p, 'spending', 'base', 'total'], 'assumptions.perHeadTooLarge', { v, max: MAX_PER_HEAD });
}

function checkAdjustments(s: Scenario, ctx: ResolutionContext): void {
  const ids = Object.keys(s.funds);
  (s.adjustments ?? []).forEach((adj, n) => {
    const path: Path = ['adjustments', n];
    const fund = Object.hasOwn(s.funds, adj.fund) ? s.funds[adj.fund] : undefined;
    if (!fund) return ctx.fail([...path, 'fund'], 'assumptions.adjustment.unknownFund', { fund: adj.fund, ids });
    if (!lookupLever(adj.lever, fund.scheme)) {
      const names = leverNames(fund.scheme);
      return ctx.fail([...path, 'lever'], 'assumptions.adjustment.unknownLever', { lever: adj.lever, scheme: fund.scheme, names });
    }
    if (adj.from <= ctx.timeline.baseYear) ctx.fail([...path, 'from'], 'assumptions.adjustment.inBaseYear', { baseYear: ctx.timeline.baseYear });
    afterEnd(ctx, [...path, 'from'], `the adjustment of ${adj.lever}`, adj.from);
  });
}
