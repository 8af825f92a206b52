import { createHash } from 'node:crypto';
import type { FundAssumptions, Timeline } from '../assumptions/types';
import type { Scenario } from '../scenario/scenarioSchema';
import { resolveNumberSeries, SeriesError, type NumberSeries } from '../scenario/timeSeries';
import { cholesky } from './cholesky';
import { findShockTarget, SHOCK_TARGETS } from '../levers/leverRegistry';
import type { ShockProcessSpec, StochasticSpec } from '../scenario/stochasticSchema';
import type { ResolvedShock, ResolvedTarget, ShockDistribution, StochasticModel } from './types';

type Path = (string | number)[];
type Fail = (path: Path, en: string, zh: string) => void;

const PER_HEAD = ['subsidy_per_head', 'premium_per_head', 'critical_illness_per_head'] as const;
const PER_HEAD_ARRAY: Record<(typeof PER_HEAD)[number], string> = { subsidy_per_head: 'subsidyPerHead', premium_per_head: 'premiumPerHead', critical_illness_per_head: 'criticalIllnessPerHead' };

/**
 * Resolves the scenario's `stochastic` block against its funds: each `on` reference to a fund and
 * a parameter that may vary (shockTargets), growth rates resolved by year, the correlation matrix
 * factored (Cholesky). Problems go to `fail` with their document path: an unknown fund or
 * parameter, a parameter that cannot vary (not time-indexed, absent from the fund, member growth
 * of an age-detailed fund, disposable income that no per-head amount uses), a parameter shocked
 * twice, a correlation naming an unknown shock, a pair given twice, and a correlation matrix that
 * is not positive definite. Returns null when the scenario has no stochastic block.
 */
export function resolveStochastic(s: Scenario, funds: FundAssumptions[], timeline: Timeline, fail: Fail): StochasticModel | null {
  const spec = s.stochastic;
  if (!spec) return null;
  const ids = Object.keys(spec.shocks);
  const seen = new Map<string, string>();
  const shocks: ResolvedShock[] = ids.map((id) => {
    const sp = spec.shocks[id];
    const at: Path = ['stochastic', 'shocks', id];
    const targets: ResolvedTarget[] = [];
    sp.on.forEach((ref, n) => {
      const t = resolveTarget(ref, s, funds, timeline, (en, zh) => fail([...at, 'on', n], en, zh));
      if (!t) return;
      const key = `${funds[t.fund].id}.${t.parameter}`;
      if (seen.has(key)) return fail([...at, 'on', n], `${key} already carries shock '${seen.get(key)}': a parameter takes one shock (combine them into one process)`, `${key} 已带有冲击 '${seen.get(key)}'：一个参数只能有一个冲击过程（请合并）`);
      seen.set(key, id);
      targets.push(t);
    });
    return { id, home: targets[0]?.fund ?? 0, distribution: distributionOf(sp), ar1: sp.ar1 ?? 0, parameterSd: sp.parameter_sd ?? 0, targets };
  });
  return { hash: specHash(spec, timeline.baseYear), shocks, cholesky: correlationFactor(spec, ids, fail) };
}

function distributionOf(sp: ShockProcessSpec): ShockDistribution {
  switch (sp.distribution) {
    case 'normal':
      return { kind: 'normal', mean: sp.mean ?? 0, sd: sp.sd };
    case 'lognormal':
      return { kind: 'lognormal', sd: sp.sd };
    case 'truncated_normal':
      return { kind: 'truncated_normal', mean: sp.mean ?? 0, sd: sp.sd, lower: sp.lower, upper: sp.upper };
    case 'uniform':
      return { kind: 'uniform', lower: sp.lower, upper: sp.upper };
    case 'triangular':
      return { kind: 'triangular', lower: sp.lower, mode: sp.mode, upper: sp.upper };
    case 'bootstrap':
      return { kind: 'bootstrap', residuals: Float64Array.from(sp.residuals) };
  }
}

