/**
 * The paths of every number in `value` that is NaN or ±Infinity, walking objects, arrays and
 * typed arrays (e.g. `funds.0.rows.3.gapRate`, `funds.0.demography.dependency.2.oldAge`).
 * At most `limit` paths are returned. JSON would turn such a number into null silently; results
 * are checked with this instead, every field, not only the money columns.
 * @example findNonFinite({ a: [1, Infinity], b: { c: NaN } }) // ['a.1', 'b.c']
 */
export function findNonFinite(value: unknown, limit = 20): string[] {
  if (allFinite(value, new Set())) return []; // the common case, without building any path
  const out: string[] = [];
  const seen = new Set<object>();
  const walk = (v: unknown, path: string): void => {
    if (out.length >= limit) return;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) out.push(path || '(root)');
      return;
    }
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (ArrayBuffer.isView(v)) {
      const a = v as unknown as ArrayLike<number>;
      for (let i = 0; i < a.length && out.length < limit; i++) if (typeof a[i] === 'number' && !Number.isFinite(a[i])) out.push(`${path}.${i}`);
      return;
    }
    for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  };
  walk(value, '');
  return out;
}

/** Whether every number below `v` is finite (the fast pass of findNonFinite: no paths built). */
function allFinite(v: unknown, seen: Set<object>): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (v === null || typeof v !== 'object' || seen.has(v)) return true;
  seen.add(v);
  if (ArrayBuffer.isView(v)) {
    const a = v as unknown as ArrayLike<number>;
    for (let i = 0; i < a.length; i++) if (typeof a[i] === 'number' && !Number.isFinite(a[i])) return false;
    return true;
  }
  if (Array.isArray(v)) {
    for (const x of v) if (!allFinite(x, seen)) return false;
    return true;
  }
  for (const k in v) if (!allFinite((v as Record<string, unknown>)[k], seen)) return false;
  return true;
}
