import { resolveAssumptions } from '../assumptions/resolveAssumptions';
import { project } from '../engine/project';
import { FundcastError } from '../errors/FundcastError';
import type { FundResult, ProjectionResult } from '../results/types';
import { ScenarioError } from '../scenario/ScenarioError';
import { validateScenario, type LoadedScenario } from '../scenario/loadScenario';
import { absoluteFiles } from './absoluteFiles';
import { RECONCILE_CATEGORIES, reconcileCategory, type ReconcileCategory } from './reconcileCategory';
import { applyDifferences, scenarioDifferences } from './scenarioDifferences';
import { shapleyValues } from './shapleyValues';

/** The key outcomes a reconciliation explains, per fund. */
export const RECONCILE_OUTCOMES = ['firstDeficitYear', 'exhaustionYear', 'reserveMonths', 'balance'] as const;
/** A key outcome a reconciliation explains (one of RECONCILE_OUTCOMES). */
export type ReconcileOutcome = (typeof RECONCILE_OUTCOMES)[number];

/** One outcome of one fund: earlier and later values, the change and its parts. */
export interface OutcomeReconciliation {
  outcome: ReconcileOutcome;
  /** the earlier forecast's value (as saved, for saved results); null: never within the horizon (years) or undefined months */
  earlier: number | null;
  later: number | null;
  /** later − earlier; null when one of them is null and the other is not */
  change: number | null;
  /** the earlier scenario re-run by this fundcast minus the earlier value as saved (0 for an earlier scenario; null when one is null) */
  rerun: number | null;
  /** Shapley parts over the categories (0 for a category without changes); rerun + Σ parts = change */
  parts: Record<ReconcileCategory, number> | null;
  /**
   * why `parts` is null: some combination of the changes gives no value (a year not reached within
   * the horizon, months undefined) — a missing year has no size to split. `alone`: the value with
   * each category's changes alone applied to the earlier forecast (null: none), shown instead.
   */
  unsplit: { reason: 'never'; alone: Record<ReconcileCategory, number | null> } | null;
}

/** The reconciliation of one fund present in both forecasts. */
export interface FundReconciliation {
  fund: string;
  name: { en: string; zh: string | null };
  outcomes: OutcomeReconciliation[];
}

/** An earlier forecast: its scenario, and — when it comes from saved results — those results. */
export interface EarlierForecast {
  loaded: LoadedScenario;
  /** the saved `fundcast run --format json` results it was checked against (hash equal), if any */
  saved?: ProjectionResult;
  /** the file the earlier forecast was read from (results JSON or scenario) */
  file: string;
}

/**
 * How the key outcomes moved from an earlier forecast to a later one: per fund the first
 * current-deficit year, the exhaustion year, and months of reserve and balance in `year`, each
 * change split into new data, assumption changes, method changes and other (reconcileCategory).
 */
export interface Reconciliation {
  earlier: { id: string; hash: string; fundcastVersion: string; file: string; kind: 'scenario' | 'results' };
  later: { id: string; hash: string; fundcastVersion: string };
  year: number;
  /** the differences (dotted parameter paths) in each category, in document order */
  categories: { category: ReconcileCategory; differences: string[] }[];
  funds: FundReconciliation[];
  /** funds only one forecast has (not reconciled) */
  onlyEarlier: string[];
  onlyLater: string[];
  /** projections run (2^k for k categories with changes) */
  evaluations: number;
}

type Values = Record<string, Record<ReconcileOutcome, number | null>>;

/** The outcomes of every fund of a projection: first deficit, exhaustion, months and balance in `year`. */
function outcomes(result: ProjectionResult, funds: readonly string[], year: number): Values {
  const out: Values = {};
  for (const id of funds) {
    const f = result.funds.find((x) => x.id === id) as FundResult;
    const row = f.rows.find((r) => r.year === year);
    if (!row) throw new FundcastError('attribution.yearOutside', { year, year2: f.rows[0].year, year3: f.rows[f.rows.length - 1].year });
    out[id] = { firstDeficitYear: f.firstDeficitYear, exhaustionYear: f.exhaustionYear, reserveMonths: row.reserveMonths, balance: row.balance };
  }
  return out;
}

