/**
 * Merges a derived scenario onto the scenario it `extends`, returning a new document
 * (neither input is mutated).
 *
 * Merge rule, stated so that users can predict it:
 * - the document root, `units`, `settings`, `funds`, each fund, and each fund's sections
 *   (`opening`, `observed`, `members`, `contributions`, `pension`, `individual_accounts`,
 *   `spending`, `disposable_income`, `cost_control`, `rules`) are merged key by key;
 * - lists of named changes accumulate — the root `adjustments`, a fund's `shocks`, and
 *   `cost_control.savings` and `cost_control.benefit_changes`: the derived file's items follow the
 *   base's (so overlays A and B both apply). Such an item cannot be removed by a derived file;
 * - in the age-detailed mode, `members.age_detailed` and its `population`, `by_age` and
 *   `retirement` blocks merge key by key too;
 * - everything below a section, and every other key, is a parameter and is replaced whole
 *   (a time series given in the derived file replaces the base's series for all years);
 * - a null value removes the key it is written at, as in JSON Merge Patch (RFC 7386): e.g.
 *   `funds: {some_fund: null}` removes a fund, `members: {active_growth: null}` an inherited growth rate.
 */
export function mergeScenario(base: unknown, override: unknown): unknown {
  return merge(base, override, []);
}

const SECTIONS = new Set(['opening', 'observed', 'members', 'contributions', 'pension', 'individual_accounts', 'spending', 'disposable_income', 'cost_control', 'rules']);

const ACCUMULATING = new Set(['adjustments', 'shocks', 'savings', 'benefit_changes']);

const AGE_DETAIL_BLOCKS = new Set(['population', 'by_age', 'retirement']);

/**
 * Whether the object at `path` is merged key by key (true) or is a parameter replaced whole.
 * Structural: the root, units, settings, funds, sources (by parameter path), each fund, each fund's sections, and in the
 * age-detailed mode `members.age_detailed` and its population / by_age / retirement blocks
 * (so a variant can switch only `retirement.reform_2025`).
 */
export function isStructural(path: readonly string[]): boolean {
  if (path.length === 0) return true;
  if (path.length === 1) return path[0] === 'units' || path[0] === 'settings' || path[0] === 'funds' || path[0] === 'sources';
  if (path[0] !== 'funds') return false;
  if (path.length === 2) return true;
  if (path.length === 3) return SECTIONS.has(path[2]);
  if (path[2] !== 'members' || path[3] !== 'age_detailed') return false;
  return path.length === 4 || (path.length === 5 && AGE_DETAIL_BLOCKS.has(path[4]));
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function merge(base: unknown, over: unknown, path: string[]): unknown {
  if (!isStructural(path) || !isPlainObject(base) || !isPlainObject(over)) return structuredClone(over);
  const out: Record<string, unknown> = structuredClone(base);
  for (const [k, v] of Object.entries(over)) {
    if (v === null) {
      delete out[k];
      continue;
    }
    if (ACCUMULATING.has(k) && Array.isArray(out[k]) && Array.isArray(v)) {
      out[k] = [...structuredClone(out[k] as unknown[]), ...structuredClone(v)];
      continue;
    }
    out[k] = k in out ? merge(out[k], v, [...path, k]) : structuredClone(v);
  }
  return out;
}
