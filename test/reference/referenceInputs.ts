/**
 * The reference engine's inputs: every per-year scalar a fund's money flows need, worked out
 * from the validated scenario document with plain loops written from the definitions (time
 * series, growth, the base-year spending split, cost control, per-head amounts, adjustments,
 * rules). Nothing here calls src/engine or src/assumptions; only types, the benefit-pricing
 * module (src/benefits: the cost ratio of a benefit change and the normal distribution, domain
 * functions with their own tests) and, for age-detailed funds, the resolved membership.
 *
 * Age-detailed funds: the member counts by year and each status's age-mix index are TAKEN from
 * the resolved assumptions (the membership projection is a separate model with its own tests);
 * every money flow is still computed here.
 */
import { parseBenefitSchedule, parseClaimSizeDistribution, scheduleCostRatio, standardNormalCdf } from '../../src/index';
import type { Assumptions, EmployeeFundSpec, FundSpec, LoadedScenario, ResidentFundSpec, Scenario, TotalsFundSpec } from '../../src/index';

type Series = Float64Array;

export interface RefBand {
  id: string;
  upper: number | null;
  upperInclusive: boolean;
}

export interface RefRules {
  topUp: { floorMonths: number; fromYear: number } | null;
  rateAdjustment: { lever: RateLever; belowMonths: number; years: number; step: number; cap: number; fromYear: number } | null;
}

export type RateLever = 'employer_rate' | 'employee_rate' | 'retiree_rate' | 'premium_per_head' | 'subsidy_per_head' | 'income_multiplier';

interface RefCommon {
  id: string;
  name: string;
  nameZh: string | null;
  observed: { income: number; expenditure: number } | null;
  openingBalance: number;
  /** persons-unit × yuan → money-unit */
  k: number;
  interest: Series;
  otherShare: Series;
  subsidy: Series;
  costMult: Series;
  shockShare: Series;
  shockAmount: Series;
  shockIncome: Series;
  rules: RefRules;
  /** service lines only: per status, each line's spending per head (yuan) before the cost multiplier */
  linesPerHead?: Record<string, Record<string, Series>>;
}

export interface RefEmployee extends RefCommon {
  scheme: 'employee';
  actives: Series;
  retirees: Series;
  wageBase: Series;
  employerRate: Series;
  employeeRate: Series;
  collection: Series;
  retireeRate: Series;
  pension: Series;
  post2021: boolean[];
  toAccounts: Series;
  creditShare: Series;
  perActive: Series;
  perRetiree: Series;
}

export interface RefResident extends RefCommon {
  scheme: 'resident';
  insured: Series;
  subsidyPerHead: Series;
  premiumPerHead: Series;
  ciPerHead: Series;
  perInsured: Series;
}

/** A fund given as totals only: own income and expenditure, each grown at its own rate. */
export interface RefTotals extends RefCommon {
  scheme: 'totals';
  /** what the totals cover (default 'other') */
  pool: 'employee' | 'resident' | 'combined' | 'other';
  ownIncome: Series;
  incomeMult: Series;
  spending: Series;
}

export type RefFund = RefEmployee | RefResident | RefTotals;

export interface RefScenario {
  id: string;
  /** units.money and units.persons as written */
  units: { money: string; persons: string };
  /** the bands are the scenario's own (not the official defaults) */
  customBands: boolean;
  baseYear: number;
  endYear: number;
  /** arrays run base year … end year + 1 */
  length: number;
  nextYearBasis: boolean;
  bands: RefBand[];
  funds: RefFund[];
}

/** The official bands (人社部发〔2009〕67号 plus the gaps between them), written out again. */
const OFFICIAL_BANDS: RefBand[] = [
  { id: 'exhausted', upper: 0, upperInclusive: false },
  { id: 'insufficient', upper: 3, upperInclusive: false },
  { id: 'low', upper: 6, upperInclusive: false },
  { id: 'normal', upper: 9, upperInclusive: true },
  { id: 'high', upper: 15, upperInclusive: true },
  { id: 'excessive', upper: null, upperInclusive: false },
];

const MONEY_FACTOR = { yuan: 1, '10k yuan': 10_000, '100m yuan': 100_000_000 } as const;
const PERSON_FACTOR = { persons: 1, '10k persons': 10_000 } as const;

