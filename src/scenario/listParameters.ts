import type { Scenario } from './scenarioSchema';
import { scenarioJsonSchema } from './scenarioJsonSchema';

/** One parameter of a scenario: where it is, its value as written, its unit and where it comes from. */
export interface ScenarioParameter {
  /** dotted path in the scenario, e.g. `funds.employee.contributions.employer_rate` */
  path: string;
  /** the value as written: a number or label, or a time series ({year: value} or {interpolate, values}) */
  value: unknown;
  /** the unit from the schema, with units.money and units.persons replaced by the scenario's units */
  unit: string;
  /** the unit as the schema gives it (`units.money`, `units.persons` standing for the scenario's units) */
  schemaUnit: string;
  description: string;
  /** the `sources` entry of the longest path that is this parameter's or one above it; null when none */
  source: string | null;
}

type Node = Record<string, unknown>;
let schema: Node | undefined;
const YEAR = /^\d{4}$/;
/** Parts of a scenario that are labels, file references or observed data rather than parameters. */
const NOT_PARAMETERS = new Set(['fundcast', 'id', 'name', 'name_zh', 'description', 'source', 'sources', 'extends', 'overlays', 'history', 'monthly', 'scheme']);

/**
 * Every parameter of a validated scenario, in the order of the validated scenario (the schema's): each value the schema gives a unit
 * (a number, a label or a time series), with its unit, description and source. Sources come from
 * the scenario's `sources` map (dotted parameter path → text): a parameter takes the source of the
 * longest path that equals its own or lies above it, so `funds.employee.members: '2025 bulletin'`
 * covers every member parameter of that fund unless a longer path names its own.
 * Labels (names, descriptions), file references, `history` (observed data with its own source)
 * and `sources` itself are not parameters.
 * @example listParameters(scenario).find((p) => p.path === 'funds.employee.contributions.employer_rate') // {value: 0.0653, unit: 'share of contribution base (0–1)', source: '…', …}
 */
export function listParameters(scenario: Scenario): ScenarioParameter[] {
  schema ??= (scenarioJsonSchema().$defs as Record<string, Node>).scenario; // a whole scenario's schema
  const sources = scenario.sources ?? {};
  const unitOf = (unit: string) => unit.replace('units.money', scenario.units.money).replace('units.persons', scenario.units.persons);
  const sourceOf = (path: string[]): string | null => {
    for (let n = path.length; n > 0; n--) {
      const s = sources[path.slice(0, n).join('.')];
      if (s !== undefined) return s;
    }
    return null;
  };
  const rows: ScenarioParameter[] = [];
  const walk = (value: unknown, node: Node | undefined, path: string[]): void => {
    if (value === undefined || value === null) return;
    const unit = node?.unit;
    if (typeof unit === 'string' && unit !== 'text' && unit !== 'list' && isParameterValue(value)) {
      rows.push({ path: path.join('.'), value, unit: unitOf(unit), schemaUnit: unit, description: String(node?.description ?? ''), source: sourceOf(path) });
      return;
    }
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, child(node, String(i), true, undefined), [...path, String(i)]));
    else if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (!(path.length <= 2 && NOT_PARAMETERS.has(k))) walk(v, child(node, k, false, (value as { scheme?: unknown }).scheme), [...path, k]);
    }
  };
  walk(scenario, schema, []);
  return rows;
}

/** A number, a label, or a time series (year keys, or {interpolate, values}). */
function isParameterValue(v: unknown): boolean {
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return true;
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return (keys.length > 0 && keys.every((k) => YEAR.test(k))) || ('interpolate' in v && 'values' in v);
}

/**
 * The schema node of `key` below `node` (through $ref, unions and records); the one with a unit
 * first. In a union, a branch that fixes `scheme` is taken only for a value of that scheme.
 */
function child(node: Node | undefined, key: string, index: boolean, scheme: unknown): Node | undefined {
  if (!node) return undefined;
  const resolved = deref(node);
  const fixed = (resolved.properties as Record<string, Node> | undefined)?.scheme?.const;
  if (fixed !== undefined && fixed !== scheme) return undefined;
  const found: Node[] = [];
  const props = resolved.properties as Record<string, Node> | undefined;
  if (props?.[key]) found.push(props[key]);
  if (index && resolved.items && typeof resolved.items === 'object') found.push(resolved.items as Node);
  for (const union of ['anyOf', 'oneOf', 'allOf'] as const) {
    for (const branch of (resolved[union] as Node[] | undefined) ?? []) {
      const c = child(branch, key, index, scheme);
      if (c) found.push(c);
    }
  }
  if (!found.length && resolved.additionalProperties && typeof resolved.additionalProperties === 'object') found.push(resolved.additionalProperties as Node);
  return found.find((n) => typeof deref(n).unit === 'string') ?? found[0];
}

function deref(node: Node): Node {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !schema) return node;
  const target = ref.replace(/^#\//, '').split('/').reduce<unknown>((n, k) => (n as Node | undefined)?.[k], schema);
  return { ...(target as Node), ...node, $ref: undefined };
}
