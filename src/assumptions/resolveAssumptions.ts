import { dirname, resolve } from 'node:path';
import { DEFAULT_AGE_COST_CURVE } from '../membership/loadAgeCostCurve';
import { resolveScenarioMembership } from '../membership/resolveScenarioMembership';
import type { FundMembership } from '../membership/types';
import type { EmployeeAgeDetail, ResidentAgeDetail } from '../scenario/ageDetailSchema';
import type { LoadedScenario } from '../scenario/loadScenario';
import { ScenarioError } from '../scenario/ScenarioError';
import type { EmployeeFundSpec, PerHeadAmount, ResidentFundSpec, Scenario } from '../scenario/scenarioSchema';
import { resolveEnumSeries, resolveNumberSeries, SeriesError, type EnumSeries, type NumberSeries } from '../scenario/timeSeries';
import type { Band } from '../results/types';
import { findLever, LEVERS } from '../levers/leverRegistry';
import { resolveStochastic } from '../stochastic/resolveStochastic';
import { adjustLever } from './adjustLever';
import { cappedBaseFactor } from './cappedBaseFactor';
import { costMultiplier, criticalIllnessMultiplier } from './costMultiplier';
import { DEFAULT_BANDS } from './defaultBands';
import { growthPath } from './growthPath';
import type { Assumptions, EmployeeAssumptions, FundRules, ResidentAssumptions, Timeline } from './types';
import { unitFactor } from './unitFactor';

type Path = (string | number)[];

/**
 * Turns a validated scenario into per-year assumption arrays (the "validated assumptions" stage).
 *
 * Series are resolved for base year … end year + 1; growth rates are compounded into levels;
 * base-year spending given as a total is split into per-head amounts:
 *   employee: c_active = total / ((N_active + ρ·N_retiree)·k), c_retiree = ρ·c_active  (ρ = retiree_to_active_ratio)
 *   resident: c = total / (N·k).
 * Age-detailed members (`members.age_detailed`): counts come from the membership projection
 * (resolveScenarioMembership: an employee fund and the resident fund its switchers move to share
 * one), whose base year reproduces the given totals, and each per-head spending path is
 * multiplied by its status's age-mix index (1 in the base year).
 * Throws ScenarioError (with file, path and line) for values that pass the schema but cannot be
 * used: a series starting after the base year, income-share amounts without disposable income,
 * spending to split over zero members.
 */
