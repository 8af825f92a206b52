import { label, type Lang } from '../results/labels';
import type { Scenario } from '../scenario/scenarioSchema';
import { scenarioJsonSchema } from '../scenario/scenarioJsonSchema';

/** One row of the assumption table. */
export interface AssumptionRow {
  /** fund id */
  fund: string;
  /** the parameter's path inside the fund, e.g. `members.active_growth` */
  path: string;
  /** the value as written (a time series as `2024: 0.01 · 2031: 0.005`) */
  value: string;
  /** unit from the schema, with `units.money` / `units.persons` resolved to the scenario's units */
  unit: string;
  description: string;
  /** source of the value when the scenario gives one (`{value, source}`), else null */
  source: string | null;
}

type SchemaNode = Record<string, unknown>;

/** The node itself and every alternative it offers (anyOf / oneOf), depth first. */
function alternatives(node: SchemaNode): SchemaNode[] {
  const out = [node];
  for (const key of ['anyOf', 'oneOf'] as const) {
    const list = node[key];
    if (Array.isArray(list)) for (const n of list) out.push(...alternatives(n as SchemaNode));
  }
  return out;
}

/** The schema of `key` inside an object value: the alternative with that property (a scheme's
 * alternative chosen by its `scheme` constant), else additionalProperties. */
function childSchema(node: SchemaNode, key: string, value: Record<string, unknown>): SchemaNode | undefined {
  const alts = alternatives(node);
  const bySchema = alts.filter((a) => {
    const props = a.properties as Record<string, SchemaNode> | undefined;
    if (!props || !(key in props)) return false;
    const scheme = props.scheme?.const;
    return scheme === undefined || scheme === value.scheme;
  });
  if (bySchema.length) return (bySchema[0].properties as Record<string, SchemaNode>)[key];
  const extra = alts.find((a) => typeof a.additionalProperties === 'object');
  return extra?.additionalProperties as SchemaNode | undefined;
}

const metaOf = (node: SchemaNode) => {
  const withUnit = alternatives(node).find((a) => typeof a.unit === 'string');
  return withUnit ? { unit: withUnit.unit as string, description: String(withUnit.description ?? node.description ?? '') } : undefined;
};

/** A value as one line: numbers as written, series `year: value` joined by ' · ', lists with ', '. */
function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map(show).join(', ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('values' in o && typeof o.values === 'object' && o.values !== null) return `${show(o.values)}${o.interpolate ? ` (${String(o.interpolate)})` : ''}`;
    return Object.entries(o).map(([k, v]) => `${k}: ${show(v)}`).join(' · ');
  }
  return String(value);
}

/** Units that are text, names or settings rather than a quantity: not shown as assumptions. */
const NOT_QUANTITIES = new Set(['text', 'label', 'fund id', 'format version', 'file path', 'file paths', 'null']);

/**
 * The assumption table of a scenario: every parameter of every fund as written in the scenario,
 * with its unit and one-line description from the scenario schema (the same metadata `fundcast
 * schema` gives editors), `units.money` and `units.persons` resolved to the scenario's own units
 * in the report's language. Names and other text fields are left out. A parameter given as
 * `{value, source}` shows its source. Order: funds as in the scenario, parameters as written.
 *
 * @example
 * assumptionRows(loaded.scenario, 'en')[0]; // => { fund: 'employee', path: 'opening.balance', value: '30445.5', unit: '100m yuan', … }
 */
export function assumptionRows(scenario: Scenario, lang: Lang): AssumptionRow[] {
  const schema = scenarioJsonSchema() as SchemaNode;
  const fundsSchema = (schema.properties as Record<string, SchemaNode>).funds;
  const units = (scenario as { units?: { money?: string; persons?: string } }).units ?? {};
  const resolveUnit = (unit: string) => unit
    .replace('units.money', label(units.money ?? 'units.money', lang))
    .replace('units.persons', label(units.persons ?? 'units.persons', lang));
  const rows: AssumptionRow[] = [];
  const walk = (fund: string, value: unknown, node: SchemaNode | undefined, path: string[]) => {
    if (node === undefined) return;
    const meta = metaOf(node);
    const sourced = typeof value === 'object' && value !== null && !Array.isArray(value) && 'value' in value && typeof (value as unknown as { source?: unknown }).source === 'string';
    if (meta && (sourced || typeof value !== 'object' || value === null || !alternatives(node).some((a) => a.properties && Object.keys(a.properties as object).some((k) => k in (value as object))))) {
      if (NOT_QUANTITIES.has(meta.unit)) return;
      const v = sourced ? (value as { value: unknown }).value : value;
      rows.push({ fund, path: path.join('.'), value: show(v), unit: resolveUnit(meta.unit), description: meta.description,
        source: sourced ? (value as unknown as { source: string }).source : null });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
    for (const [k, v] of Object.entries(value)) walk(fund, v, childSchema(node, k, value as Record<string, unknown>), [...path, k]);
  };
  const fundSchema = fundsSchema.additionalProperties as SchemaNode;
  for (const [id, fund] of Object.entries(scenario.funds)) walk(id, fund, fundSchema, []);
  return rows;
}
