import type { z } from 'zod';

/**
 * The keys a strict object schema allows at `path` in the document (best effort: unions,
 * optionals, records and arrays are walked through; for a union, the options whose literal fields
 * match the document's value — e.g. the employee or resident fund by `scheme` — count).
 * Used to list the allowed keys next to an unknown one.
 */
export function allowedKeysAt(schema: z.ZodType, path: readonly (string | number)[], root?: unknown): string[] {
  let level: any[] = [schema];
  let value: any = root;
  for (const seg of path) {
    const next: any[] = [];
    for (const s of level.flatMap(unwrap).filter((o) => fits(o, value))) {
      const def = s._zod.def;
      if (def.type === 'object' && typeof seg === 'string' && def.shape[seg]) next.push(def.shape[seg]);
      else if (def.type === 'record') next.push(def.valueType);
      else if (def.type === 'array') next.push(def.element);
    }
    level = next;
    value = value !== null && typeof value === 'object' ? value[seg] : undefined;
  }
  const keys = new Set<string>();
  for (const s of level.flatMap(unwrap).filter((o) => fits(o, value))) if (s._zod.def.type === 'object') for (const k of Object.keys(s._zod.def.shape)) keys.add(k);
  return [...keys];
}

/** Whether an object option's literal fields (e.g. `scheme: 'employee'`) agree with the value. */
function fits(option: any, value: any): boolean {
  const def = option._zod.def;
  if (def.type !== 'object' || value === null || typeof value !== 'object') return true;
  for (const [k, field] of Object.entries<any>(def.shape)) {
    if (field._zod.def.type === 'literal' && k in value && !field._zod.def.values.includes(value[k])) return false;
  }
  return true;
}

function unwrap(s: any): any[] {
  const def = s._zod.def;
  if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') return unwrap(def.innerType);
  if (def.type === 'union') return def.options.flatMap(unwrap);
  if (def.type === 'pipe') return unwrap(def.in);
  return [s];
}
