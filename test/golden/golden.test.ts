import { afterAll, describe, expect, it } from 'vitest';
import { readGoldenCases, runGoldenCase } from './goldenCases';

// One harness for every golden case in test/golden/*.yaml (format: goldenCases.ts).
const cases = readGoldenCases(__dirname);
let figures = 0;

describe(`golden cases (${cases.length} files in test/golden)`, () => {
  it('there are golden cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const c of cases) {
    it(`${c.file.slice(__dirname.length + 1)}: ${c.name} [${c.source}]`, () => {
      const { mismatches, figures: n } = runGoldenCase(c);
      figures += n;
      expect(n, 'a case must check at least one figure').toBeGreaterThan(0);
      expect(mismatches.map((m) => `${m.where}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`)).toEqual([]);
    });
  }

  afterAll(() => {
    console.log(`golden harness: ${cases.length} cases, ${figures} figures checked`);
  });
});
