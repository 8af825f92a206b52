import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, mergeScenario, resolveAssumptions, validateScenario, type Assumptions } from '../../src/index';
import { simulate, simulatePaths } from '../../src/montecarlo/simulate';

// Every statistic of a Monte Carlo summary recounted here from the stored paths of the same run
// (simulatePaths, same seed: the same paths), by the definitions in docs/stochastic.md written out
// plainly — not by the summarizer's code. Hand-sized runs (4, 5 and 8 paths) so that ranks are
// integers ((n − 1)·q and q·N whole) and years tie across paths. Expected values are exact counts
// and order statistics of the same doubles: compared exactly.
const root = join(__dirname, '..', '..');
const example = join(root, 'scenarios', 'examples', 'national-stochastic.yaml');
const district = join(root, 'scenarios', 'examples', 'small-district.yaml');
const QS = [0, 0.025, 0.25, 0.5, 0.75, 0.975, 1];
const key = (q: number) => `p${Number((q * 100).toPrecision(12))}`;

/** Type 7 (R's default): h = (n − 1)·q; x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋+1 − x_⌊h⌋); over the defined values only. */
function type7(values: number[], q: number): number | null {
  const x = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (x.length === 0) return null;
  const h = (x.length - 1) * q;
  const j = Math.floor(h);
  return j + 1 < x.length ? x[j] + (h - j) * (x[j + 1] - x[j]) : x[j];
}

/** The earliest year y with (paths whose first event is ≤ y) / N ≥ q; null when none within the horizon. */
function yearQuantile(first: (number | null)[], years: number[], q: number): number | null {
  for (const y of years) if (first.filter((f) => f !== null && f <= y).length / first.length >= q) return y;
  return null;
}

/** A district whose shocks send some paths below zero and a rate rule that brings some back. */
function recovering(): Assumptions {
  const doc = mergeScenario(loadScenario(district).scenario, {
    funds: { employee: { rules: { rate_adjustment: { lever: 'employer_rate', below_months: 1, years: 1, step: 0.03, cap: 0.2, from: 2026 } } } },
    stochastic: { shocks: { cost: { on: ['employee.spending.active_growth', 'employee.spending.retiree_growth'], distribution: 'normal', sd: 0.04 } } },
  });
  return resolveAssumptions(validateScenario(doc, district));
}

async function recount(a: Assumptions, paths: number, seed: string) {
  const [summary, block] = await Promise.all([simulate(a, { paths, seed, threads: 1, quantiles: QS }), simulatePaths(a, { paths, seed, threads: 1 })]);
  return { summary, block };
}

const cases: [string, () => Assumptions, number][] = [
  ['national stochastic example, 4 paths', () => resolveAssumptions(loadScenario(example)), 4],
  ['national stochastic example, 5 paths', () => resolveAssumptions(loadScenario(example)), 5],
  ['a district that runs out and recovers (rate rule), 8 paths', recovering, 8],
];