export function resolveAssumptions(loaded: LoadedScenario): Assumptions {
  const s = loaded.scenario;
  const timeline: Timeline = { baseYear: s.base_year, endYear: s.end_year, length: s.end_year - s.base_year + 2 };
  const issues: ReturnType<typeof issueAt>[] = [];
  const issueAt = (path: Path, en: string, zh: string, code = 'invalid_value') => ({ ...loaded.locate(path), path, code, message: { en, zh } });
  const ctx: Ctx = {
    timeline,
    personsUnit: s.units.persons,
    num(series, path) {
      try {
        return resolveNumberSeries(series as NumberSeries, timeline.baseYear, timeline.baseYear + timeline.length - 1);
      } catch (e) {
        if (e instanceof SeriesError) {
          issues.push(issueAt(path, e.en, e.zh, 'series_start'));
          return new Float64Array(timeline.length);
        }
        throw e;
      }
    },
    labels(series, path) {
      try {
        return resolveEnumSeries(series as EnumSeries<string>, timeline.baseYear, timeline.baseYear + timeline.length - 1);
      } catch (e) {
        if (e instanceof SeriesError) {
          issues.push(issueAt(path, e.en, e.zh, 'series_start'));
          return new Array(timeline.length).fill('');
        }
        throw e;
      }
    },
    fail(path, en, zh) {
      issues.push(issueAt(path, en, zh));
    },
    fileOf(path) {
      return loaded.locate(path).file;
    },
  };
  const k = unitFactor(s.units);
  const detailed = ageDetailedMembers(s, ctx);
  let funds = Object.entries(s.funds).map(([id, spec]) =>
    spec.scheme === 'employee' ? employeeAssumptions(id, spec, k, ctx, detailed.get(id)) : residentAssumptions(id, spec, k, ctx, detailed.get(id)),
  );
  (s.adjustments ?? []).forEach((adj, n) => {
    const path = ['adjustments', n];
    const idx = funds.findIndex((f) => f.id === adj.fund);
    if (idx < 0) return ctx.fail([...path, 'fund'], `no fund '${adj.fund}' in this scenario (funds: ${funds.map((f) => f.id).join(', ')})`, `情景中没有基金 '${adj.fund}'（现有：${funds.map((f) => f.id).join('、')}）`);
    if (!LEVERS.some((l) => l.name === adj.lever && l.scheme === funds[idx].scheme)) {
      const names = LEVERS.filter((l) => l.scheme === funds[idx].scheme).map((l) => l.name);
      return ctx.fail([...path, 'lever'], `unknown lever '${adj.lever}' for a ${funds[idx].scheme} fund (available: ${names.join(', ')})`, `${funds[idx].scheme} 基金没有政策参数 '${adj.lever}'（可用：${names.join('、')}）`);
    }
    if (adj.from <= timeline.baseYear) return ctx.fail([...path, 'from'], `an adjustment must start after the base year ${timeline.baseYear}`, `调整须在基期年 ${timeline.baseYear} 之后开始`);
    const result = adjustLever(funds[idx], findLever(adj.lever, funds[idx].scheme), adj, timeline);
    if (typeof result === 'string') return ctx.fail(path, result, `调整后参数超出允许范围：${result}`);
    funds = funds.map((f, j) => (j === idx ? result : f));
  });
  const stochastic = resolveStochastic(s, funds, timeline, ctx.fail);
  if (issues.length) throw new ScenarioError(issues);
  const bands = s.settings?.bands ? bandsFromSpec(s.settings.bands) : DEFAULT_BANDS.map((b) => ({ ...b }));
  return {
    scenario: { id: s.id, name: s.name, nameZh: s.name_zh ?? null, files: loaded.files, overlays: loaded.overlays },
    timeline,
    units: { ...s.units },
    reserveMonthsBasis: s.settings?.reserve_months_basis ?? 'current_year',
    bands,
    defaultBands: !s.settings?.bands,
    funds,
    stochastic,
  };
}

interface Ctx {
  timeline: Timeline;
  personsUnit: Scenario['units']['persons'];
  num(series: unknown, path: Path): Float64Array;
  labels(series: unknown, path: Path): string[];
  fail(path: Path, en: string, zh: string): void;
  /** The scenario file a value came from (to resolve file paths relative to it). */
  fileOf(path: Path): string;
}

function bandsFromSpec(spec: NonNullable<Scenario['settings']>['bands'] & {}): Band[] {
  return spec.map((b, i) => ({
    id: b.id,
    labelEn: b.label_en,
    labelZh: b.label_zh,
    lower: i === 0 ? null : (spec[i - 1].upper ?? null),
    upper: b.upper ?? null,
    upperInclusive: b.upper_inclusive ?? false,
  }));
}

function common(id: string, spec: EmployeeFundSpec | ResidentFundSpec, k: number, ctx: Ctx) {
  const p = ['funds', id];
  const zero = new Float64Array(ctx.timeline.length);
  return {
    id,
    name: spec.name,
    nameZh: spec.name_zh ?? null,
    openingBalance: spec.opening.balance,
    observed: spec.observed ? { ...spec.observed } : null,
    k,
    interestRate: ctx.num(spec.interest_rate, [...p, 'interest_rate']),
    otherIncomeShare: spec.other_income_share === undefined ? zero.slice() : ctx.num(spec.other_income_share, [...p, 'other_income_share']),
    fiscalSubsidy: spec.fiscal_subsidy === undefined ? zero.slice() : ctx.num(spec.fiscal_subsidy, [...p, 'fiscal_subsidy']),
    costMultiplier: costMultiplier(spec.cost_control, ctx.timeline, (series, path) => ctx.num(series, [...p, ...path])),
    ...shockArrays(spec, ctx.timeline),
    rules: rulesOf(spec, ctx, p),
  };
}