/**
 * Reference inputs of every fund of a loaded scenario. `resolved` (the engine's assumptions) is
 * read only for age-detailed funds: counts and age-mix indexes.
 */
export function referenceInputs(loaded: LoadedScenario, resolved?: Assumptions): RefScenario {
  const s = loaded.scenario;
  const length = s.end_year - s.base_year + 2;
  const ctx: Ctx = { base: s.base_year, length, k: PERSON_FACTOR[s.units.persons] / MONEY_FACTOR[s.units.money] };
  let funds: RefFund[] = Object.entries(s.funds).map(([id, spec]) => {
    if (spec.scheme === 'totals') return totals(id, spec, ctx);
    const detailed = 'age_detailed' in spec.members && spec.members.age_detailed ? detailedOf(resolved, id) : null;
    return spec.scheme === 'employee' ? employee(id, spec, ctx, detailed) : resident(id, spec, ctx, detailed);
  });
  for (const adj of s.adjustments ?? []) funds = funds.map((f) => (f.id === adj.fund ? adjusted(f, adj, ctx) : f));
  const bands: RefBand[] = s.settings?.bands
    ? s.settings.bands.map((b) => ({ id: b.id, upper: b.upper ?? null, upperInclusive: b.upper_inclusive ?? false }))
    : OFFICIAL_BANDS;
  return { id: s.id, units: { money: s.units.money, persons: s.units.persons }, customBands: !!s.settings?.bands, baseYear: s.base_year, endYear: s.end_year, length, nextYearBasis: s.settings?.reserve_months_basis === 'next_year', bands, funds };
}

interface Ctx {
  base: number;
  length: number;
  k: number;
}

interface Detailed {
  counts: Record<string, Series>;
  ageMix: Record<string, Series | undefined>;
}

function detailedOf(resolved: Assumptions | undefined, id: string): Detailed {
  const f = resolved?.funds.find((x) => x.id === id);
  if (!f?.membership) throw new Error(`reference: age-detailed fund '${id}' needs the resolved membership`);
  const counts: Record<string, Series> = f.scheme === 'employee' ? { actives: f.actives, retirees: f.retirees } : { insured: f.insured };
  const mix = f.membership.ageMix;
  return { counts, ageMix: f.scheme === 'employee' ? { actives: mix.actives, retirees: mix.retirees } : { insured: mix.residents } };
}

/** v(year) for each year base … base+length−1: a constant, a step series, or a linear one (flat after the last key). */
function series(value: unknown, ctx: Ctx): Series {
  const out = new Float64Array(ctx.length);
  for (let i = 0; i < ctx.length; i++) out[i] = valueIn(value, ctx.base + i);
  return out;
}

function valueIn(value: unknown, year: number): number {
  if (typeof value === 'number') return value;
  const obj = value as Record<string, unknown>;
  const linear = obj.interpolate === 'linear';
  const table = (obj.interpolate !== undefined ? obj.values : obj) as Record<string, number>;
  const keys = Object.keys(table).map(Number).sort((a, b) => a - b);
  let before = keys[0];
  for (const y of keys) if (y <= year) before = y;
  const after = keys.find((y) => y > year);
  if (!linear || after === undefined) return table[String(before)];
  const v0 = table[String(before)];
  const v1 = table[String(after)];
  return v0 + ((v1 - v0) * (year - before)) / (after - before);
}

function labelIn(value: string | Record<string, string>, year: number): string {
  if (typeof value === 'string') return value;
  let best = '';
  let bestYear = -Infinity;
  for (const [y, v] of Object.entries(value)) if (Number(y) <= year && Number(y) > bestYear) [best, bestYear] = [v, Number(y)];
  return best;
}

/** x₀ in the base year, then x_t = x_{t−1}·(1 + g_t). */
function grown(x0: number, growth: unknown, ctx: Ctx): Series {
  const g = series(growth, ctx);
  const out = new Float64Array(ctx.length);
  let x = x0;
  for (let i = 0; i < ctx.length; i++) {
    if (i > 0) x *= 1 + g[i];
    out[i] = x;
  }
  return out;
}

/** 0 before `from`, then (year − from + 1)/years, at most 1. */
function phase(year: number, from: number, years: number): number {
  return year < from ? 0 : Math.min(1, (year - from + 1) / years);
}