describe('Monte Carlo summaries = a plain recount of the stored paths', () => {
  for (const [name, assumptions, N] of cases) {
    it(name, async () => {
      const a = assumptions();
      const { summary, block } = await recount(a, N, `recount-${N}`);
      const T = block.years;
      const years = Array.from({ length: T }, (_, y) => a.timeline.baseYear + 1 + y);
      summary.funds.forEach((fund, f) => {
        const cols = block.funds[f];
        const at = (col: Float64Array, p: number, y: number) => col[p * T + y];
        const column = (col: Float64Array, y: number) => Array.from({ length: N }, (_, p) => at(col, p, y));
        const firstExhausted: (number | null)[] = [];
        const firstDeficit: (number | null)[] = [];
        for (let p = 0; p < N; p++) {
          const e = years.findIndex((_, y) => at(cols.balance, p, y) < 0);
          const d = years.findIndex((_, y) => at(cols.income, p, y) < at(cols.expenditure, p, y));
          firstExhausted.push(e < 0 ? null : years[e]);
          firstDeficit.push(d < 0 ? null : years[d]);
        }
        fund.rows.forEach((row, y) => {
          expect(row.year).toBe(years[y]);
          for (const q of QS) {
            expect(row.balance[key(q)], `${fund.id} ${row.year} balance ${q}`).toBe(type7(column(cols.balance, y), q));
            expect(row.reserveMonths[key(q)], `${fund.id} ${row.year} months ${q}`).toBe(type7(column(cols.months, y), q));
            expect(row.income[key(q)]).toBe(type7(column(cols.income, y), q));
            expect(row.expenditure[key(q)]).toBe(type7(column(cols.expenditure, y), q));
            expect(row.topUp[key(q)]).toBe(type7(column(cols.topUp, y), q));
          }
          expect(row.pDeficit).toBe(column(cols.income, y).filter((v, p) => v < at(cols.expenditure, p, y)).length / N);
          // exhausted BY the year: negative in this year or any earlier one (a path that recovers still counts)
          expect(row.pExhaustedBy, `${fund.id} ${row.year} pExhaustedBy`).toBe(firstExhausted.filter((e) => e !== null && e <= row.year).length / N);
          const months = column(cols.months, y);
          expect(row.undefinedMonths).toBe(months.filter((m) => Number.isNaN(m)).length);
          // below band b: in ANY band under it — months under the upper bound of the band just below b
          // (or at it, when that band includes its upper bound)
          a.bands.slice(1).forEach((band, k) => {
            const under = a.bands[k];
            const below = months.filter((m) => !Number.isNaN(m) && (m < under.upper! || (under.upperInclusive && m === under.upper))).length;
            expect(row.pBelow[band.id], `${fund.id} ${row.year} below ${band.id}`).toBe(below / N);
          });
        });
        for (const [dist, first] of [[fund.exhaustionYear, firstExhausted], [fund.firstDeficitYear, firstDeficit]] as const) {
          expect(dist.byYear.map((b) => b.share)).toEqual(years.map((yr) => first.filter((e) => e === yr).length / N));
          expect(dist.notWithinHorizon).toBe(first.filter((e) => e === null).length / N);
          for (const q of QS.filter((x) => x > 0)) expect(dist.quantiles[key(q)], `${fund.id} year quantile ${q}`).toBe(yearQuantile(first, years, q));
        }
        const totals = Array.from({ length: N }, (_, p) => years.reduce((s, _y, y) => s + at(cols.topUp, p, y), 0));
        for (const q of QS) expect(fund.topUpTotal[key(q)]).toBeCloseTo(type7(totals, q)!, 6);
        expect(fund.pTopUp).toBe(totals.filter((t) => t > 0).length / N);
      });
    });
  }

  it('the recovering case has what it is for: a path exhausted and later positive again', async () => {
    const { block } = await recount(recovering(), 8, 'recount-8');
    const T = block.years;
    const b = block.funds[0].balance;
    const recovers = Array.from({ length: 8 }, (_, p) => p).some((p) => {
      const e = Array.from({ length: T }, (_, y) => b[p * T + y]).findIndex((v) => v < 0);
      return e >= 0 && Array.from({ length: T - e }, (_, k) => b[p * T + e + k]).some((v) => v >= 0);
    });
    expect(recovers).toBe(true);
  });

  it("the top-up floor reported is the fund's own rule's floor, else the command's", async () => {
    const own = resolveAssumptions(validateScenario(mergeScenario(loadScenario(district).scenario, { funds: { employee: { rules: { treasury_top_up: { floor_months: 4.5, from: 2026 } } } } }), district));
    const r = await simulate(own, { paths: 4, seed: 'floor', threads: 1, floorMonths: 2 });
    expect([r.funds[0].topUpBasis, r.funds[0].floorMonths]).toEqual(['rule', 4.5]);
    const none = await simulate(resolveAssumptions(loadScenario(district)), { paths: 4, seed: 'floor', threads: 1, floorMonths: 2 });
    expect([none.funds[0].topUpBasis, none.funds[0].floorMonths]).toEqual(['floor', 2]);
  });
});