function shockArrays(spec: EmployeeFundSpec | ResidentFundSpec, timeline: Timeline) {
  const share = new Float64Array(timeline.length);
  const expenditure = new Float64Array(timeline.length);
  const income = new Float64Array(timeline.length);
  for (const s of spec.shocks ?? []) {
    const i = s.year - timeline.baseYear;
    if (i < 1 || i >= timeline.length) continue; // outside the projection: reported by rulesOf's check below
    share[i] += s.expenditure_share ?? 0;
    expenditure[i] += s.expenditure_amount ?? 0;
    income[i] += s.income_amount ?? 0;
  }
  const hasShocks = [share, expenditure, income].some((arr) => arr.some((x) => x !== 0));
  return { shockExpenditureShare: share, shockExpenditure: expenditure, shockIncome: income, hasShocks };
}

function rulesOf(spec: EmployeeFundSpec | ResidentFundSpec, ctx: Ctx, p: Path): FundRules {
  const { baseYear, endYear } = ctx.timeline;
  (spec.shocks ?? []).forEach((s, n) => {
    if (s.year <= baseYear || s.year > endYear) ctx.fail([...p, 'shocks', n, 'year'], `shock year ${s.year} is outside the projection ${baseYear + 1}–${endYear}`, `冲击年份 ${s.year} 不在预测期 ${baseYear + 1}–${endYear} 内`);
  });
  const r = spec.rules;
  const topUp = r?.treasury_top_up ? { floorMonths: r.treasury_top_up.floor_months, fromIndex: Math.max(1, r.treasury_top_up.from - baseYear) } : null;
  let rateAdjustment: FundRules['rateAdjustment'] = null;
  if (r?.rate_adjustment) {
    const ra = r.rate_adjustment;
    if (!LEVERS.some((l) => l.name === ra.lever && l.scheme === spec.scheme)) {
      ctx.fail([...p, 'rules', 'rate_adjustment', 'lever'], `lever '${ra.lever}' does not exist for a ${spec.scheme} fund`, `${spec.scheme} 基金没有政策参数 '${ra.lever}'`);
    } else {
      rateAdjustment = { lever: ra.lever, belowMonths: ra.below_months, years: ra.years, step: ra.step, cap: ra.cap, fromIndex: Math.max(1, ra.from - baseYear) };
    }
  }
  return { topUp, rateAdjustment };
}

function employeeAssumptions(id: string, spec: EmployeeFundSpec, k: number, ctx: Ctx, detailed: DetailedMembers | undefined): EmployeeAssumptions {
  const p = ['funds', id];
  (spec.cost_control?.benefit_changes ?? []).forEach((c, n) => {
    if (c.applies_to === 'critical_illness') {
      ctx.fail([...p, 'cost_control', 'benefit_changes', n, 'applies_to'], 'the employee fund buys no critical-illness cover per head: use applies_to: benefits', '职工医保基金没有按人头购买的大病保险：请使用 applies_to: benefits');
    }
  });
  const m = spec.members;
  const c = spec.contributions;
  const actives = detailed ? detailed.counts.actives : growthPath(m.actives, ctx.num(m.active_growth, [...p, 'members', 'active_growth']));
  const retirees = detailed ? detailed.counts.retirees : growthPath(m.retirees, ctx.num(m.retiree_growth, [...p, 'members', 'retiree_growth']));
  let perActive = 0;
  let perRetiree = 0;
  const base = spec.spending.base;
  if ('per_active' in base) {
    perActive = base.per_active;
    perRetiree = base.per_retiree;
  } else {
    const weight = (m.actives + base.retiree_to_active_ratio * m.retirees) * k;
    if (weight > 0) {
      perActive = base.total / weight;
      perRetiree = base.retiree_to_active_ratio * perActive;
    } else if (base.total > 0) {
      ctx.fail([...p, 'spending', 'base', 'total'], 'cannot split base-year spending per head: the fund has no members', '无法将基期支出分摊到人均：该基金没有参保人');
    }
  }
  return {
    scheme: 'employee',
    ...common(id, spec, k, ctx),
    actives,
    retirees,
    contributionBase: contributionBase(c, ctx, p),
    employerRate: ctx.num(c.employer_rate, [...p, 'contributions', 'employer_rate']),
    employeeRate: ctx.num(c.employee_rate, [...p, 'contributions', 'employee_rate']),
    collectionRate: ctx.num(c.collection_rate, [...p, 'contributions', 'collection_rate']),
    retireeRate: c.retiree_rate === undefined ? new Float64Array(ctx.timeline.length) : ctx.num(c.retiree_rate, [...p, 'contributions', 'retiree_rate']),
    pension: growthPath(spec.pension.average, ctx.num(spec.pension.growth, [...p, 'pension', 'growth'])),
    accountRule: ctx.labels(spec.individual_accounts.rule, [...p, 'individual_accounts', 'rule']) as ('pre2021' | 'post2021')[],
    employerShareToAccounts: ctx.num(spec.individual_accounts.employer_share_to_accounts, [...p, 'individual_accounts', 'employer_share_to_accounts']),
    retireeCreditShare: ctx.num(spec.individual_accounts.retiree_credit_share, [...p, 'individual_accounts', 'retiree_credit_share']),
    spendPerActive: withAgeMix(growthPath(perActive, ctx.num(spec.spending.active_growth, [...p, 'spending', 'active_growth'])), detailed?.membership?.ageMix.actives),
    spendPerRetiree: withAgeMix(growthPath(perRetiree, ctx.num(spec.spending.retiree_growth, [...p, 'spending', 'retiree_growth'])), detailed?.membership?.ageMix.retirees),
    ...(detailed?.membership ? { membership: detailed.membership } : {}),
  };
}

