/**
 * The categories a reconciliation groups the changes between two forecasts into, in the order the
 * trustees' reports list them: new data, assumption changes, method changes, other.
 */
export const RECONCILE_CATEGORIES = ['data', 'assumptions', 'method', 'other'] as const;
/** A category of differences between two forecasts (one of RECONCILE_CATEGORIES). */
export type ReconcileCategory = (typeof RECONCILE_CATEGORIES)[number];

/** A fund section's parameters that are base-year levels (observed data), not assumptions. */
const LEVELS = new Set(['actives', 'retirees', 'insured', 'base_per_active', 'base', 'average']);
/** A fund's blocks of observed figures. */
const DATA_BLOCKS = new Set(['history', 'opening', 'observed', 'monthly']);

/**
 * The category of a difference between two scenario documents (its path, as scenarioDifferences
 * gives it), by one rule each:
 *
 * - `data` (new data): `base_year`; a fund's `history`, `opening`, `observed`, `monthly`; and the
 *   base-year levels of a fund section (`members.actives|retirees|insured`, `contributions.base_per_active`,
 *   `spending.base`, `disposable_income.base`, `pension.average`);
 * - `method`: `settings` (e.g. the months-of-reserve basis), a fund's age-detailed mode
 *   (`members.age_detailed`) and service lines (`spending.service_lines`), and every parameter a
 *   method overlay sets (`methodNames`: e.g. the overlay `fundcast calibrate` writes);
 * - `other`: a fund added or removed whole, `end_year`, `units`, `stochastic` (no deterministic
 *   outcome reads it) and anything else outside the funds;
 * - `assumptions`: everything else — growth, rates, policy (`adjustments`, a fund's rules, cost control,
 *   shocks, interest, subsidies and premiums, a totals fund's `income` and `expenditure`).
 *
 * A parameter replaced whole (below a section) is one difference: a resident `subsidy_per_head:
 * {indexed: {base, growth}}` whose base and growth both moved counts as one assumption change.
 */
export function reconcileCategory(path: readonly string[], methodNames: ReadonlySet<string> = new Set()): ReconcileCategory {
  const name = path.join('.');
  for (const m of methodNames) if (name === m || name.startsWith(`${m}.`) || m.startsWith(`${name}.`)) return 'method';
  if (path[0] === 'base_year') return 'data';
  if (path[0] === 'settings') return 'method';
  if (path[0] === 'adjustments') return 'assumptions';
  if (path[0] !== 'funds' || path.length < 3) return 'other';
  const [, , section, key] = path;
  if (DATA_BLOCKS.has(section)) return 'data';
  if ((section === 'members' && key === 'age_detailed') || (section === 'spending' && key === 'service_lines')) return 'method';
  if (key !== undefined && LEVELS.has(key)) return 'data';
  return 'assumptions';
}
