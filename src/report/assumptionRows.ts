import { label, type Lang } from '../results/labels';
import type { Scenario } from '../scenario/scenarioSchema';
import { listParameters } from '../scenario/listParameters';
import { unitLabel } from './reportLabels';

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
  /** where the value comes from (the scenario's `sources`, see listParameters), else null */
  source: string | null;
}

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
 * The assumption table of a scenario: every parameter of every fund (listParameters: as written in
 * the scenario, with its unit, one-line description and source), the unit in the report's language
 * (UNIT_ZH) with `units.money` and `units.persons` resolved to the scenario's own units. Order: funds as in the scenario,
 * parameters in the schema's order.
 *
 * @example
 * assumptionRows(loaded.scenario, 'en')[0]; // => { fund: 'employee', path: 'interest_rate', value: '0.015', unit: 'annual rate (0.015 = 1.5%)', … }
 */
export function assumptionRows(scenario: Scenario, lang: Lang): AssumptionRow[] {
  const units = scenario.units;
  const resolveUnit = (unit: string) => unitLabel(unit, lang).replace('units.money', label(units.money, lang)).replace('units.persons', label(units.persons, lang));
  return listParameters(scenario)
    .filter((p) => p.path.startsWith('funds.') && !NOT_QUANTITIES.has(p.schemaUnit) && !/\.\d+(\.|$)/.test(p.path)) // not the rows of lists (shocks, age bands)
    .map((p) => {
      const [, fund, ...rest] = p.path.split('.');
      return { fund, path: rest.join('.'), value: show(p.value), unit: resolveUnit(p.schemaUnit), description: p.description, source: p.source };
    });
}
