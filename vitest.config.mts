import { configDefaults, defineConfig } from 'vitest/config';

// Two projects: `unit` (fast, in-process) and `integration` (builds, packs, installs and spawns
// processes; one file at a time). `npx vitest run --project unit` runs the first alone.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    // builds dist/ once before any test (bin/fundcast.cjs and the pack test use it)
    globalSetup: ['test/buildDist.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/integration/**'] } },
      { extends: true, test: { name: 'integration', include: ['test/integration/**/*.test.ts'], testTimeout: 300_000, fileParallelism: false } },
    ],
  },
});
