import { describe, expect, it } from 'vitest';
import { LEVERS, applyLever, leverArrays, loadScenario, resolveAssumptions, type Assumptions } from '../../src/index';
import { moveLever } from '../../src/levers/moveLever';

// Invariants of every lever in the registry, checked on shipped funds of each scheme, for every
// way a lever moves (set by a solver, adjust by a scenario, raise by the rate rule):
//  - the base year (index 0) is never rewritten, nor any year before the move starts;
//  - a level lever set to x from year s is x in s and keeps the path's own year-on-year ratios
//    after s (it is scaled against year s, not the base year or the first projected year);
//  - a growth lever set to x from s multiplies year i by (1 + x)^(i − s + 1), nothing before s.
// Compared to 1e-12 relative (a product of a few doubles).
const scenarios = ['scenarios/examples/small-district.yaml', 'scenarios/china-national-2025.yaml', 'scenarios/examples/county-totals.yaml'];
const loaded: Assumptions[] = scenarios.map((s) => resolveAssumptions(loadScenario(s)));
const near = (a: number, b: number, what: string) => expect(Math.abs(a - b), what).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));

describe('every lever leaves the base year and the years before its start alone', () => {
  for (const lever of LEVERS) {
    const a = loaded.find((x) => x.funds.some((f) => f.scheme === lever.scheme))!;
    const fund = a.funds.find((f) => f.scheme === lever.scheme)!;
    const n = a.timeline.length;
    it(`${lever.scheme} ${lever.name} (${lever.kind})`, () => {
      const before = leverArrays(fund, lever).map((x) => Array.from(x));
      for (const s of [1, 2, Math.floor(n / 2), n - 1]) {
        const x = lever.kind === 'growth' ? 0.01 : lever.kind === 'rate' ? Math.min(lever.max, Math.max(lever.min, before[0][s] + 0.01)) : before[0][s] * 1.1 + 1;
        const moved = [
          moveLever(fund, lever, { kind: 'set', value: x, fromIndex: s }, a.timeline),
          moveLever(fund, lever, { kind: 'adjust', from: a.timeline.baseYear + s, ...(lever.kind === 'growth' ? { add: 0.01 } : { multiply: 1.01 }) }, a.timeline),
          moveLever(fund, lever, { kind: 'raise', step: 0.001, cap: before[0][s] + 0.0005, fromIndex: s }, a.timeline),
        ];
        for (const m of moved) {
          leverArrays(m, lever).forEach((arr, k) => {
            for (let i = 0; i < s; i++) expect(arr[i], `${lever.name} array ${k} index ${i}, move from ${s}`).toBe(before[k][i]);
          });
        }
        const set = leverArrays(moved[0], lever);
        set.forEach((arr, k) => {
          const old = before[k];
          for (let i = s; i < n; i++) {
            if (lever.kind === 'rate' || lever.kind === 'amount') near(arr[i], x, `${lever.name} ${i}`);
            else if (lever.kind === 'growth') near(arr[i], old[i] * (1 + x) ** (i - s + 1), `${lever.name} ${i}`);
            else if (old[s] !== 0) {
              near(arr[s], x, `${lever.name} at its start`);
              near(arr[i] / arr[s], old[i] / old[s], `${lever.name} ratio ${i}/${s}`);
            }
          }
        });
      }
    });
  }

  it('applyLever refuses the base year itself (from must be a projected year)', () => {
    const a = loaded[0];
    expect(() => applyLever(a, { fund: a.funds[0].id, lever: 'employer_rate', value: 0.05, from: a.timeline.baseYear })).toThrow(/employer_rate/);
  });
});
