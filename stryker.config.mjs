// Mutation testing (StrykerJS + the vitest runner), one source folder per run:
//   npm run mutate               # engine, assumptions, scenario, solve, one after another
//   npm run mutate -- engine     # one folder
// Each folder has its own incremental file and reports under out/mutation/<folder>/ (git-ignored),
// so a rerun only tests mutants whose code or tests changed. Not part of npm test or CI: a full
// run takes a long time on a small machine (scripts/mutate.sh runs it at the lowest priority).
const folder = process.env.MUTATE_FOLDER ?? 'engine';

export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: [`src/${folder}/**/*.ts`, `!src/${folder}/**/types.ts`, `!src/${folder}/**/index.ts`],
  coverageAnalysis: 'perTest',
  // Stryker rewrites the sandbox's tsconfig through the TypeScript 5 JS API, which TypeScript 7 no
  // longer has; vitest needs no tsconfig rewrite (paths are relative), so point it at no file
  tsconfigFile: 'no-tsconfig-rewrite.json',
  concurrency: 1,
  // a mutant in module-level code would rerun every test: such static mutants are reported as
  // ignored (few here: constant tables), which keeps a folder's run under an hour
  ignoreStatic: true,
  // not copied into the sandbox: notebooks (its src is a symlink to a folder), outputs, builds, benchmarks
  ignorePatterns: ['/notebooks', '/out', '/dist', '/bench', '/docs', '/.ci'],
  incremental: true,
  incrementalFile: `out/mutation/${folder}/incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `out/mutation/${folder}/index.html` },
  jsonReporter: { fileName: `out/mutation/${folder}/mutation.json` },
  tempDirName: `out/mutation/${folder}/.tmp`,
  cleanTempDir: 'always',
  timeoutMS: 20000,
  // the initial run of a folder's tests on a loaded shared machine can take more than the default 5 minutes
  dryRunTimeoutMinutes: 30,
  thresholds: { high: 90, low: 80, break: null },
};
