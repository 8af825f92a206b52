import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs for each mutated folder (stryker.config.mjs): those that exercise it,
 * not the whole suite (charts, reports, notebooks and the CLI are left out: slow, and they test
 * other folders). MUTATE_FOLDER picks the set.
 */
const TESTS: Record<string, string[]> = {
  engine: ['test/engine', 'test/golden', 'test/reference', 'test/docs', 'test/history', 'test/totals', 'test/properties'],
  assumptions: ['test/assumptions', 'test/golden', 'test/reference', 'test/bounds', 'test/snapshot', 'test/docs', 'test/levers', 'test/scenario', 'test/membership'],
  scenario: ['test/scenario', 'test/bounds', 'test/golden', 'test/reference', 'test/docs', 'test/membership'],
  solve: ['test/solve', 'test/docs', 'test/levers'],
  attribution: ['test/levers/attribution.test.ts', 'test/attribution'],
  levers: ['test/levers', 'test/sensitivity', 'test/solve/solveLever.test.ts', 'test/solve/phasedPath.test.ts'],
  sensitivity: ['test/sensitivity', 'test/levers'],
  history: ['test/history', 'test/totals', 'test/calibrate', 'test/backtest'],
  backtest: ['test/backtest'],
  calibrate: ['test/calibrate'],
  stochastic: ['test/montecarlo', 'test/stochastic'],
  montecarlo: ['test/montecarlo'],
};
const folder = process.env.MUTATE_FOLDER ?? 'engine';

export default defineConfig({
  test: {
    include: (TESTS[folder] ?? ['test']).map((dir) => (dir.endsWith('.ts') ? dir : `${dir}/**/*.test.ts`)),
    // left out per mutant (every one runs them, for little more): the 128 overlay combinations and
    // the age-detailed scenarios of the reference comparison (membership is an input to the engine);
    // and the bounds meta-tests, which read src/ as text (Stryker's instrumented copy in the sandbox)
    testNamePattern: /^(?!.*(combinations of the|age-detailed|has a fixture|names a bound or check)).*$/,
    testTimeout: 60_000,
  },
});
