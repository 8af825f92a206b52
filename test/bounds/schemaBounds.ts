import type { z } from 'zod';
import { benefitScheduleSchema, claimSizeDistributionSchema, overlaySchema, scenarioSchema } from '../../src/index';

/**
 * Every bound the scenario and overlay schemas put on a value — each `.min/.max/.gt/.lt`, `.int`,
 * string length, regex, array length and `refine/superRefine` — found by walking the zod schema
 * tree, one entry per check (a check shared by several places, such as the three spellings of a
 * time series or the fields common to both schemes, is one entry, at the first place found).
 *
 * A bound's key reads `path op value`, the path in data terms: `*` for any fund id or year key,
 * `<key>` for a record's key, `[]` for list items, union alternatives flattened:
 *   funds.*.contributions.employer_rate <= 1
 * and a key found again (another form of the same field) is numbered: `funds.*.members.actives >= 0 #2`.
 *
 * Not walked: the benefit-schedule and claim-size schemas (src/benefits), whose bounds have
 * their own tests in test/benefits.
 */
export interface SchemaBound {
  key: string;
  path: string[];
}

type Node = { _zod: { def: Record<string, unknown> & { type: string; checks?: { _zod: { def: Record<string, unknown> } }[] } } };

const NOT_WALKED = new Set<unknown>([benefitScheduleSchema, claimSizeDistributionSchema].map((s) => (s as unknown as Node)._zod.def));

function describeCheck(def: Record<string, unknown>): string {
  switch (def.check) {
    case 'greater_than':
      return `${def.inclusive ? '>=' : '>'} ${def.value}`;
    case 'less_than':
      return `${def.inclusive ? '<=' : '<'} ${def.value}`;
    case 'number_format':
      return 'int';
    case 'min_length':
      return `length >= ${def.minimum}`;
    case 'max_length':
      return `length <= ${def.maximum}`;
    case 'string_format':
      return `matches ${String(def.pattern)}`;
    case 'custom':
      return 'refine';
    default:
      return String(def.check);
  }
}

export function schemaBounds(): SchemaBound[] {
  const found = new Map<unknown, SchemaBound>();
  const visited = new Set<unknown>();
  const walk = (schema: z.ZodType, path: string[]) => {
    const def = (schema as unknown as Node)._zod.def;
    if (NOT_WALKED.has(def) || visited.has(schema)) return;
    visited.add(schema);
    for (const c of def.checks ?? []) {
      if (!found.has(c)) found.set(c, { key: `${path.join('.') || '(document)'} ${describeCheck(c._zod.def)}`, path });
    }
    const d = def as Record<string, any>;
    switch (def.type) {
      case 'object':
        for (const [k, v] of Object.entries(d.shape)) walk(v as z.ZodType, [...path, k]);
        break;
      case 'union':
        for (const o of d.options) walk(o, path);
        break;
      case 'record':
        walk(d.keyType, [...path, '<key>']);
        walk(d.valueType, [...path, '*']);
        break;
      case 'array':
        walk(d.element, [...path, '[]']);
        break;
      case 'optional':
      case 'nullable':
      case 'default':
      case 'readonly':
        walk(d.innerType, path);
        break;
      case 'pipe':
        walk(d.in, path);
        walk(d.out, path);
        break;
    }
    visited.delete(schema);
  };
  walk(scenarioSchema, []);
  walk(overlaySchema, ['(overlay)']);
  // the same key twice (e.g. members.actives ≥ 0 in the aggregate and the age-detailed form): #2, #3…
  const count = new Map<string, number>();
  return [...found.values()].map((b) => {
    const n = (count.get(b.key) ?? 0) + 1;
    count.set(b.key, n);
    return n === 1 ? b : { ...b, key: `${b.key} #${n}` };
  });
}