/**
 * Reconciles an earlier forecast with a later one (the trustees' "changes since the last report"):
 *
 * 1. the differences between the two scenario documents (scenarioDifferences) are grouped into
 *    categories (reconcileCategory; `methodNames`: parameters set by method overlays);
 * 2. every combination S of the k categories with changes is projected — the earlier document with
 *    the differences of S set to the later values — and each outcome v(S) read (2^k ≤ 16 projections);
 * 3. each category's part is its Shapley value over the categories (shapleyValues):
 *    φ_c = Σ_{S ∌ c} |S|!(k − |S| − 1)!/k! · (v(S ∪ {c}) − v(S)), so Σ_c φ_c = v(all) − v(∅) and no order
 *    is favoured; a category without changes gets 0.
 *
 * Years are split the same way, on the year itself (e.g. new data −1, assumptions +3: a deficit
 * 2 years later); the parts of a year can be fractions (the average over orders). When any
 * combination gives no year (never within the horizon, or months undefined), the change is not
 * split: a missing year has no size, and any stand-in (the end year + 1) would put a made-up number
 * into the parts; the value with each category alone is given instead.
 *
 * A combination may take the later forecast's assumptions onto the earlier base year: a year series
 * whose first key is after the base year (the later forecast says nothing of the years it observed)
 * starts at the base year with its first value (carrySeriesBack).
 *
 * With saved results, v(∅) is the earlier scenario re-run by this fundcast; the `rerun` line
 * (re-run − saved: what a new fundcast version changed) comes first, so change = rerun + Σ φ_c.
 * Throws FundcastError `attribution.reconcileYear` when `year` is not projected by both
 * forecasts, and `attribution.reconcileInvalid` (with the first issue) when a combination of the
 * changes is not a valid scenario.
 */
