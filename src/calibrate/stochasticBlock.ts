import { cholesky } from '../stochastic/cholesky';
import type { StochasticSpec } from '../scenario/stochasticSchema';
import type { Calibration, CalibratedParameter } from './calibrateScenario';
import { MIN_CHANGES_FOR_RANGE } from './growthShockModel';
import { residualCorrelation } from './residualCorrelation';

/** One fitted shock of a stochastic block, with what it rests on (for the overlay's comments). */
export interface FittedShock {
  readonly id: string;
  /** `<fund>.<parameter path>` of every parameter it moves (parameters fitted on the same series share one shock). */
  readonly on: readonly string[];
  readonly parameter: CalibratedParameter;
  /** The comment: sizes, their n, and a warning when the record is too short to size a range. */
  readonly note: string;
  /** True when the sizes rest on fewer than MIN_CHANGES_FOR_RANGE yearly changes. */
  readonly short: boolean;
}

/** A stochastic block fitted from the record, with its notes. */
export interface FittedStochastic {
  readonly block: StochasticSpec;
  readonly shocks: readonly FittedShock[];
  /** Correlations estimated (with n), dropped (too few common years, or to keep the matrix positive definite), and shocks kept from the scenario. */
  readonly notes: readonly string[];
  /** Warnings (e.g. a range sized from too few years), also in the notes of their shocks. */
  readonly warnings: readonly string[];
}

const sameSeries = (a: CalibratedParameter, b: CalibratedParameter) =>
  a.fund === b.fund && a.observed.length === b.observed.length && a.observed.every((o, i) => o.year === b.observed[i].year && o.value === b.observed[i].value);
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * The `stochastic` block `calibrate --stochastic` writes, sized from each series' own record
 * (growthShockModel; docs/calibration.md "Ranges from the record"):
 *
 * - one normal shock per fitted series (parameters fitted on the very same observed series, e.g.
 *   spending per active and per retiree from one spending-per-equivalent series, share one shock);
 * - sizes in the parameter's unit (a growth rate): a shock s on a growth g moves the log level by
 *   ln(1 + g + s) − ln(1 + g) ≈ s/(1 + g), so the log-scale sizes σ_u and τ are multiplied by 1 + ĝ:
 *   `sd` = σ_u(1 + ĝ), `parameter_sd` = τ(1 + ĝ), `ar1` = φ where estimated and distinguishable from 0;
 * - correlations between shocks: the correlation of the two series' yearly growth residuals where at
 *   least MIN_YEARS_FOR_CORRELATION common years give it, stated with n; if the matrix is then not
 *   positive definite, the weakest correlation is dropped until it is (each drop stated);
 * - a shock of the scenario's own block on parameters calibration did not fit (e.g. the interest
 *   rate) is kept as written, with its correlations to other kept shocks.
 * A series with fewer than MIN_CHANGES_FOR_RANGE yearly changes still gets its sizes, with a warning
 * that they are too short to size a range. Parameters without a shock model (fewer than three
 * points) get no shock, also stated.
 */