/** 1 − affected · rate · phase, the first year counting (13 − start month)/12 of it when a start month is given. */
function savingIn(sv: NonNullable<CostControl['savings']>[number], year: number): number {
  const months = sv.start_month !== undefined && year === sv.from ? (13 - sv.start_month) / 12 : 1;
  return 1 - sv.affected_share * sv.saving_rate * phase(year, sv.from, sv.phase_in_years ?? 1) * months;
}

type LineSpec = { share: number | Record<string, number>; use?: number | Record<string, number>; use_growth?: unknown; price_growth?: unknown };

/**
 * Per-head spending of each service line of one status, written from the definition: share · c(0)
 * · Π(1 + use growth) · Π(1 + price growth, default the status's growth) · age mix · Π line savings.
 */
function linesPerHead(spec: { lines: Record<string, LineSpec | undefined> } | undefined, status: string, c0: number, growth: unknown, ageMix: Series | undefined, cc: CostControl | undefined, ctx: Ctx): Record<string, Series> | null {
  if (!spec) return null;
  const out: Record<string, Series> = {};
  for (const [id, line] of Object.entries(spec.lines)) {
    if (!line) continue;
    const share = typeof line.share === 'number' ? line.share : line.share[status];
    const use = grown(1, line.use_growth ?? 0, ctx);
    const price = grown(1, line.price_growth ?? growth, ctx);
    out[id] = new Float64Array(ctx.length).map((_, i) => {
      let m = 1;
      for (const sv of cc?.savings ?? []) if (sv.line === id) m *= savingIn(sv, ctx.base + i);
      return share * c0 * use[i] * price[i] * (ageMix ? ageMix[i] : 1) * m;
    });
  }
  return out;
}

function sumLines(lines: Record<string, Series>, ctx: Ctx): Series {
  const out = new Float64Array(ctx.length);
  for (const l of Object.values(lines)) for (let i = 0; i < ctx.length; i++) out[i] += l[i];
  return out;
}

function times(a: Series, b: Series | undefined): Series {
  return b ? a.map((v, i) => v * b[i]) : a;
}

type CostControl = NonNullable<EmployeeFundSpec['cost_control']>;

/** R − 1 scaled by the affected share, for each change that applies to `target`, from its year. */
function benefitChangeFactor(cc: CostControl | undefined, target: 'benefits' | 'critical_illness', ctx: Ctx): Series {
  const out = new Float64Array(ctx.length).fill(1);
  for (const c of cc?.benefit_changes ?? []) {
    if ((c.applies_to ?? 'benefits') !== target) continue;
    const ratio = scheduleCostRatio(parseBenefitSchedule(c.old), parseBenefitSchedule(c.new), parseClaimSizeDistribution(c.claims), { elasticity: c.elasticity ?? 0 });
    for (let i = 0; i < ctx.length; i++) if (ctx.base + i >= c.from) out[i] *= 1 + c.affected_share * (ratio - 1);
  }
  return out;
}

/**
 * Multiplier on benefits per head: Π_{1≤j≤i}(1 + excess_j) · Π_s (1 − affected·rate·phase) ·
 * (1 + share_i·premium)/(1 + share_base·premium) · Π_changes (1 + affected·(R − 1)).
 */
function costMultiplier(cc: CostControl | undefined, ctx: Ctx): Series {
  const out = new Float64Array(ctx.length);
  const excess = cc?.excess_cost_growth === undefined ? null : series(cc.excess_cost_growth, ctx);
  const oorShare = cc?.out_of_region ? series(cc.out_of_region.share, ctx) : null;
  const changes = benefitChangeFactor(cc, 'benefits', ctx);
  let compounded = 1;
  for (let i = 0; i < ctx.length; i++) {
    if (excess && i > 0) compounded *= 1 + excess[i];
    let m = compounded;
    for (const sv of cc?.savings ?? []) if (sv.line === undefined) m *= savingIn(sv, ctx.base + i);
    if (oorShare) {
      const p = cc!.out_of_region!.cost_premium;
      m *= (1 + oorShare[i] * p) / (1 + oorShare[0] * p);
    }
    out[i] = m * changes[i];
  }
  return out;
}

