import { isAbsolute, resolve } from 'node:path';
import type { LoadedScenario } from '../scenario/loadScenario';

/**
 * A copy of a loaded scenario's document whose file references — a fund's `history.file` and
 * `members.age_detailed.cost_curve` — are absolute paths (resolved against the folder of the file
 * that names them), so the document can be validated again from anywhere, or mixed with another
 * scenario's parameters, and still read the same files.
 */
export function absoluteFiles(loaded: LoadedScenario): Record<string, any> {
  const doc = structuredClone(loaded.scenario) as Record<string, any>;
  for (const [id, fund] of Object.entries(doc.funds ?? {}) as [string, any][]) {
    for (const p of [['history', 'file'], ['members', 'age_detailed', 'cost_curve']]) {
      const parent = p.slice(0, -1).reduce((o, k) => o?.[k], fund);
      const file = parent?.[p[p.length - 1]];
      if (typeof file === 'string' && !isAbsolute(file)) parent[p[p.length - 1]] = resolve(loaded.dirOf(['funds', id, ...p]), file);
    }
  }
  return doc;
}
