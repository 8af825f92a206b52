import { isDeepStrictEqual } from 'node:util';
import { isStructural } from '../scenario/mergeScenario';

/** One parameter that differs between two scenario documents. */
export interface Difference {
  /** dotted path, e.g. `funds.employee.contributions.employer_rate` */
  name: string;
  path: string[];
  /** value in B (undefined: B does not have it) */
  value: unknown;
}

const IGNORED = new Set(['id', 'name', 'name_zh', 'description', 'source', 'sources', 'extends', 'overlays', 'fundcast']);

/**
 * The parameters (at the level `extends` replaces whole: see mergeScenario) whose values differ
 * between scenario documents A and B — the levers that turn A into B. Labels are ignored.
 */
export function scenarioDifferences(a: Record<string, any>, b: Record<string, any>): Difference[] {
  const out: Difference[] = [];
  const walk = (x: any, y: any, path: string[]) => {
    const structural = isStructural(path);
    const objects = x && y && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x) && !Array.isArray(y);
    if (structural && objects) {
      for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
        if (path.length === 0 && IGNORED.has(k)) continue;
        walk(x[k], y[k], [...path, k]);
      }
    } else if (!isDeepStrictEqual(x, y)) {
      out.push({ name: path.join('.'), path, value: y });
    }
  };
  walk(a, b, []);
  return out;
}

/** A copy of document A with the chosen differences set to B's values. */
export function applyDifferences(a: Record<string, any>, diffs: readonly Difference[]): Record<string, any> {
  const doc = structuredClone(a);
  for (const d of diffs) {
    let node = doc;
    for (const p of d.path.slice(0, -1)) node = node[p] ??= {};
    const last = d.path[d.path.length - 1];
    if (d.value === undefined) delete node[last];
    else node[last] = structuredClone(d.value);
  }
  return doc;
}
