import { describe, expect, it } from 'vitest';
import { ShockDrawer } from '../../src/stochastic/drawShocks';
import type { ResolvedShock, ShockDistribution, StochasticModel } from '../../src/stochastic/types';

/**
 * Each distribution's draws against its textbook moments (mean, variance, bounds), correlated draws
 * against their target correlation, and AR(1) persistence and parameter uncertainty against the
 * variances they imply — sample estimates from N paths, within 5 standard errors of Monte Carlo
 * (se of a mean = sd/√n; of a variance ≈ var·√(2/n) for near-normal draws, wider for the flat ones as
 * noted; of a correlation ≈ (1 − ρ²)/√n). The expected figures are the formulas, not the code.
 */
const N = 20_000;

function shock(id: string, distribution: ShockDistribution, ar1 = 0, parameterSd = 0): ResolvedShock {
  return { id, home: 0, distribution, ar1, parameterSd, targets: [] };
}

/** draws `years` yearly values of every shock on N paths: out[j][t − 1] is a Float64Array over paths */
function drawAll(shocks: ResolvedShock[], years: number, cholesky: Float64Array | null = null): Float64Array[][] {
  const model: StochasticModel = { hash: 'distribution-test', shocks, cholesky };
  const L = years + 1;
  const drawer = new ShockDrawer(model, ['fund'], 'seed-1', L);
  const out = shocks.map(() => Array.from({ length: years }, () => new Float64Array(N)));
  let baseShocked = 0;
  for (let p = 0; p < N; p++) {
    const v = drawer.draw(p);
    for (let j = 0; j < shocks.length; j++) {
      if (v[j * L] !== 0) baseShocked++; // s_{j,0} = 0: the base year is never shocked
      for (let t = 1; t < L; t++) out[j][t - 1][p] = v[j * L + t];
    }
  }
  expect(baseShocked).toBe(0);
  return out;
}

function mean(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i];
  return s / x.length;
}
function variance(x: ArrayLike<number>): number {
  const m = mean(x);
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i] - m) ** 2;
  return s / (x.length - 1);
}
function correlation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}
/** |estimate − expected| within 5 standard errors */
function within(estimate: number, expected: number, se: number): void {
  expect(Math.abs(estimate - expected), `estimate ${estimate}, expected ${expected} ± 5 × ${se}`).toBeLessThan(5 * se);
}

describe('shock distributions: draws against their moments and bounds', () => {
  it('normal(mean 0.01, sd 0.02): mean 0.01, variance 0.0004', () => {
    const [[x]] = drawAll([shock('n', { kind: 'normal', mean: 0.01, sd: 0.02 })], 1);
    within(mean(x), 0.01, 0.02 / Math.sqrt(N));
    within(variance(x), 0.0004, 0.0004 * Math.sqrt(2 / N));
  });

  it('lognormal(σ = 0.2) innovation exp(σz − σ²/2) − 1: mean 0 (the −σ²/2 shift; without it the mean is e^{σ²/2} − 1 = 0.0202), variance e^{σ²} − 1 = 0.04081, never below −1', () => {
    const [[x]] = drawAll([shock('ln', { kind: 'lognormal', sd: 0.2 })], 1);
    const v = Math.expm1(0.04);
    within(mean(x), 0, Math.sqrt(v / N));
    // a lognormal's variance estimate is wider than a normal's (kurtosis ≈ 3.7 at σ = 0.2): se ≈ v·√((κ − 1)/n)
    within(variance(x), v, v * Math.sqrt(3 / N));
    expect(Math.min(...x)).toBeGreaterThan(-1);
  });

  it('truncated normal(0, 0.02) on [−0.01, 0.03]: inside the bounds, no mass at them (a censored normal puts 31 % at −0.01), the truncated mean and variance', () => {
    const [[x]] = drawAll([shock('tn', { kind: 'truncated_normal', mean: 0, sd: 0.02, lower: -0.01, upper: 0.03 })], 1);
    expect(Math.min(...x)).toBeGreaterThanOrEqual(-0.01);
    expect(Math.max(...x)).toBeLessThanOrEqual(0.03);
    const atBound = x.filter((v) => v === -0.01 || v === 0.03).length;
    expect(atBound).toBeLessThan(5);
    // α = −0.5, β = 1.5; standard normal table: φ(−0.5) = 0.3520653, φ(1.5) = 0.1295176,
    // Φ(−0.5) = 0.3085375, Φ(1.5) = 0.9331928, Z = Φ(β) − Φ(α) = 0.6246553
    const Z = 0.9331928 - 0.3085375;
    const r = (0.3520653 - 0.1295176) / Z; // (φ(α) − φ(β))/Z = 0.356273
    const m = 0.02 * r; // μ + σ·r = 0.0071255
    const v = 0.0004 * (1 + (-0.5 * 0.3520653 - 1.5 * 0.1295176) / Z - r * r); // σ²[1 + (αφ(α) − βφ(β))/Z − r²] = 1.121e-4
    within(mean(x), m, Math.sqrt(v / N));
    within(variance(x), v, v * Math.sqrt(2 / N));
  });

  it('uniform on [−0.02, 0.04]: inside the bounds, mean 0.01, variance (b − a)²/12 = 0.0003', () => {
    const [[x]] = drawAll([shock('u', { kind: 'uniform', lower: -0.02, upper: 0.04 })], 1);
    expect(Math.min(...x)).toBeGreaterThanOrEqual(-0.02);
    expect(Math.max(...x)).toBeLessThanOrEqual(0.04);
    expect(Math.min(...x)).toBeLessThan(-0.0199); // reaches both ends
    expect(Math.max(...x)).toBeGreaterThan(0.0399);
    within(mean(x), 0.01, Math.sqrt(0.0003 / N));
    // a uniform's variance estimate: se = v·√((κ − 1)/n) with kurtosis κ = 1.8
    within(variance(x), 0.0003, 0.0003 * Math.sqrt(0.8 / N));
  });

  it('triangular(−0.03, mode 0.01, 0.02): inside the bounds, mean (a + c + b)/3, variance (a² + b² + c² − ab − ac − bc)/18', () => {
    const [a, c, b] = [-0.03, 0.01, 0.02];
    const [[x]] = drawAll([shock('t', { kind: 'triangular', lower: a, mode: c, upper: b })], 1);
    expect(Math.min(...x)).toBeGreaterThanOrEqual(a);
    expect(Math.max(...x)).toBeLessThanOrEqual(b);
    const v = (a * a + b * b + c * c - a * b - a * c - b * c) / 18; // 1.1667e-4
    within(mean(x), (a + b + c) / 3, Math.sqrt(v / N));
    // kurtosis of a triangular distribution is 2.4
    within(variance(x), v, v * Math.sqrt(1.4 / N));
  });

  it('bootstrap of 4 residuals: each drawn with probability ¼ (a biased index never draws the last, or draws the first twice as often)', () => {
    const residuals = Float64Array.of(-0.02, 0, 0.01, 0.05);
    const [[x]] = drawAll([shock('b', { kind: 'bootstrap', residuals })], 1);
    for (const r of residuals) {
      const share = x.filter((v) => v === r).length / N;
      within(share, 0.25, Math.sqrt(0.25 * 0.75 / N));
    }
    expect(x.every((v) => residuals.includes(v))).toBe(true);
  });
});

