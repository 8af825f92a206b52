import type { z } from 'zod';

/**
 * The keys a strict object schema allows at `path` in the document (best effort: unions,
 * optionals, records and arrays are walked through; for a union every option's keys count).
 * Used to list the allowed keys next to an unknown one.
 */
export function allowedKeysAt(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let level: any[] = [schema];
  for (const seg of path) {
    const next: any[] = [];
    for (const s of level.flatMap(unwrap)) {
      const def = s._zod.def;
      if (def.type === 'object' && typeof seg === 'string' && def.shape[seg]) next.push(def.shape[seg]);
      else if (def.type === 'record') next.push(def.valueType);
      else if (def.type === 'array') next.push(def.element);
    }
    level = next;
  }
  const keys = new Set<string>();
  for (const s of level.flatMap(unwrap)) if (s._zod.def.type === 'object') for (const k of Object.keys(s._zod.def.shape)) keys.add(k);
  return [...keys];
}

function unwrap(s: any): any[] {
  const def = s._zod.def;
  if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') return unwrap(def.innerType);
  if (def.type === 'union') return def.options.flatMap(unwrap);
  if (def.type === 'pipe') return unwrap(def.in);
  return [s];
}