function rulesOf(spec: FundSpec): RefRules {
  const r = spec.rules;
  return {
    topUp: r?.treasury_top_up ? { floorMonths: r.treasury_top_up.floor_months, fromYear: r.treasury_top_up.from } : null,
    rateAdjustment: r?.rate_adjustment
      ? { lever: r.rate_adjustment.lever, belowMonths: r.rate_adjustment.below_months, years: r.rate_adjustment.years, step: r.rate_adjustment.step, cap: r.rate_adjustment.cap, fromYear: r.rate_adjustment.from }
      : null,
  };
}

function commonOf(id: string, spec: FundSpec, ctx: Ctx): RefCommon {
  const shockShare = new Float64Array(ctx.length);
  const shockAmount = new Float64Array(ctx.length);
  const shockIncome = new Float64Array(ctx.length);
  for (const sh of spec.shocks ?? []) {
    const i = sh.year - ctx.base;
    shockShare[i] += sh.expenditure_share ?? 0;
    shockAmount[i] += sh.expenditure_amount ?? 0;
    shockIncome[i] += sh.income_amount ?? 0;
  }
  return {
    id,
    name: spec.name,
    nameZh: spec.name_zh ?? null,
    observed: spec.observed ? { income: spec.observed.income, expenditure: spec.observed.expenditure } : lastHistoryTotals(spec),
    openingBalance: spec.opening?.balance ?? lastHistoryBalance(spec),
    k: ctx.k,
    interest: series(spec.interest_rate, ctx),
    otherShare: series(spec.other_income_share ?? 0, ctx),
    subsidy: series(spec.fiscal_subsidy ?? 0, ctx),
    costMult: costMultiplier(spec.cost_control, ctx),
    shockShare,
    shockAmount,
    shockIncome,
    rules: rulesOf(spec),
  };
}

/**
 * Average contribution base ÷ average wage when each base is the wage clamped to [a, b]·average,
 * wages lognormal with mean 1 and coefficient of variation cv (σ² = ln(1 + cv²), μ = −σ²/2):
 *   f = a + E[min(X, b)] − E[min(X, a)],  E[min(X, d)] = Φ((ln d − μ − σ²)/σ) + d·(1 − Φ((ln d − μ)/σ)).
 */
function clampedWageFactor(a: number, b: number, cv: number): number {
  if (cv === 0) return Math.min(Math.max(1, a), b);
  const s2 = Math.log(1 + cv * cv);
  const sd = Math.sqrt(s2);
  const mu = -s2 / 2;
  const lev = (d: number) => (d <= 0 ? 0 : d === Infinity ? 1 : standardNormalCdf((Math.log(d) - mu - s2) / sd) + d * (1 - standardNormalCdf((Math.log(d) - mu) / sd)));
  return a + lev(b) - lev(a);
}

function employee(id: string, spec: EmployeeFundSpec, ctx: Ctx, detailed: Detailed | null): RefEmployee {
  const m = spec.members as { actives: number; retirees: number; active_growth?: unknown; retiree_growth?: unknown };
  const c = spec.contributions;
  const actives = detailed ? detailed.counts.actives : grown(m.actives, m.active_growth, ctx);
  const retirees = detailed ? detailed.counts.retirees : grown(m.retirees, m.retiree_growth, ctx);
  const base = spec.spending.base;
  let perActive0: number;
  let perRetiree0: number;
  if ('per_active' in base) {
    perActive0 = base.per_active;
    perRetiree0 = base.per_retiree;
  } else {
    // total = (N_a·c_a + N_r·ρ·c_a)·k  →  c_a = total / ((N_a + ρ·N_r)·k)
    const heads = (m.actives + base.retiree_to_active_ratio * m.retirees) * ctx.k;
    perActive0 = heads > 0 ? base.total / heads : 0;
    perRetiree0 = base.retiree_to_active_ratio * perActive0;
  }
  let wageBase = grown(c.base_per_active, c.base_growth, ctx);
  if (c.base_limits) {
    const floor = series(c.base_limits.floor_share, ctx);
    const cap = series(c.base_limits.cap_share, ctx);
    wageBase = wageBase.map((w, i) => w * clampedWageFactor(floor[i], cap[i], c.base_limits!.wage_cv));
  }
  const rule = spec.individual_accounts.rule as string | Record<string, string>;
  const sl = spec.service_lines as { lines: Record<string, LineSpec | undefined> } | undefined;
  const activeLines = linesPerHead(sl, 'actives', perActive0, spec.spending.active_growth, detailed?.ageMix.actives, spec.cost_control, ctx);
  const retireeLines = linesPerHead(sl, 'retirees', perRetiree0, spec.spending.retiree_growth, detailed?.ageMix.retirees, spec.cost_control, ctx);
  return {
    scheme: 'employee',
    ...commonOf(id, spec, ctx),
    actives,
    retirees,
    wageBase,
    employerRate: series(c.employer_rate, ctx),
    employeeRate: series(c.employee_rate, ctx),
    collection: series(c.collection_rate, ctx),
    retireeRate: series(c.retiree_rate ?? 0, ctx),
    pension: grown(spec.pension.average, spec.pension.growth, ctx),
    post2021: Array.from({ length: ctx.length }, (_, i) => labelIn(rule, ctx.base + i) === 'post2021'),
    toAccounts: series(spec.individual_accounts.employer_share_to_accounts, ctx),
    creditShare: series(spec.individual_accounts.retiree_credit_share, ctx),
    perActive: activeLines ? sumLines(activeLines, ctx) : times(grown(perActive0, spec.spending.active_growth, ctx), detailed?.ageMix.actives),
    perRetiree: retireeLines ? sumLines(retireeLines, ctx) : times(grown(perRetiree0, spec.spending.retiree_growth, ctx), detailed?.ageMix.retirees),
    ...(activeLines && retireeLines ? { linesPerHead: { actives: activeLines, retirees: retireeLines } } : {}),
  };
}

