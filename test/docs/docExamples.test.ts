import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index';

/**
 * Runs the `@example`s of the doc comments in src (as simple-statistics does): an example line
 * `expr // value` or `expr; // => value` is evaluated with the module's exports and the public API
 * in scope and compared with the value (numbers to 1e-12 relative; `≈ v` to the decimals shown).
 * Examples that need a context the comment does not give (a variable such as `result`) or that
 * show no value are listed, not run; any other failure — a wrong value or a throw — fails.
 */
const root = join(__dirname, '..', '..');

interface Example {
  file: string;
  line: number;
  expr: string;
  expected: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

/** `expr // value` pairs of the @example blocks of a file (several may share a line). */
function examplesOf(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Example[] = [];
  for (let n = 0; n < lines.length; n++) {
    const m = /^\s*\*\s*@example\s*(.*)$/.exec(lines[n]);
    if (!m) continue;
    const block: [number, string][] = m[1] ? [[n, m[1]]] : [];
    for (let k = n + 1; k < lines.length && /^\s*\*(?!\/)/.test(lines[k]) && !/^\s*\*\s*@/.test(lines[k]); k++) block.push([k, lines[k].replace(/^\s*\*\s?/, '')]);
    for (const [line, text] of block) {
      // "a // x   b // y" — split on code that follows a value after three spaces
      for (const part of text.split(/\s{3,}(?=[A-Za-z_$][\w$.]*\()/)) {
        const pair = /^(.*?);?\s*\/\/\s*(?:=>\s*)?(.+)$/.exec(part);
        if (pair && pair[1].trim()) out.push({ file: relative(root, file), line: line + 1, expr: pair[1].trim(), expected: pair[2].trim() });
      }
    }
  }
  return out;
}

/** The value an example's comment states, or undefined when it states none that can be read. */
function statedValue(text: string): { value: unknown; approx: number | null } | undefined {
  const approx = text.startsWith('≈');
  const body = approx ? text.slice(1).trim() : text;
  const candidates = [body, body.split(/\s{2,}/)[0], body.split(': ')[0], body.split(' (')[0], body.includes(' = ') ? body.slice(body.lastIndexOf(' = ') + 3) : ''];
  for (const c of candidates) {
    if (!c) continue;
    try {
      // `8.62101…` is a truncated number: right to the digits shown; `√(x)` is Math.sqrt(x)
      const code = c.replace(/^Float64Array\s*\[/, '[').replace(/√\(/g, 'Math.sqrt(').replace(/(-?\d+\.(\d+))…/g, (_, v: string, d: string) => `new Truncated(${v}, ${d.length})`);
      const value = new Function('Truncated', `return (${code});`)(Truncated);
      const decimals = approx && typeof value === 'number' ? (c.split('.')[1]?.length ?? 0) : null;
      return { value, approx: decimals };
    } catch {
      // not a literal: try the next reading
    }
  }
  return undefined;
}

/** A number written with its digits cut short (`1.08566…`). */
class Truncated {
  constructor(
    readonly value: number,
    readonly decimals: number,
  ) {}
}

function same(actual: unknown, expected: unknown, approx: number | null): boolean {
  if (ArrayBuffer.isView(actual)) actual = Array.from(actual as unknown as ArrayLike<number>);
  if (expected instanceof Truncated) return typeof actual === 'number' && Math.abs(actual - expected.value) < 10 ** -expected.decimals;
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') return false;
    if (approx !== null) return Math.abs(actual - expected) <= 0.5 * 10 ** -approx;
    return Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected));
  }
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.length === expected.length && expected.every((e, k) => same(actual[k], e, approx));
  if (expected !== null && typeof expected === 'object') {
    return actual !== null && typeof actual === 'object' && Object.entries(expected).every(([k, e]) => same((actual as Record<string, unknown>)[k], e, approx));
  }
  return actual === expected;
}

const examples = sourceFiles(join(root, 'src')).flatMap(examplesOf);

describe('doc-comment @examples in src run and give the values they state', async () => {
  const notRun: string[] = [];
  const checks: { ex: Example; run: () => void }[] = [];
  for (const ex of examples) {
    const stated = statedValue(ex.expected);
    const where = `${ex.file}:${ex.line} ${ex.expr}`;
    if (!stated) {
      notRun.push(`${where} (no value stated)`);
      continue;
    }
    const mod = (await import(join(root, ex.file))) as Record<string, unknown>;
    const scope = { ...api, ...mod } as Record<string, unknown>;
    const names = Object.keys(scope).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
    let fn: (...args: unknown[]) => unknown;
    try {
      fn = new Function(...names, `return (${ex.expr});`) as typeof fn;
    } catch {
      notRun.push(`${where} (not an expression)`);
      continue;
    }
    let actual: unknown;
    try {
      actual = fn(...names.map((k) => scope[k]));
    } catch (e) {
      if (e instanceof ReferenceError) {
        notRun.push(`${where} (needs context: ${e.message})`);
        continue;
      }
      actual = e;
    }
    checks.push({
      ex,
      run: () => {
        if (actual instanceof Error) expect.fail(`${where} threw ${actual.message}`);
        expect(same(actual, stated.value, stated.approx), `${where}: states ${ex.expected}, gives ${JSON.stringify(ArrayBuffer.isView(actual) ? Array.from(actual as unknown as ArrayLike<number>) : actual)}`).toBe(true);
      },
    });
  }

  it(`at least 15 examples are executed (${checks.length} executed, ${notRun.length} listed as not runnable)`, () => {
    console.log(`doc examples: ${checks.length} executed; not run:\n  ${notRun.join('\n  ')}`);
    expect(checks.length).toBeGreaterThanOrEqual(15);
  });
  for (const c of checks) it(`${c.ex.file}:${c.ex.line} ${c.ex.expr}`, c.run);
});
