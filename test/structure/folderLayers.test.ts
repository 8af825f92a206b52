import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// The folders of src/ in layers: ARCHITECTURE.md lists them top first (section "Layers"), and a
// folder imports only folders listed below it. A value import (one that survives compilation)
// against that order fails here; so does a type-only import, unless it reaches a contract module —
// a file that exports types only (assumptions/types.ts, results/types.ts, …), which compiles to
// nothing and so adds no dependency at run time. The list must name every folder of src/ once.
// With a strict order there can be no folder-level cycle; the cycle check below says which
// folders form one, should the list and the code both change.

const root = join(__dirname, '..', '..');
const src = join(root, 'src');

/** The layer list of ARCHITECTURE.md: the first word of each line of the block after the marker. */
function documentedLayers(): string[] {
  const text = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');
  const marker = text.indexOf('<!-- layers: top first');
  expect(marker, 'ARCHITECTURE.md has the layer list').toBeGreaterThan(0);
  const block = /```text\n([\s\S]*?)```/.exec(text.slice(marker));
  expect(block).not.toBeNull();
  return block![1].split('\n').filter((line) => line.trim() !== '').map((line) => line.trim().split(/\s+/)[0]).reverse();
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** `src/a/b.ts` → `a`; a file directly in src/ → `(root)`. */
function folderOf(file: string): string {
  const parts = relative(src, file).split(sep);
  return parts.length > 1 ? parts[0] : '(root)';
}

interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
}

const STATIC = /^(import|export)\s+(type\s+)?((?:\w+\s*,\s*)?(?:\{[^}]*\}|\*(?:\s+as\s+\w+)?)|\w+)\s+from\s+['"]([^'"]+)['"]/gm;
const BARE = /^import\s+['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/**
 * The module specifiers a file's code imports or re-exports (statements start a line, as everywhere in
 * src/), static or dynamic, and whether each is type-only: `import type …`, `export type …`, or a
 * braced list whose every name is marked `type`.
 */
export function specifiersOf(code: string): { specifier: string; typeOnly: boolean }[] {
  const found: { specifier: string; typeOnly: boolean }[] = [];
  for (const m of code.matchAll(STATIC)) {
    const names = m[3].startsWith('{') ? m[3].slice(1, -1).split(',').map((n) => n.trim()).filter((n) => n !== '') : [];
    const typeOnly = m[2] !== undefined || (names.length > 0 && names.every((n) => n.startsWith('type ')));
    found.push({ specifier: m[4], typeOnly });
  }
  for (const m of code.matchAll(BARE)) found.push({ specifier: m[1], typeOnly: false });
  for (const m of code.matchAll(DYNAMIC)) found.push({ specifier: m[1], typeOnly: false });
  return found;
}

/** Every relative import of a file, resolved to the .ts file it names. */
function importsOf(file: string): Import[] {
  return specifiersOf(readFileSync(file, 'utf8'))
    .filter(({ specifier }) => specifier.startsWith('.'))
    .map(({ specifier, typeOnly }) => {
      const target = resolve(dirname(file), specifier).replace(/\.js$/, '');
      return { from: file, to: target.endsWith('.ts') ? target : `${target}.ts`, typeOnly };
    });
}

/** A module that exports types only (no line declares a value: const, let, var, function, class, enum, or a value re-export). */
function exportsTypesOnly(file: string): boolean {
  const code = readFileSync(file, 'utf8');
  if (/^(export\s+)?(declare\s+)?(const|let|var|function|class|enum|async\s+function|abstract\s+class)\b/m.test(code)) return false;
  return specifiersOf(code).every((s) => s.typeOnly);
}

/** Folders on a cycle of the folder graph (Tarjan's strongly connected components of size > 1). */
function folderCycles(edges: Map<string, Set<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) connect(v);
  return cycles;
}

describe('folder layers', () => {
  const files = sourceFiles(src);
  const imports = files.flatMap(importsOf).filter((i) => folderOf(i.from) !== folderOf(i.to));
  const layers = documentedLayers();
  const rank = new Map(layers.map((folder, i) => [folder, i] as const));

  it('ARCHITECTURE.md lists every folder of src/ exactly once', () => {
    const folders = [...new Set(files.map(folderOf))].sort();
    expect([...layers].sort()).toEqual(folders);
    expect(new Set(layers).size).toBe(layers.length);
  });

  it('every value import goes to a folder lower in the list; no folder-level cycle', () => {
    const upward = imports.filter((i) => !i.typeOnly && rank.get(folderOf(i.to))! > rank.get(folderOf(i.from))!);
    expect(upward.map((i) => `${relative(src, i.from)} → ${relative(src, i.to)}`)).toEqual([]);
    const edges = new Map<string, Set<string>>();
    for (const i of imports) if (!i.typeOnly) edges.set(folderOf(i.from), (edges.get(folderOf(i.from)) ?? new Set()).add(folderOf(i.to)));
    expect(folderCycles(edges)).toEqual([]);
  });

  it('a type-only import goes lower in the list or to a module that exports types only', () => {
    const upward = imports.filter((i) => i.typeOnly && rank.get(folderOf(i.to))! > rank.get(folderOf(i.from))! && !exportsTypesOnly(i.to));
    expect(upward.map((i) => `${relative(src, i.from)} → ${relative(src, i.to)}`)).toEqual([]);
  });

  it('reads the import forms src/ uses, and finds a planted cycle (the checks can fail)', () => {
    const code = [
      "import type { A } from '../a/types';",
      "import { type B, c } from '../b/c';",
      "import {\n  type D,\n  type E,\n} from '../d/e';",
      "export { f } from './f';",
      "export type { G } from '../g/g';",
      "import * as h from '../h/h';",
      "import i, { type J } from '../i/i';",
      "import '../k/k';",
      "const l = () => import('../l/l');",
      " * import { m } from '../m/m'; (a doc comment: not an import)",
      "import { readFileSync } from 'node:fs';",
    ].join('\n');
    expect(specifiersOf(code).sort((x, y) => x.specifier.localeCompare(y.specifier))).toEqual([
      { specifier: '../a/types', typeOnly: true },
      { specifier: '../b/c', typeOnly: false },
      { specifier: '../d/e', typeOnly: true },
      { specifier: '../g/g', typeOnly: true },
      { specifier: '../h/h', typeOnly: false },
      { specifier: '../i/i', typeOnly: false },
      { specifier: '../k/k', typeOnly: false },
      { specifier: '../l/l', typeOnly: false },
      { specifier: './f', typeOnly: false },
      { specifier: 'node:fs', typeOnly: false },
    ]);
    expect(imports.length).toBeGreaterThan(500);
    expect(folderCycles(new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])], ['d', new Set(['a'])]]))).toEqual([['a', 'b', 'c']]);
    expect(folderCycles(new Map([['a', new Set(['b'])], ['b', new Set<string>()]]))).toEqual([]);
  });
});