export function reconcile(earlier: EarlierForecast, later: LoadedScenario, options: { year?: number; methodNames?: ReadonlySet<string> } = {}): Reconciliation {
  const a = absoluteFiles(earlier.loaded);
  const b = absoluteFiles(later);
  const first = Math.max(a.base_year, b.base_year) + 1;
  const last = Math.min(a.end_year, b.end_year);
  const year = options.year ?? Math.min(b.base_year + 10, last);
  if (!Number.isInteger(year) || year < first || year > last) throw new FundcastError('attribution.reconcileYear', { year, first, last });
  const diffs = scenarioDifferences(a, b);
  const category = diffs.map((d) => reconcileCategory(d.path, options.methodNames));
  const categories = RECONCILE_CATEGORIES.map((c) => ({ category: c, differences: diffs.filter((_, i) => category[i] === c).map((d) => d.name) }));
  const players = RECONCILE_CATEGORIES.filter((c) => categories.find((x) => x.category === c)!.differences.length > 0);
  const earlierIds = Object.keys(a.funds);
  const laterIds = Object.keys(b.funds);
  const funds = earlierIds.filter((id) => laterIds.includes(id));
  const cache = new Map<number, Values>();
  const v = (mask: number): Values => {
    let r = cache.get(mask);
    if (r) return r;
    const chosen = players.filter((_, i) => mask & (1 << i));
    const doc = carrySeriesBack(applyDifferences(a, diffs.filter((_, i) => chosen.includes(category[i]))));
    let result: ProjectionResult;
    try {
      result = project(resolveAssumptions(validateScenario(doc, earlier.loaded.files[0])), { demography: false });
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      const issue = e.issues[0];
      throw new FundcastError('attribution.reconcileInvalid', { categories: chosen.join(', ') || '—', path: issue?.path.join('.') ?? '', en: issue?.message.en ?? e.message, zh: issue?.message.zh ?? e.message });
    }
    r = outcomes(result, funds, year);
    cache.set(mask, r);
    return r;
  };
  const all = (1 << players.length) - 1;
  const saved = earlier.saved ? outcomes(earlier.saved, funds, year) : null;
  const laterResult = project(resolveAssumptions(later), { demography: false });
  const rerunResult = project(resolveAssumptions(earlier.loaded), { demography: false });
  const names = Object.fromEntries(laterResult.funds.map((f) => [f.id, { en: f.name, zh: f.nameZh }]));
  const minus = (x: number | null, y: number | null) => (x === null && y === null ? 0 : x === null || y === null ? null : x - y);
  const reconciled: FundReconciliation[] = funds.map((id) => ({
    fund: id,
    name: names[id],
    outcomes: RECONCILE_OUTCOMES.map((k): OutcomeReconciliation => {
      const start = saved ? saved[id][k] : v(0)[id][k];
      const end = v(all)[id][k];
      const rerun = saved ? minus(v(0)[id][k], start) : 0;
      const values: (number | null)[] = [];
      for (let m = 0; m <= all; m++) values.push(v(m)[id][k]);
      const zero = Object.fromEntries(RECONCILE_CATEGORIES.map((c) => [c, 0])) as Record<ReconcileCategory, number>;
      if (values.every((x) => x === null)) return { outcome: k, earlier: start, later: end, change: minus(end, start), rerun, parts: zero, unsplit: null };
      if (values.some((x) => x === null)) {
        const alone = Object.fromEntries(RECONCILE_CATEGORIES.map((c) => [c, players.includes(c) ? v(1 << players.indexOf(c))[id][k] : v(0)[id][k]])) as Record<ReconcileCategory, number | null>;
        return { outcome: k, earlier: start, later: end, change: minus(end, start), rerun, parts: null, unsplit: { reason: 'never', alone } };
      }
      const phi = shapleyValues(players.length, (m) => [values[m] as number]);
      const parts = { ...zero };
      players.forEach((c, i) => (parts[c] = phi[i][0]));
      return { outcome: k, earlier: start, later: end, change: minus(end, start), rerun, parts, unsplit: null };
    }),
  }));
  return {
    earlier: { id: rerunResult.scenario.id, hash: rerunResult.scenario.hash, fundcastVersion: earlier.saved?.fundcastVersion ?? rerunResult.fundcastVersion, file: earlier.file, kind: earlier.saved ? 'results' : 'scenario' },
    later: { id: laterResult.scenario.id, hash: laterResult.scenario.hash, fundcastVersion: laterResult.fundcastVersion },
    year,
    categories,
    funds: reconciled,
    onlyEarlier: earlierIds.filter((id) => !laterIds.includes(id)),
    onlyLater: laterIds.filter((id) => !earlierIds.includes(id)),
    evaluations: cache.size,
  };
}

/**
 * The document with every year series (a map of four-digit years to numbers or words, outside
 * `history` and `monthly`) whose first key is after `base_year` started at the base year instead:
 * {2025: g, 2031: h} on base year 2024 becomes {2024: g, 2031: h} — the first value carried back
 * over the years the later forecast observed.
 */
function carrySeriesBack(doc: Record<string, any>): Record<string, any> {
  const base = doc.base_year as number;
  const walk = (node: any, key: string) => {
    if (node === null || typeof node !== 'object' || key === 'history' || key === 'monthly') return;
    if (Array.isArray(node)) return node.forEach((x) => walk(x, ''));
    const keys = Object.keys(node);
    const series = keys.length > 0 && keys.every((k) => /^\d{4}$/.test(k)) && keys.every((k) => typeof node[k] !== 'object');
    if (series) {
      const first = Math.min(...keys.map(Number));
      if (first > base) {
        const value = node[String(first)];
        delete node[String(first)];
        node[String(base)] = value;
      }
      return;
    }
    for (const k of keys) walk(node[k], k);
  };
  walk(doc, '');
  return doc;
}