/**
 * Contribution base per active by year: the base path, or — with base_limits — the average-wage
 * path times cappedBaseFactor(floor_t, cap_t, cv).
 */
function contributionBase(c: EmployeeFundSpec['contributions'], ctx: Ctx, p: Path): Float64Array {
  const path = growthPath(c.base_per_active, ctx.num(c.base_growth, [...p, 'contributions', 'base_growth']));
  const limits = c.base_limits;
  if (!limits) return path;
  const floor = ctx.num(limits.floor_share, [...p, 'contributions', 'base_limits', 'floor_share']);
  const cap = ctx.num(limits.cap_share, [...p, 'contributions', 'base_limits', 'cap_share']);
  for (let i = 0; i < path.length; i++) {
    if (cap[i] < floor[i]) {
      ctx.fail([...p, 'contributions', 'base_limits', 'cap_share'], `the base cap (${cap[i]}) is below the floor (${floor[i]}) in ${ctx.timeline.baseYear + i}`, `${ctx.timeline.baseYear + i} 年缴费基数上限（${cap[i]}）低于下限（${floor[i]}）`);
      return path;
    }
    path[i] *= cappedBaseFactor(floor[i], cap[i], limits.wage_cv);
  }
  return path;
}

function residentAssumptions(id: string, spec: ResidentFundSpec, k: number, ctx: Ctx, detailed: DetailedMembers | undefined): ResidentAssumptions {
  const p = ['funds', id];
  const insured = detailed ? detailed.counts.residents : growthPath(spec.members.insured, ctx.num(spec.members.growth, [...p, 'members', 'growth']));
  const income = spec.disposable_income
    ? growthPath(spec.disposable_income.base, ctx.num(spec.disposable_income.growth, [...p, 'disposable_income', 'growth']))
    : null;
  const perHead = (amount: PerHeadAmount, key: string): Float64Array => {
    const path = [...p, key];
    // explicit casts: tslab compiles without strictNullChecks, where `in` does not narrow these unions
    if ('fixed' in amount) return ctx.num((amount as { fixed: unknown }).fixed, [...path, 'fixed']);
    if ('indexed' in amount) {
      const { base, growth } = (amount as { indexed: { base: number; growth: unknown } }).indexed;
      return growthPath(base, ctx.num(growth, [...path, 'indexed', 'growth']));
    }
    const share = ctx.num((amount as { income_share: unknown }).income_share, [...path, 'income_share']);
    if (!income) {
      ctx.fail([...path, 'income_share'], `${key} is a share of disposable income, but the fund has no 'disposable_income' section`, `${key} 按人均可支配收入的比例计算，但该基金缺少 'disposable_income' 部分`);
      return share;
    }
    return share.map((s, i) => s * income[i]);
  };
  const ciMultiplier = criticalIllnessMultiplier(spec.cost_control, ctx.timeline);
  let perInsured = 0;
  const base = spec.spending.base;
  if ('per_insured' in base) perInsured = base.per_insured;
  else if (spec.members.insured > 0) perInsured = base.total / (spec.members.insured * k);
  else if (base.total > 0) ctx.fail([...p, 'spending', 'base', 'total'], 'cannot split base-year spending per head: the fund has no members', '无法将基期支出分摊到人均：该基金没有参保人');
  return {
    scheme: 'resident',
    ...common(id, spec, k, ctx),
    insured,
    subsidyPerHead: perHead(spec.subsidy_per_head, 'subsidy_per_head'),
    premiumPerHead: perHead(spec.premium_per_head, 'premium_per_head'),
    criticalIllnessPerHead: perHead(spec.critical_illness_per_head, 'critical_illness_per_head').map((v, i, _) => v * ciMultiplier[i]),
    spendPerInsured: withAgeMix(growthPath(perInsured, ctx.num(spec.spending.growth, [...p, 'spending', 'growth'])), detailed?.membership?.ageMix.residents),
    ...(detailed?.membership ? { membership: detailed.membership } : {}),
  };
}