describe('correlated shocks and persistence', () => {
  it('two normals with target correlation 0.6 (Cholesky L = [[1, 0], [0.6, 0.8]]): sample correlation 0.6, each keeps its sd; read transposed they would come out independent', () => {
    const L = Float64Array.of(1, 0, 0.6, 0.8);
    const [[x], [y]] = drawAll([shock('a', { kind: 'normal', mean: 0, sd: 0.01 }), shock('b', { kind: 'normal', mean: 0, sd: 0.03 })], 1, L);
    within(correlation(x, y), 0.6, (1 - 0.36) / Math.sqrt(N));
    within(variance(x), 1e-4, 1e-4 * Math.sqrt(2 / N));
    within(variance(y), 9e-4, 9e-4 * Math.sqrt(2 / N));
  });

  it('three shocks, correlations 0.5, −0.3, 0.2 (L by hand below): every pair at its target', () => {
    // R = [[1, .5, -.3], [.5, 1, .2], [-.3, .2, 1]]; L11 = 1, L21 = .5, L22 = √.75, L31 = −.3,
    // L32 = (.2 − .5·(−.3))/√.75 = .35/√.75, L33 = √(1 − .09 − .35²/.75)
    const l22 = Math.sqrt(0.75);
    const l32 = 0.35 / l22;
    const L = Float64Array.of(1, 0, 0, 0.5, l22, 0, -0.3, l32, Math.sqrt(1 - 0.09 - l32 * l32));
    const n = (id: string) => shock(id, { kind: 'normal', mean: 0, sd: 0.02 });
    const [[x], [y], [z]] = drawAll([n('a'), n('b'), n('c')], 1, L);
    within(correlation(x, y), 0.5, 0.75 / Math.sqrt(N));
    within(correlation(x, z), -0.3, 0.91 / Math.sqrt(N));
    within(correlation(y, z), 0.2, 0.96 / Math.sqrt(N));
  });

  it('AR(1) φ = 0.5 with parameter sd τ = 0.02 over innovations of sd σ = 0.01: s_t = δ + x_t, Var(s_t) = τ² + σ²(1 − φ^{2t})/(1 − φ²); δ fed through the recursion would give ≈ 4τ²', () => {
    const [phi, tau, sigma] = [0.5, 0.02, 0.01];
    const [s] = drawAll([shock('ar', { kind: 'normal', mean: 0, sd: sigma }, phi, tau)], 10);
    for (const t of [1, 2, 10]) {
      const v = tau * tau + (sigma * sigma * (1 - phi ** (2 * t))) / (1 - phi * phi);
      within(mean(s[t - 1]), 0, Math.sqrt(v / N));
      within(variance(s[t - 1]), v, v * Math.sqrt(2 / N));
    }
    // Cov(s_1, s_2) = τ² + φσ² (δ shared, x_2 = φx_1 + u_2)
    const c = tau * tau + phi * sigma * sigma;
    const v1 = tau * tau + sigma * sigma;
    const v2 = tau * tau + sigma * sigma * (1 + phi * phi);
    const rho = c / Math.sqrt(v1 * v2);
    within(correlation(s[0], s[1]), rho, (1 - rho * rho) / Math.sqrt(N));
  });

  it('without persistence or parameter uncertainty the years are independent', () => {
    const [s] = drawAll([shock('iid', { kind: 'normal', mean: 0, sd: 0.01 })], 3);
    within(correlation(s[0], s[1]), 0, 1 / Math.sqrt(N));
    within(correlation(s[0], s[2]), 0, 1 / Math.sqrt(N));
  });
});