export function stochasticBlock(calibration: Calibration, existing?: StochasticSpec): FittedStochastic {
  const groups: CalibratedParameter[][] = [];
  for (const p of calibration.parameters) {
    const g = groups.find((x) => sameSeries(x[0], p));
    if (g) g.push(p);
    else groups.push([p]);
  }
  const notes: string[] = [];
  const warnings: string[] = [];
  const shocks: FittedShock[] = [];
  for (const group of groups) {
    const p = group[0];
    const on = group.map((q) => `${q.fund}.${q.path.join('.')}`);
    const m = p.shocks;
    if (!m) {
      notes.push(`${on.join(', ')}: no shock — ${p.observed.length} observed years give no residual sd of yearly growth (3 needed)`);
      continue;
    }
    const id = `${p.fund}_${p.path.filter((k) => k !== 'indexed').join('_')}`.toLowerCase().replace(/[^a-z0-9_]/g, '_').replace(/^[^a-z]+/, 's_');
    const ar1 = m.ar1Estimate === null ? `AR(1) not estimated (fewer than 8 changes)` : `AR(1) φ̂ = ${m.ar1Estimate.toFixed(2)} (n = ${m.n}; ${m.ar1 === 0 ? 'within ±1.96/√n of 0: φ = 0 used' : 'used'})`;
    const short = m.short;
    const warn = short ? `WARNING: sized from ${m.n} yearly changes, fewer than ${MIN_CHANGES_FOR_RANGE}: too short to size a range with confidence / 警告：仅${m.n}个年度变化，样本过短，区间不可靠` : '';
    if (short) warnings.push(`${on.join(', ')}: ${warn}`);
    const note = `fitted from ${p.fit.method} on ${p.fit.period[0]}–${p.fit.period[1]} of ${p.fittedOn}: residual sd of yearly growth ${(100 * m.sd).toFixed(2)} pt (n = ${m.n} changes), ${ar1}, ` +
      `parameter sd ${(100 * m.parameterSd).toFixed(2)} pt (standard error of the mean growth); sizes × (1 + ĝ) into growth-rate units${short ? '. ' + warn : ''}`;
    shocks.push({ id, on, parameter: p, note, short });
  }
  const spec: Record<string, StochasticSpec['shocks'][string]> = {};
  for (const s of shocks) {
    const m = s.parameter.shocks!;
    const k = 1 + s.parameter.fit.growth;
    spec[s.id] = {
      on: [...s.on],
      distribution: 'normal',
      sd: round6(m.innovationSd * k),
      ...(m.ar1 !== 0 ? { ar1: round6(m.ar1) } : {}),
      parameter_sd: round6(m.parameterSd * k),
      source: `fundcast calibrate --stochastic: ${s.note}`,
    } as StochasticSpec['shocks'][string];
  }
  // shocks of the scenario on parameters not fitted here are kept
  const fitted = new Set(shocks.flatMap((s) => s.on));
  const kept: string[] = [];
  for (const [id, shock] of Object.entries(existing?.shocks ?? {})) {
    if (shock.on.some((t) => fitted.has(t)) || id in spec) continue;
    spec[id] = structuredClone(shock);
    kept.push(id);
    notes.push(`${id}: kept from the scenario (${shock.on.join(', ')}: not fitted from the history)`);
  }
  const ids = Object.keys(spec);
  const pairs: { a: string; b: string; rho: number; n: number }[] = [];
  for (let i = 0; i < shocks.length; i++) {
    for (let j = i + 1; j < shocks.length; j++) {
      const pa = shocks[i].parameter.observed;
      const pb = shocks[j].parameter.observed;
      const r = residualCorrelation(pa.map((o) => o.year), pa.map((o) => o.value), pb.map((o) => o.year), pb.map((o) => o.value));
      if (r === null) {
        notes.push(`${shocks[i].id} × ${shocks[j].id}: no correlation (fewer than 5 common yearly changes): independent`);
        continue;
      }
      pairs.push({ a: shocks[i].id, b: shocks[j].id, rho: round6(r.rho), n: r.n });
    }
  }
  for (const c of existing?.correlations ?? []) {
    if (kept.includes(c.between[0]) && kept.includes(c.between[1])) pairs.push({ a: c.between[0], b: c.between[1], rho: c.rho, n: 0 });
  }
  const pd = (list: typeof pairs) => {
    const K = ids.length;
    const R = new Float64Array(K * K);
    for (let i = 0; i < K; i++) R[i * K + i] = 1;
    for (const c of list) {
      const i = ids.indexOf(c.a);
      const j = ids.indexOf(c.b);
      R[i * K + j] = R[j * K + i] = c.rho;
    }
    return 'L' in cholesky(R, K);
  };
  let used = [...pairs];
  while (used.length && !pd(used)) {
    const weakest = used.filter((c) => c.n > 0).reduce((w, c) => (Math.abs(c.rho) < Math.abs(w.rho) ? c : w), used.find((c) => c.n > 0) ?? used[0]);
    used = used.filter((c) => c !== weakest);
    notes.push(`${weakest.a} × ${weakest.b}: correlation ${weakest.rho.toFixed(2)} dropped to keep the correlation matrix positive definite`);
  }
  for (const c of used) if (c.n > 0) notes.push(`${c.a} × ${c.b}: correlation ${c.rho.toFixed(2)} of yearly growth residuals (n = ${c.n} common years)`);
  const correlations = used.map((c) => ({ between: [c.a, c.b] as [string, string], rho: c.rho }));
  return { block: { shocks: spec, ...(correlations.length ? { correlations } : {}) }, shocks, notes, warnings };
}
