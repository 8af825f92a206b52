/** Σ of a record's values, in insertion order (so totals are reproducible to the last bit). */
export function sumValues(items: Record<string, number>): number {
  let s = 0;
  for (const k in items) s += items[k];
  return s;
}
