import { configDefaults, defineConfig } from 'vitest/config';

// Two projects: `unit` (in-process) and `integration` (builds, packs, installs and spawns processes;
// one file at a time). `npx vitest run --project unit` runs the first alone.
//
// `unit` runs its files in worker threads that keep their loaded modules from one file to the next
// (isolate: false): measured on the whole suite (1,410 tests) this takes 62 s of CPU against 107 s
// with a fresh module graph per file in child processes (vitest's default), the same tests passing.
// It holds because no test there mocks modules or changes shared module state; a test that must goes
// in test/mocked/, the `mocked` project, where each file gets a fresh module graph.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    // builds dist/ once before any test (bin/fundcast.cjs and the pack test use it)
    globalSetup: ['test/buildDist.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/integration/**', 'test/mocked/**'], pool: 'threads', isolate: false },
      },
      {
        extends: true,
        test: { name: 'mocked', include: ['test/mocked/**/*.test.ts'], pool: 'threads', isolate: true },
      },
      { extends: true, test: { name: 'integration', include: ['test/integration/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000, fileParallelism: false } },
    ],
  },
});
