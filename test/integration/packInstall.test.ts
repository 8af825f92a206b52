// The package as a user gets it: `npm pack`, then a plain `npm install` of the tarball into an empty
// project outside the repository, then the library from ESM, CommonJS and TypeScript, and the command.
// The expected numbers are the repository's own projection of the same scenario: the installed
// package must give exactly what the sources give.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScenario } from '../../src/index';

const root = join(__dirname, '..', '..');
const SCENARIO = 'scenarios/china-national-2024.yaml';
const work = mkdtempSync(join(tmpdir(), 'fundcast-pack-'));
const consumer = join(work, 'consumer');
afterAll(() => rmSync(work, { recursive: true, force: true }));

// npm passes its settings to the scripts it runs as npm_* variables (npm test → vitest → here),
// among them the repository as the install prefix: the child commands must not inherit them.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));

function sh(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 240_000 });
}

function ok(r: SpawnSyncReturns<string>): string {
  if (r.status !== 0) throw new Error(`exit ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** The part of a projection that must not depend on where the package is installed. */
const numbers = (result: { funds: unknown[] }) => JSON.parse(JSON.stringify(result.funds));
const expected = numbers(runScenario(join(root, SCENARIO)));

let files: string[] = [];
let installLog = '';

beforeAll(() => {
  // the JavaScript in dist/ was built by the global setup (test/buildDist.ts); add the declarations
  // (a type error fails here), then pack without the build script
  ok(sh(process.execPath, [join(root, 'scripts', 'build.mjs'), '--types'], root));
  const pack = JSON.parse(ok(sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root)));
  files = pack[0].files.map((f: { path: string }) => f.path);
  writeFileSync(join(work, 'package.json'), '{}\n'); // keeps npm from looking further up for a project
  sh('mkdir', [consumer], work);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }, null, 2));
  // a plain install: no overrides, no flags that change what is installed (prefer-offline only
  // takes what the local cache holds from there instead of asking the registry again)
  const install = sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, pack[0].filename)], consumer);
  installLog = install.stdout + install.stderr;
  ok(install);
}, 300_000);

describe('npm pack', () => {
  it('ships the built library, the command, data and scenarios, and no tests, sources or stubs', () => {
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts', 'dist/dataframe.js', 'dist/cli.cjs', 'bin/fundcast.cjs', SCENARIO, 'data/demography/SOURCES.md']));
    const allowed = /^(dist|bin|data|scenarios|docs)\/|^(package\.json|README\.md|LICENSE|CITATION\.cff)$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
  });
});

describe('npm install of the tarball into an empty project', () => {
  it('installs without warnings (no engine mismatch, no install scripts) and without danfojs or TensorFlow', () => {
    const warnings = installLog.split('\n').filter((l) => /warn|ERR/i.test(l) && !/Unknown user config "nodedir"/.test(l));
    expect(warnings).toEqual([]);
    expect(existsSync(join(consumer, 'node_modules', 'danfojs-node'))).toBe(false);
    expect(existsSync(join(consumer, 'node_modules', '@tensorflow'))).toBe(false);
    ok(sh('npm', ['ls', '--all'], consumer)); // no missing, invalid or extraneous packages
  });

  it('imports from plain ESM JavaScript and projects the default scenario as the sources do', () => {
    writeFileSync(join(consumer, 'esm.js'), [
      "import { fileURLToPath } from 'node:url';",
      "import { loadScenario, project, resolveAssumptions } from 'fundcast';",
      `const file = fileURLToPath(import.meta.resolve('fundcast/${SCENARIO}'));`,
      'console.log(JSON.stringify(project(resolveAssumptions(loadScenario(file))).funds));',
    ].join('\n'));
    expect(JSON.parse(ok(sh(process.execPath, ['esm.js'], consumer)))).toEqual(expected);
  });

  it('loads from CommonJS with require()', () => {
    writeFileSync(join(consumer, 'cjs.cjs'), [
      "const { runScenario } = require('fundcast');",
      `console.log(JSON.stringify(runScenario(require.resolve('fundcast/${SCENARIO}')).funds));`,
    ].join('\n'));
    const r = sh(process.execPath, ['cjs.cjs'], consumer);
    expect(JSON.parse(ok(r))).toEqual(expected);
    expect(r.stderr).toBe('');
  });

  it('type-checks from TypeScript: the declarations resolve (not any) under nodenext, without skipLibCheck', () => {
    writeFileSync(join(consumer, 'check.ts'), [
      "import { loadScenario, project, resolveAssumptions, type ProjectionResult } from 'fundcast';",
      "const result: ProjectionResult = project(resolveAssumptions(loadScenario('scenario.yaml')));",
      'const year: number = result.funds[0].rows[0].year;',
      "// @ts-expect-error no such field (this line would not be an error if the types were 'any')",
      'result.nonsense;',
      '// @ts-expect-error project takes validated assumptions, not a file name',
      "project('scenario.yaml');",
      'console.log(year);',
    ].join('\n'));
    writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [] },
      files: ['check.ts'],
    }));
    ok(sh(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], consumer));
  });

  it('fundcast/dataframe says how to install the optional danfojs-node, in English and Chinese', () => {
    writeFileSync(join(consumer, 'dataframe.js'), [
      "import { FundcastError, runScenario } from 'fundcast';",
      "import { toDataFrame } from 'fundcast/dataframe';",
      `const result = runScenario(new URL(import.meta.resolve('fundcast/${SCENARIO}')).pathname);`,
      'try { toDataFrame(result); } catch (e) { console.log(JSON.stringify({ main: e instanceof FundcastError, code: e.code, message: e.message })); }',
    ].join('\n'));
    const e = JSON.parse(ok(sh(process.execPath, ['dataframe.js'], consumer)));
    expect(e).toMatchObject({ main: true, code: 'results.danfojsMissing' });
    expect(e.message).toMatch(/npm install danfojs-node@1\.1\.2/);
    expect(e.message).toMatch(/可选依赖 danfojs-node/);
  });

  it('runs the installed command', () => {
    const bin = join(consumer, 'node_modules', '.bin', 'fundcast');
    const scenario = join(consumer, 'node_modules', 'fundcast', SCENARIO);
    expect(JSON.parse(ok(sh(bin, ['run', scenario, '--format', 'json'], consumer))).funds).toEqual(expected);
    expect(ok(sh(bin, ['--help'], consumer))).toMatch(/Commands:/);
    const bad = sh(bin, ['validate', join(consumer, 'package.json')], consumer);
    expect(bad.status).toBe(1);
  });

  it('holds only what the library needs: the installed packages are the dependencies and theirs', () => {
    const top = readdirSync(join(consumer, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(top).toContain('fundcast');
    expect(top).not.toContain('typescript');
    expect(top).not.toContain('vitest');
  });
});
