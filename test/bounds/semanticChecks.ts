import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every semantic check of the resolvers: each `ctx.fail(` call in src/assumptions (a value that
 * passes the schema but not the rest of the scenario), keyed by file and the path it reports at,
 * numbered when a file reports twice at the same path:
 *   checkScenarioSemantics.ts: [...path, 'from']
 */
export function semanticChecks(): string[] {
  const dir = join(__dirname, '..', '..', 'src', 'assumptions');
  const keys: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const count = new Map<string, number>();
    for (const m of text.matchAll(/ctx\.fail\((\[[^\]]*\])/g)) {
      const key = `${file}: ${m[1]}`;
      const n = (count.get(key) ?? 0) + 1;
      count.set(key, n);
      keys.push(n === 1 ? key : `${key} #${n}`);
    }
  }
  return keys;
}
