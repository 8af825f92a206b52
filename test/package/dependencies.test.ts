// Dependency hygiene: what package.json declares is what the sources use, and its Node range is
// one that every installed package supports (so npm never warns about engines).
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
/** Packages the CLI bundle includes (scripts/build.mjs): the command needs no install of them. */
const BUNDLED_IN_CLI = ['commander', 'yaml', 'zod', 'cli-table3'];
const BUILD = readFileSync(join(root, 'scripts', 'build.mjs'), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const path = join(dir, e);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Package name of a module specifier: `zod/v4` → zod, `@scope/pkg/x` → @scope/pkg. */
const packageOf = (spec: string) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');
const builtin = (spec: string) => spec.startsWith('node:') || builtinModules.includes(packageOf(spec));

/** Every package imported by src/ (static imports and exports, import(), require(), importEsm()), with the files importing it. */
function importedPackages(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const pattern = /(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimportEsm\s*\(\s*|^\s*import\s+)['"]((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[\w./-]*)?)['"]/gm;
  for (const file of sourceFiles(join(root, 'src'))) {
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(pattern)) {
      if (builtin(spec)) continue;
      const name = packageOf(spec);
      found.set(name, [...(found.get(name) ?? []), relative(root, file)]);
    }
  }
  return found;
}

describe('package.json dependencies', () => {
  const imported = importedPackages();
  const runtime = { ...pkg.dependencies, ...pkg.peerDependencies };

  it('declares every package the sources import (a package only the CLI bundle includes may be a devDependency)', () => {
    const undeclared = [...imported].filter(([name, files]) => {
      if (name in runtime) return false;
      const cliOnly = files.every((f) => f.startsWith(join('src', 'cli')));
      return !(cliOnly && BUNDLED_IN_CLI.includes(name) && name in pkg.devDependencies);
    });
    expect(undeclared.map(([name, files]) => `${name} (imported by ${files.join(', ')}): add it to "dependencies"`)).toEqual([]);
  });

  it('uses every declared dependency and peer dependency', () => {
    const unused = Object.keys(runtime).filter((name) => !imported.has(name));
    expect(unused.map((n) => `${n} is declared but imported nowhere in src/: remove it or move it to devDependencies`)).toEqual([]);
  });

  it('bundles into the CLI exactly the packages this test allows to be devDependencies', () => {
    expect(BUILD).toContain(`export const BUNDLED_IN_CLI = ${JSON.stringify(BUNDLED_IN_CLI).replace(/"/g, "'").replace(/,/g, ', ')};`);
  });

  it('keeps danfojs-node (and TensorFlow) out of an ordinary install: an optional peer, imported only by the dataframe entry', () => {
    expect(pkg.peerDependenciesMeta['danfojs-node']).toEqual({ optional: true });
    expect(pkg.dependencies).not.toHaveProperty('danfojs-node');
    expect(Object.keys(pkg.dependencies).filter((n) => n.startsWith('@tensorflow/'))).toEqual([]);
    // (that the main entry never reaches them is checked by the pack-and-install test)
    expect([...new Set(imported.get('danfojs-node'))].sort()).toEqual([join('src', 'results', 'loadDanfo.ts'), join('src', 'results', 'toDataFrame.ts')]);
    // overrides do not apply to a project installing fundcast: nothing installed for users may need one
    for (const name of Object.keys(pkg.overrides ?? {})) {
      const entry = lock.packages[`node_modules/${name}`];
      expect((entry?.link ? lock.packages[entry.resolved] : entry)?.dev, `${name} is installed for development only`).toBe(true);
    }
  });
});

describe('package.json engines', () => {
  it('claims only Node versions that every package in the lock file supports (no EBADENGINE warning on install)', () => {
    const ours: string = pkg.engines.node;
    const narrower = Object.entries<{ engines?: { node?: string }; version?: string }>(lock.packages)
      .filter(([path, p]) => path !== '' && p.engines?.node !== undefined && !semver.subset(ours, p.engines.node, { includePrerelease: false }))
      .map(([path, p]) => `${path.replace(/^.*node_modules\//, '')}@${p.version} needs node ${p.engines!.node}`);
    expect(narrower).toEqual([]);
  });
});
