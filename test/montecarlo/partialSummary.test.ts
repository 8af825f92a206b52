import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, mergeScenario, resolveAssumptions, validateScenario } from '../../src/index';
import { emptyPartialSummary, mergePartialSummary } from '../../src/montecarlo/partialSummary';
import { binOf, emptyGrids, orderStatistics, setGrid, BINS, ZERO_BIN } from '../../src/montecarlo/quantileGrid';
import { simulate, simulatePartial, simulatePaths } from '../../src/montecarlo/simulate';
import { summarizePartial } from '../../src/montecarlo/summarizePartial';
import { kernelModel } from '../../src/montecarlo/kernelModel';
import { project } from '../../src/engine/project';

// Streaming summaries (issue 20): partial summaries of any split of a run's paths merge into exactly
// the summary of the whole; their exact statistics equal the exact summary's; their quantiles are
// within the rank error they state of exact type 7 on the same paths (recomputed here by sorting).
const root = join(__dirname, '..', '..');
const example = join(root, 'scenarios', 'examples', 'national-stochastic.yaml');
const district = join(root, 'scenarios', 'examples', 'small-district.yaml');
const a = resolveAssumptions(loadScenario(example));
/** A district with a top-up rule (top-ups exactly 0 on many paths: the zero atom) and a cost shock. */
const withTopUps = resolveAssumptions(validateScenario(mergeScenario(loadScenario(district).scenario, {
  funds: { employee: { rules: { treasury_top_up: { floor_months: 6, from: 2026 } } } },
  stochastic: { shocks: { cost: { on: ['employee.spending.active_growth', 'employee.spending.retiree_growth'], distribution: 'normal', sd: 0.03 } } },
}), district));
const sameBytes = (x: ArrayBufferView, y: ArrayBufferView) => Buffer.from(x.buffer, x.byteOffset, x.byteLength).equals(Buffer.from(y.buffer, y.byteOffset, y.byteLength));
const deterministic = (x: typeof a) => project(x).funds.map((f) => f.rows.map((r) => ({ balance: r.balance, reserveMonths: r.reserveMonths })));

describe('partial summaries merge exactly', () => {
  it('1 thread, 2 threads and two chunkings give the same bytes', async () => {
    const run = async (o: object) => JSON.stringify(await simulate(a, { paths: 1500, seed: 'merge', quantileMethod: 'histogram', ...o }));
    const one = await run({ threads: 1 });
    expect(await run({ threads: 1, chunkSize: 777 })).toBe(one);
    expect(await run({ threads: 2, chunkSize: 600 })).toBe(one);
  });

  it('shares of a run computed apart (firstPath) and merged = the whole run', async () => {
    const whole = await simulatePartial(a, { paths: 1500, seed: 'shares', threads: 1 });
    const parts = await Promise.all([[0, 500], [500, 1200], [1200, 1500]].map(([from, to]) => simulatePartial(a, { firstPath: from, paths: to - from, seed: 'shares', threads: 1 })));
    const merged = parts.reduce((m, p) => mergePartialSummary(m, p.partial), emptyPartialSummary(a.funds.length, whole.partial.years, a.bands.length));
    // every share set the same grids from the same pilot; the merged counts and extremes are the whole's, to the bit
    for (const p of parts) for (const key of ['edges', 'nEdges', 'inverseWidth', 'cells', 'cellScale'] as const) expect(sameBytes(p.grids[key], whole.grids[key]), key).toBe(true);
    for (const key of ['deficits', 'exhaustedBy', 'undefinedMonths', 'below', 'firstDeficit', 'exhaustion', 'anyTopUp', 'bins', 'min', 'max'] as const) expect(sameBytes(merged[key], whole.partial[key]), key).toBe(true);
    expect(merged.paths).toBe(1500);
    const summary = (p: typeof merged) => JSON.stringify(summarizePartial(kernelModel(a), p, whole.grids, 0, { seed: 'shares', floorMonths: 3, deterministic: deterministic(a) }));
    expect(summary(merged)).toBe(summary(whole.partial));
  });
});