/** Member counts by year (units.persons) of an age-detailed fund, and the membership behind them (null after an error). */
type DetailedMembers = { counts: Record<'actives' | 'retirees' | 'residents', Float64Array>; membership: FundMembership | null };

/**
 * Members of the funds in the age-detailed form, by fund id (aggregate funds are absent): member
 * counts by year in units.persons and the membership projection behind them
 * (resolveScenarioMembership). A switching share is read from `switching_to_resident` or, in the
 * form `{share, to}`, from its `share`; a cost-curve path is relative to the scenario file that
 * sets it. Problems are reported through ctx at the fund's `age_detailed` path (then the counts
 * are zeros, so that resolution can go on collecting issues).
 */
function ageDetailedMembers(s: Scenario, ctx: Ctx): Map<string, DetailedMembers> {
  const at = (id: string) => ['funds', id, 'members', 'age_detailed'];
  // explicit casts: tslab compiles without strictNullChecks, where `in` does not narrow these unions
  const detailOf = (id: string) => (s.funds[id].members as { age_detailed?: EmployeeAgeDetail | ResidentAgeDetail }).age_detailed;
  const zeros = () => ({ actives: new Float64Array(ctx.timeline.length), retirees: new Float64Array(ctx.timeline.length), residents: new Float64Array(ctx.timeline.length) });
  const { members, issues } = resolveScenarioMembership(s.funds, {
    baseYear: ctx.timeline.baseYear,
    years: ctx.timeline.length,
    personsUnit: ctx.personsUnit,
    switchingShare(id) {
      const series = (detailOf(id) as EmployeeAgeDetail).switching_to_resident;
      if (series === undefined) return null;
      const path = [...at(id), 'switching_to_resident'];
      return typeof series === 'object' && series !== null && 'to' in series
        ? ctx.num((series as { share: unknown }).share, [...path, 'share'])
        : ctx.num(series, path);
    },
    costCurveFile(id) {
      const file = detailOf(id)!.cost_curve;
      return file === undefined ? DEFAULT_AGE_COST_CURVE : resolve(dirname(ctx.fileOf([...at(id), 'cost_curve'])), file);
    },
  });
  for (const { fund, error } of issues) ctx.fail([...at(fund), ...error.path], error.en, error.zh);
  const out = new Map<string, DetailedMembers>();
  for (const id of Object.keys(s.funds)) {
    if (!detailOf(id)) continue;
    const r = members.get(id);
    out.set(id, r ? { counts: { ...zeros(), ...r.counts }, membership: r.membership } : { counts: zeros(), membership: null });
  }
  return out;
}

/** Per-head spending × the status's age-mix index (unchanged without one). */
function withAgeMix(spend: Float64Array, index: Float64Array | undefined): Float64Array {
  return index ? spend.map((v, i) => v * index[i]) : spend;
}
