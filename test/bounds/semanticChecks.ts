import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every semantic check of the resolvers: each `ctx.fail(` call in src/assumptions (a value that
 * passes the schema but not the rest of the scenario), keyed by file and the path it reports at,
 * numbered when a file reports twice at the same path:
 *   checkScenarioSemantics.ts: [...path, 'from']
 * (a helper that reports at a path it is given, `ctx.fail(path, …)`, is one check: its callers
 * each need a case in cases.yaml, which lists them under the helper's key).
 */
export function semanticChecks(): string[] {
  const dir = join(__dirname, '..', '..', 'src', 'assumptions');
  const keys: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const count = new Map<string, number>();
    for (const m of text.matchAll(/ctx\.fail\(/g)) {
      const key = `${file}: ${firstArgument(text, m.index! + m[0].length)}`;
      const n = (count.get(key) ?? 0) + 1;
      count.set(key, n);
      keys.push(n === 1 ? key : `${key} #${n}`);
    }
  }
  return keys;
}

/** The source text of a call's first argument starting at `from` (up to its comma at depth 0). */
function firstArgument(text: string, from: number): string {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '[' || ch === '(' || ch === '{') depth++;
    else if (ch === ']' || ch === ')' || ch === '}') depth--;
    if ((ch === ',' && depth === 0) || depth < 0) return text.slice(from, i).trim();
  }
  return text.slice(from).trim();
}
