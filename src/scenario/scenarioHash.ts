import { createHash } from 'node:crypto';

/**
 * SHA-256 (hex) of a value's canonical JSON: object keys sorted at every level, arrays and typed
 * arrays in order, numbers as JSON writes them, undefined members left out. Stable: the same
 * value, however its keys were ordered in the file, gives the same hash; any changed leaf gives
 * another. Used for the resolved scenario (after extends and overlays), so a result traces to its
 * inputs (`scenario.hash`). Files a scenario only names (a cost curve, a history CSV) enter
 * by name, not by content.
 * @example scenarioHash({ b: 1, a: [2, 3] }) === scenarioHash({ a: [2, 3], b: 1 }) // true
 */
export function scenarioHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (ArrayBuffer.isView(v)) return canonicalJson(Array.from(v as unknown as ArrayLike<number>));
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
}
