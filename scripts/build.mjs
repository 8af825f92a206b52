#!/usr/bin/env node
// build.mjs — builds the package into dist/ (`npm run build`; also run by `npm pack` through `prepack`).
//
//   dist/index.js, dist/**/*.d.ts   the library (ESM; dependencies stay imports) and its type declarations
//                                   from the doc-commented sources (src/cli excluded)
//   dist/dataframe.js               `fundcast/dataframe`: toDataFrame, apart because danfojs-node is optional
//   dist/lib/*.js                   code the two library entries share
//   dist/simulateWorker.js          the Monte Carlo worker threads' entry (piscina loads it; src/montecarlo/simulate.ts finds it)
//   dist/cli.cjs                    the command line: one CommonJS bundle (bin/fundcast.cjs requires it); each
//                                   command's code runs only when that command does (esbuild turns the
//                                   registry's import() into lazily initialised modules)
//   dist/package.json               {"type": "module"}: dist/ is ESM while the repository's scripts are CommonJS
//
// Usage: node scripts/build.mjs            everything, into an emptied dist/
//        node scripts/build.mjs --js       the JavaScript only (~1 s; esbuild does not type-check, so a type
//                                          error elsewhere never stops the command or the tests from running)
//        node scripts/build.mjs --types    the declarations only (fails on a type error)
// The CLI bundle includes the small pure-JavaScript packages on the path of every command (BUNDLED_IN_CLI):
// measured, a bundle that imports them from node_modules instead spends ~0.1 s more starting `fundcast run`.
// Every other package (heavy, native, ESM with top-level await, worker files) is imported at run time.
// One CommonJS file rather than ESM split per command: measured on `fundcast run <default> --format json`,
// ~0.16 s of CPU against ~0.20 s (the ESM loader looks up, compiles and links each chunk separately).
// CommonJS here means an ESM-only package must be loaded with import() (as loadVega does) or be free of
// top-level await (Node ≥ 20.19 then require()s it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
export const BUNDLED_IN_CLI = ['commander', 'yaml', 'zod', 'cli-table3'];

// CommonJS names the sources use (__dirname for the data folder, require for optional packages),
// defined in the ESM output from import.meta.url.
const COMMONJS_NAMES = [
  "import { createRequire as __fcCreateRequire } from 'node:module';",
  "import { fileURLToPath as __fcFileURLToPath } from 'node:url';",
  "import { dirname as __fcDirname } from 'node:path';",
  'const require = __fcCreateRequire(import.meta.url);',
  'const __filename = __fcFileURLToPath(import.meta.url);',
  'const __dirname = __fcDirname(__filename);',
].join('\n');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: { js: COMMONJS_NAMES },
  logLevel: 'warning',
  legalComments: 'none',
};

/** Keeps a package an import unless it is one of `bundled` (node: built-ins are always imports). */
function externalPackages(bundled) {
  return {
    name: 'external-packages',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('node:')) return { external: true };
        const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
        return bundled.includes(name) ? undefined : { external: true };
      });
    },
  };
}

/**
 * zod's `z.locales` namespace pulls all of its ~60 message languages into a bundle (~0.6 MB the
 * command parses on every start); the command speaks English and Chinese, so its bundle keeps those two.
 */
const zodLocales = {
  name: 'zod-locales',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({
      contents: 'export { default as en } from "./en.js";\nexport { default as zhCN } from "./zh-CN.js";\n',
      loader: 'js',
    }));
  },
};

/** Adds `.js` (or `/index.js`) to the relative imports of emitted declarations, as Node's ESM resolution needs. */
function fixDeclarationImports(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) { fixDeclarationImports(path); continue; }
    if (!path.endsWith('.d.ts')) continue;
    const text = readFileSync(path, 'utf8');
    const fixed = text.replace(/((?:from|import)\s*\(?\s*)(['"])(\.\.?\/[^'"]*)\2/g, (match, head, quote, spec) => {
      if (/\.js$/.test(spec)) return match;
      const target = resolve(dirname(path), spec);
      if (existsSync(target + '.d.ts')) return `${head}${quote}${spec}.js${quote}`;
      if (existsSync(join(target, 'index.d.ts'))) return `${head}${quote}${spec}/index.js${quote}`;
      throw new Error(`${relative(ROOT, path)}: cannot resolve the import '${spec}'`);
    });
    if (fixed !== text) writeFileSync(path, fixed);
  }
}

// (cli.js and chunks/: the CLI's earlier layout, removed so that no stale copy is packed)
const JS_OUTPUTS = ['index.js', 'dataframe.js', 'simulateWorker.js', 'lib', 'cli.cjs', 'cli.js', 'chunks'];

/** The JavaScript: the library entries and the CLI bundle. */
async function buildJs() {
  for (const old of JS_OUTPUTS) rmSync(join(DIST, old), { recursive: true, force: true });
  mkdirSync(DIST, { recursive: true });
  writeFileSync(join(DIST, 'package.json'), '{ "type": "module" }\n');
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: { index: join(ROOT, 'src/index.ts'), dataframe: join(ROOT, 'src/dataframe.ts'), simulateWorker: join(ROOT, 'src/montecarlo/simulateWorker.ts') },
      outdir: DIST,
      splitting: true,
      chunkNames: 'lib/[name]-[hash]',
      packages: 'external',
    }),
    esbuild.build({
      ...common,
      format: 'cjs',
      banner: {}, // CommonJS has require, __filename and __dirname of its own
      entryPoints: [join(ROOT, 'src/cli/main.ts')],
      outfile: join(DIST, 'cli.cjs'),
      plugins: [externalPackages(BUNDLED_IN_CLI), zodLocales],
    }),
  ]);
  writeFileSync(join(DIST, '.js-built'), `${new Date().toISOString()}\n`); // see test/buildDist.ts
}

/** The type declarations (TypeScript; fails on a type error). */
function buildTypes() {
  mkdirSync(DIST, { recursive: true });
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  fixDeclarationImports(DIST);
}

const js = process.argv.includes('--js');
const types = process.argv.includes('--types');
if (!js && !types) rmSync(DIST, { recursive: true, force: true });
if (js || !types) await buildJs();
if (types || !js) buildTypes();