describe('histogram summaries against exact ones on the same paths', () => {
  for (const [name, scenario, N] of [['national stochastic example', a, 3000], ['district with a top-up rule', withTopUps, 3000]] as const) {
    it(`${name}, ${N} paths: exact statistics equal, quantiles within the stated rank error`, async () => {
      const options = { paths: N, seed: 'versus', threads: 1 };
      const [hist, exact, block] = await Promise.all([simulate(scenario, { ...options, quantileMethod: 'histogram' }), simulate(scenario, { ...options, quantileMethod: 'exact' }), simulatePaths(scenario, options)]);
      expect(hist.settings.quantileMethod).toBe('histogram');
      expect(exact.settings.quantileMethod).toBeUndefined();
      const err = hist.settings.quantileRankError!;
      expect(err).toBeGreaterThan(0);
      expect(err).toBeLessThan(0.01);
      const T = block.years;
      hist.funds.forEach((fund, f) => {
        const e = exact.funds[f];
        // counts are exact: the same numbers as the exact summary's
        expect([fund.pTopUp, fund.firstDeficitYear, fund.exhaustionYear]).toEqual([e.pTopUp, e.firstDeficitYear, e.exhaustionYear]);
        fund.rows.forEach((row, y) => {
          const r = e.rows[y];
          expect([row.pDeficit, row.pExhaustedBy, row.pBelow, row.undefinedMonths, row.deterministic]).toEqual([r.pDeficit, r.pExhaustedBy, r.pBelow, r.undefinedMonths, r.deterministic]);
          const cols = block.funds[f];
          for (const [k, col] of [['balance', cols.balance], ['reserveMonths', cols.months], ['income', cols.income], ['expenditure', cols.expenditure], ['topUp', cols.topUp]] as const) {
            const sorted = Array.from({ length: N }, (_, p) => col[p * T + y]).filter((v) => !Number.isNaN(v)).sort((x, z) => x - z);
            const n = sorted.length;
            for (const q of hist.settings.quantiles) {
              const key = `p${Number((q * 100).toPrecision(12))}`;
              const got = row[k][key]!;
              // the stated bound: between the exact order statistics at ranks (n − 1)·q ∓ err·n, to 1e-12
              // relative (a run of values within 1e-12 of each other is one point: quantileGrid)
              const lo = sorted[Math.max(0, Math.floor((n - 1) * q - err * n))] - 1e-12 * Math.abs(sorted[0]);
              const hi = sorted[Math.min(n - 1, Math.ceil((n - 1) * q + err * n))] + 1e-12 * Math.abs(sorted[n - 1]);
              if (!(got >= lo && got <= hi)) expect.fail(`${fund.id} ${row.year} ${k} ${key}: ${got} outside [${lo}, ${hi}] (exact ${r[k][key]})`);
            }
          }
        });
      });
    });
  }

  it('the top-up case has what it is for: a year where many paths pay no top-up (the zero atom) and most do, and months pinned at the floor', async () => {
    const r = await simulate(withTopUps, { paths: 3000, seed: 'atom', threads: 1, quantileMethod: 'histogram' });
    expect(r.funds[0].rows.some((row) => row.topUp.p10 === 0 && row.topUp.p50! > 0)).toBe(true);
    expect(r.funds[0].rows.some((row) => Math.abs(row.reserveMonths.p25! - 6) < 1e-12 && Math.abs(row.reserveMonths.p75! - 6) < 1e-12)).toBe(true);
  });
});

describe('quantile grids (hand-sized)', () => {
  // values 1 … 1000 (and a zero atom of 200): the pilot is every 10th value
  const values = Float64Array.from({ length: 1000 }, (_, i) => i + 1);
  const grids = emptyGrids(1);
  setGrid(grids, 0, Float64Array.from([0, 0, ...values.filter((_, i) => i % 10 === 0)]));
  const bins = new Float64Array(BINS);
  for (const v of [...values, ...new Array(200).fill(0)]) bins[binOf(grids, 0, v)]++;

  it('zero goes to the atom, and bins grow with the value apart from it', () => {
    expect(binOf(grids, 0, 0)).toBe(ZERO_BIN);
    const bins = Array.from(values, (v) => binOf(grids, 0, v));
    for (let i = 1; i < bins.length; i++) expect(bins[i]).toBeGreaterThanOrEqual(bins[i - 1]);
    expect(binOf(grids, 0, -1000)).toBe(0); // below the padded pilot range (1 − 990/4)
    expect(binOf(grids, 0, 5000)).toBeGreaterThan(bins[999]); // above it
  });

  it('order statistics: exact at the ends and the atom, within their bin count elsewhere', () => {
    // ascending: 200 zeros, then 1 … 1000: x(j) = 0 for j < 200, j − 199 after
    const ranks = [0, 150, 199, 200, 450, 700, 1199];
    const stats = orderStatistics(grids, 0, bins, 0, 0, 1000, ranks);
    expect(stats.slice(0, 3)).toEqual([{ value: 0, error: 0 }, { value: 0, error: 0 }, { value: 0, error: 0 }]);
    expect(stats.at(-1)).toEqual({ value: 1000, error: 0 });
    stats.forEach((s, i) => {
      const exact = ranks[i] < 200 ? 0 : ranks[i] - 199;
      // consecutive integers: a rank error of e is a value error of at most e (+ the half-bin offset)
      expect(Math.abs(s.value - exact)).toBeLessThanOrEqual(s.error + 1);
    });
    // 1 … 1000 at a pilot of every 10th value: bins of about 10/64 of a segment's width hold ≤ 1 integer each
    expect(Math.max(...stats.map((s) => s.error))).toBeLessThanOrEqual(1);
  });
});