/** The value at a dotted path below an object, or undefined. */
function valueAt(root: unknown, path: string[]): unknown {
  let v = root;
  for (const k of path) {
    if (typeof v !== 'object' || v === null || !(k in v)) return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

function resolveTarget(ref: string, s: Scenario, funds: FundAssumptions[], timeline: Timeline, fail: (en: string, zh: string) => void): ResolvedTarget | null {
  const [fundId, ...rest] = ref.split('.');
  const parameter = rest.join('.');
  const fund = funds.findIndex((f) => f.id === fundId);
  if (fund < 0) {
    fail(`no fund '${fundId}' in this scenario (funds: ${funds.map((f) => f.id).join(', ')})`, `情景中没有基金 '${fundId}'（现有：${funds.map((f) => f.id).join('、')}）`);
    return null;
  }
  const a = funds[fund];
  const target = findShockTarget(parameter, a.scheme);
  if (!target) {
    const allowed = SHOCK_TARGETS.filter((t) => t.scheme === 'both' || t.scheme === a.scheme).map((t) => t.path);
    fail(
      `'${parameter}' cannot carry a shock in a ${a.scheme} fund: only time-indexed growth, rate and amount parameters can (allowed: ${allowed.join(', ')})`,
      `${a.scheme} 基金的 '${parameter}' 不能设随机冲击：只有按年取值的增长率、费率和金额参数可以（可用：${allowed.join('、')}）`,
    );
    return null;
  }
  const spec = s.funds[fundId];
  const members = ('members' in spec ? spec.members : {}) as { age_detailed?: unknown };
  if (target.aggregateMembersOnly && members.age_detailed !== undefined) {
    fail(
      `'${parameter}' cannot vary: this fund's members are age-detailed, their counts come from the population projection (shock spending or wage growth instead)`,
      `'${parameter}' 不能随机变动：该基金按年龄分组，参保人数来自人口预测（可改为对支出或工资增长设冲击）`,
    );
    return null;
  }
  let arrays = target.arrays;
  if (parameter === 'disposable_income.growth') {
    arrays = PER_HEAD.filter((k) => valueAt(spec, [k, 'income_share']) !== undefined).map((k) => PER_HEAD_ARRAY[k]);
    if (!arrays.length) {
      fail(
        `'${parameter}' cannot vary anything: no per-head amount of this fund is a share of disposable income`,
        `'${parameter}' 不影响任何数值：该基金没有按人均可支配收入比例确定的人均金额`,
      );
      return null;
    }
  }
  const value = valueAt(spec, parameter.split('.'));
  if (value === undefined && !target.defaultZero) {
    fail(`'${parameter}' is not set in fund '${fundId}' (in this form), so it cannot vary`, `基金 '${fundId}' 未设置 '${parameter}'（或不是这种写法），不能对其设冲击`);
    return null;
  }
  let growth: Float64Array | null = null;
  if (target.effect === 'growth') {
    try {
      growth = value === undefined ? new Float64Array(timeline.length) : resolveNumberSeries(value as NumberSeries, timeline.baseYear, timeline.baseYear + timeline.length - 1);
    } catch (e) {
      if (!(e instanceof SeriesError)) throw e;
      return null; // reported where the parameter itself is resolved
    }
  }
  let compounded: Float64Array | null = null;
  if (growth) {
    compounded = new Float64Array(growth.length);
    compounded[0] = 1;
    for (let t = 1; t < growth.length; t++) compounded[t] = compounded[t - 1] * (1 + growth[t]);
  }
  return { fund, parameter, effect: target.effect, arrays, growth, compounded, min: target.min, max: target.max };
}

/** Cholesky factor of the correlation matrix (shocks in declaration order), or null when no correlations are given. */
function correlationFactor(spec: StochasticSpec, ids: string[], fail: Fail): Float64Array | null {
  const list = spec.correlations ?? [];
  if (!list.length) return null;
  const n = ids.length;
  const R = new Float64Array(n * n);
  for (let i = 0; i < n; i++) R[i * n + i] = 1;
  const where = new Map<string, number>();
  let ok = true;
  list.forEach((c, m) => {
    const at: Path = ['stochastic', 'correlations', m];
    const [a, b] = c.between;
    const i = ids.indexOf(a);
    const j = ids.indexOf(b);
    for (const [id, k, pos] of [[a, i, 0], [b, j, 1]] as const) {
      if (k < 0) {
        ok = false;
        fail([...at, 'between', pos], `no shock '${id}' (shocks: ${ids.join(', ')})`, `没有名为 '${id}' 的冲击（现有：${ids.join('、')}）`);
      }
    }
    if (i < 0 || j < 0) return;
    if (i === j) {
      ok = false;
      return fail([...at, 'between'], `a shock's correlation with itself is 1 by definition: name two different shocks`, `冲击与自身的相关系数恒为1：请给出两个不同的冲击`);
    }
    const pair = `${Math.min(i, j)}:${Math.max(i, j)}`;
    if (where.has(pair)) {
      ok = false;
      return fail([...at, 'between'], `the pair ${a}–${b} is already given in correlations[${where.get(pair)}]`, `${a}–${b} 的相关系数已在 correlations[${where.get(pair)}] 中给出`);
    }
    where.set(pair, m);
    R[i * n + j] = c.rho;
    R[j * n + i] = c.rho;
  });
  if (!ok) return null;
  const f = cholesky(R, n);
  if ('L' in f) return f.L;
  const bad = ids[f.failedAt];
  const involved = list.map((c, m) => ({ c, m })).filter(({ c }) => c.between.includes(bad) && ids.indexOf(c.between[0] === bad ? c.between[1] : c.between[0]) < f.failedAt);
  const names = involved.map(({ c }) => (c.between[0] === bad ? c.between[1] : c.between[0]));
  fail(
    ['stochastic', 'correlations', ...(involved.length ? [involved[involved.length - 1].m] : [])],
    `the correlation matrix is not positive definite: the correlations of '${bad}' with ${names.map((x) => `'${x}'`).join(', ') || 'earlier shocks'} cannot hold together (Cholesky pivot ${f.pivot.toPrecision(3)} ≤ 0); make them smaller or consistent`,
    `相关系数矩阵不是正定矩阵：'${bad}' 与 ${names.map((x) => `'${x}'`).join('、') || '前面的冲击'} 的相关系数相互矛盾（Cholesky 主元 ${f.pivot.toPrecision(3)} ≤ 0）；请调小或使其一致`,
  );
  return null;
}

/** SHA-256 of the block as canonical JSON (keys sorted within each shock; `source` texts left out) and the base year. */
function specHash(spec: StochasticSpec, baseYear: number): string {
  const canonical = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(canonical);
    if (typeof v === 'object' && v !== null) {
      const o = v as Record<string, unknown>;
      return Object.fromEntries(Object.keys(o).filter((k) => k !== 'source').sort().map((k) => [k, canonical(o[k])]));
    }
    return v;
  };
  // the shocks keep their declaration order: it is the order in which each stream is drawn
  const shocks = Object.entries(spec.shocks).map(([id, sp]) => [id, canonical(sp)]);
  return createHash('sha256').update(JSON.stringify({ base_year: baseYear, shocks, correlations: canonical(spec.correlations ?? []) })).digest('hex');
}