function resident(id: string, spec: ResidentFundSpec, ctx: Ctx, detailed: Detailed | null): RefResident {
  const m = spec.members as { insured: number; growth?: unknown };
  const income = spec.disposable_income ? grown(spec.disposable_income.base, spec.disposable_income.growth, ctx) : null;
  const perHead = (amount: unknown): Series => {
    const a = amount as { fixed?: unknown; indexed?: { base: number; growth: unknown }; income_share?: unknown };
    if (a.fixed !== undefined) return series(a.fixed, ctx);
    if (a.indexed !== undefined) return grown(a.indexed.base, a.indexed.growth, ctx);
    return series(a.income_share, ctx).map((share, i) => share * income![i]);
  };
  const base = spec.spending.base;
  const per0 = 'per_insured' in base ? base.per_insured : m.insured > 0 ? base.total / (m.insured * ctx.k) : 0;
  const lines = linesPerHead(spec.service_lines as { lines: Record<string, LineSpec | undefined> } | undefined, 'insured', per0, spec.spending.growth, detailed?.ageMix.insured, spec.cost_control, ctx);
  return {
    scheme: 'resident',
    ...commonOf(id, spec, ctx),
    insured: detailed ? detailed.counts.insured : grown(m.insured, m.growth, ctx),
    subsidyPerHead: perHead(spec.subsidy_per_head),
    premiumPerHead: perHead(spec.premium_per_head),
    ciPerHead: times(perHead(spec.critical_illness_per_head), benefitChangeFactor(spec.cost_control, 'critical_illness', ctx)),
    perInsured: lines ? sumLines(lines, ctx) : times(grown(per0, spec.spending.growth, ctx), detailed?.ageMix.insured),
    ...(lines ? { linesPerHead: { insured: lines } } : {}),
  };
}

/** Which input arrays a lever names (the reference's own table). */
function leverArrays(f: RefFund, lever: string): { kind: 'plain' | 'growth'; keys: string[] } {
  const plain = (key: string) => ({ kind: 'plain' as const, keys: [key] });
  const table: Record<string, { kind: 'plain' | 'growth'; keys: string[] }> =
    f.scheme === 'totals'
      ? {
          income_multiplier: plain('incomeMult'),
          income_growth: { kind: 'growth', keys: ['ownIncome'] },
          excess_cost_growth: { kind: 'growth', keys: ['spending'] },
          fiscal_subsidy: plain('subsidy'),
        }
      : f.scheme === 'employee'
      ? {
          employer_rate: plain('employerRate'),
          employee_rate: plain('employeeRate'),
          retiree_rate: plain('retireeRate'),
          collection_rate: plain('collection'),
          retiree_credit_share: plain('creditShare'),
          fiscal_subsidy: plain('subsidy'),
          excess_cost_growth: { kind: 'growth', keys: ['perActive', 'perRetiree'] },
        }
      : {
          premium_per_head: plain('premiumPerHead'),
          subsidy_per_head: plain('subsidyPerHead'),
          fiscal_subsidy: plain('subsidy'),
          excess_cost_growth: { kind: 'growth', keys: ['perInsured'] },
        };
  const found = table[lever];
  if (!found) throw new Error(`reference: no lever '${lever}' for a ${f.scheme} fund`);
  return found;
}

