import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keyFigures, shippedScenarios, SNAPSHOT_FILE, type FundKeyFigures } from './keyFigures';

// Regression snapshot of the shipped scenarios' key figures (see keyFigures.ts). When a change is
// intended, run `npm run snapshot:update` and let the diff of key-figures.json show it for review.
const snapshot = JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8')) as Record<string, Record<string, FundKeyFigures>>;
const HOW = 'if the change is intended: npm run snapshot:update, and review the diff of test/snapshot/key-figures.json';

describe('regression snapshot of the shipped scenarios (test/snapshot/key-figures.json)', () => {
  it('the snapshot covers exactly the shipped scenarios', () => {
    expect(Object.keys(snapshot).sort(), HOW).toEqual(shippedScenarios().sort());
  });

  for (const file of shippedScenarios()) {
    // stored to 12 significant digits: 1e-11 relative separates storage rounding from any real change
    it(file, () => {
      const now = keyFigures(file);
      const then = snapshot[file];
      expect(then, HOW).toBeDefined();
      expect(Object.keys(now), HOW).toEqual(Object.keys(then));
      for (const [fund, k] of Object.entries(then)) {
        expect([now[fund].firstDeficitYear, now[fund].exhaustionYear], `${fund}: first deficit, exhaustion — ${HOW}`).toEqual([k.firstDeficitYear, k.exhaustionYear]);
        expect(Object.keys(now[fund].years), HOW).toEqual(Object.keys(k.years));
        for (const [year, values] of Object.entries(k.years)) {
          values.forEach((v, n) => {
            const a = now[fund].years[year][n];
            const ok = v === null ? a === null : a !== null && Math.abs(a - v) <= 1e-11 * Math.max(1, Math.abs(v));
            expect(ok, `${fund} ${year} ${n === 0 ? 'balance' : 'months'}: snapshot ${v}, now ${a} — ${HOW}`).toBe(true);
          });
        }
      }
    });
  }
});