/**
 * An adjustment from year `from`, phased in over `phase_in_years` (φ): add → x + add·φ;
 * multiply → x·(1 + (multiply − 1)·φ); on a growth lever the extra growth compounds:
 * x_t · Π_{base<z≤t} (1 + add·φ_z)  (or (multiply − 1)·φ_z).
 */
function adjusted(f: RefFund, adj: NonNullable<Scenario['adjustments']>[number], ctx: Ctx): RefFund {
  const { kind, keys } = leverArrays(f, adj.lever);
  const out: Record<string, unknown> = { ...f };
  for (const key of keys) {
    const src = (f as unknown as Record<string, Series>)[key];
    const dst = new Float64Array(src.length);
    dst[0] = src[0];
    let compounded = 1;
    for (let i = 1; i < src.length; i++) {
      const phi = phase(ctx.base + i, adj.from, adj.phase_in_years ?? 1);
      const extra = adj.add !== undefined ? adj.add * phi : (adj.multiply! - 1) * phi;
      if (kind === 'growth') {
        compounded *= 1 + extra;
        dst[i] = src[i] * compounded;
      } else {
        dst[i] = adj.add !== undefined ? src[i] + extra : src[i] * (1 + extra);
      }
    }
    out[key] = dst;
  }
  return out as unknown as RefFund;
}

/**
 * Without `opening`, the base-year balance is the last history year's (docs/history.md); read here
 * from an inline history only — the reference does not read CSV histories.
 */
function lastHistoryBalance(spec: { history?: unknown }): number {
  const balance = lastHistoryYear(spec)?.balance;
  if (balance === undefined) throw new Error('reference engine: no opening.balance and no inline history balance');
  return balance;
}

/** The last year of an inline history (the reference reads no CSV histories). */
function lastHistoryYear(spec: { history?: unknown }): { income?: number; expenditure?: number; balance?: number; income_items?: Record<string, number> } | undefined {
  const years = (spec.history as { years?: Record<string, { income?: number; expenditure?: number; balance?: number; income_items?: Record<string, number> }> } | undefined)?.years;
  const last = years ? Object.keys(years).map(Number).sort((a, b) => a - b).at(-1) : undefined;
  return last === undefined ? undefined : years![String(last)];
}

/**
 * A totals fund: own income Y₀·Π(1 + g) and expenditure X₀·Π(1 + h) (× the cost multiplier when
 * projected). Base levels not given come from the last inline history year: Y₀ = income − its
 * interest and fiscal_subsidy items, X₀ = expenditure.
 */
function totals(id: string, spec: TotalsFundSpec, ctx: Ctx): RefTotals {
  const last = lastHistoryYear(spec);
  const y0 = spec.income.base ?? (last?.income ?? NaN) - (last?.income_items?.interest ?? 0) - (last?.income_items?.fiscal_subsidy ?? 0);
  const x0 = spec.expenditure.base ?? last?.expenditure ?? NaN;
  if (!Number.isFinite(y0) || !Number.isFinite(x0)) throw new Error(`reference: totals fund '${id}' needs its base levels (given, or in an inline history)`);
  return {
    scheme: 'totals',
    pool: spec.pool ?? 'other',
    ...commonOf(id, spec, ctx),
    ownIncome: grown(y0, spec.income.growth, ctx),
    incomeMult: new Float64Array(ctx.length).fill(1),
    spending: grown(x0, spec.expenditure.growth, ctx),
  };
}

/** Observed base-year totals when `observed` is omitted: the last inline history year's, when it gives both. */
function lastHistoryTotals(spec: { history?: unknown }): { income: number; expenditure: number } | null {
  const years = (spec.history as { years?: Record<string, { income?: number; expenditure?: number }> } | undefined)?.years;
  const last = years ? Object.keys(years).map(Number).sort((a, b) => a - b).at(-1) : undefined;
  const y = last === undefined ? undefined : years![String(last)];
  return y?.income !== undefined && y.expenditure !== undefined ? { income: y.income, expenditure: y.expenditure } : null;
}
