import type { Lang } from '../results/labels';
import type { ProjectionResult } from '../results/types';
import { SolveError } from './SolveError';
import type { TopUpResult } from './requiredTopUp';
import type { Bilingual, Verdict, VerdictStatus, VerdictTopUp, YearMonths } from './types';
import { verdictSummary } from './verdictSummary';

export type { Verdict, VerdictStatus, VerdictTopUp, YearMonths } from './types';

/**
 * Sustainability verdict for one fund of a projection: the base year's own months of reserve, the
 * gap rate and months of reserve of each observed (history) year, first current-deficit year, exhaustion
 * year, band per year, years below `low` (default 3, 结余不足) and above `high` (default 15,
 * 结余过多) months of reserve — counts and lists — the largest and smallest months with their
 * years, and a short plain-language summary in English and Chinese built only from these numbers
 * (months shown to one decimal). The thresholds are the official lines for the employee pooled
 * fund (人社部发〔2009〕67号); `bandBasis` says when they are applied as an extension.
 *
 * The status also reflects the band the fund ends in: below `normal` (default: the lower bound of
 * the band with id 'normal', 6 months with the official bands; else `low`) it is `low_reserve`
 * at best, never `sustainable`.
 *
 * It names the deficits the fund already ran in its observed years (surplus S < 0, up to and including
 * the base year) and states the treasury top-up: what the fund's `treasury_top_up` rule pays in the
 * projection when it has one, else — when `topUp` (requiredTopUp for this fund) is given and pays
 * anything — the least top-up keeping its floor: total, first year and largest year.
 *
 * Throws a SolveError for an unknown fund or thresholds that are not finite with low ≤ normal and low < high.
 * @example verdict(result, 'employee', { lang: 'zh' }).text // '区职工医保统筹基金（2025–2045年）：…'
 */
export function verdict(result: ProjectionResult, fundId: string, options: { lang?: Lang; low?: number; normal?: number; high?: number; topUp?: TopUpResult } = {}): Verdict {
  const f = result.funds.find((x) => x.id === fundId);
  if (!f) {
    const ids = result.funds.map((x) => x.id).join(', ');
    throw new SolveError('solve.fund.unknown.verdict', { fundId, ids });
  }
  const low = options.low ?? 3;
  const high = options.high ?? 15;
  const normalBand = result.bands.find((b) => b.id === 'normal');
  const normal = options.normal ?? (normalBand?.lower ?? low);
  if (!Number.isFinite(low) || !Number.isFinite(high) || !Number.isFinite(normal) || !(low < high) || !(low <= normal)) {
    throw new SolveError('solve.verdict.thresholds', { low, high, normal });
  }
  if (f.rows.length === 0) throw new SolveError('solve.verdict.rows', { fundId });
  const withMonths = f.rows.filter((r) => r.reserveMonths !== null).map((r) => ({ year: r.year, months: r.reserveMonths as number }));
  const below = withMonths.filter((r) => r.months < low).map((r) => r.year);
  const above = withMonths.filter((r) => r.months > high).map((r) => r.year);
  const largest = withMonths.reduce<YearMonths | null>((m, r) => (m === null || r.months > m.months ? r : m), null);
  const smallest = withMonths.reduce<YearMonths | null>((m, r) => (m === null || r.months < m.months ? r : m), null);
  const last = f.rows[f.rows.length - 1];
  const endsLow = last.reserveMonths !== null && last.reserveMonths < normal;
  const status: VerdictStatus = f.exhaustionYear !== null ? 'exhausted' : below.length > 0 ? 'below_floor' : f.firstDeficitYear !== null ? 'drawing_down' : endsLow ? 'low_reserve' : 'sustainable';
  const bandLabel = (id: string): Bilingual => {
    const b = result.bands.find((x) => x.id === id);
    return b ? { en: b.labelEn, zh: b.labelZh } : id === 'no_expenditure' ? { en: 'no expenditure', zh: '无支出' } : { en: id, zh: id };
  };
  const endLabel = bandLabel(last.band);
  const v: Omit<Verdict, 'summary' | 'text'> = {
    fund: f.id,
    name: { en: f.name, zh: f.nameZh ?? f.name },
    bandBasis: f.bandBasis,
    firstYear: f.rows[0].year,
    lastYear: f.rows[f.rows.length - 1].year,
    status,
    firstDeficitYear: f.firstDeficitYear,
    exhaustionYear: f.exhaustionYear,
    bands: f.rows.map((r) => ({ year: r.year, band: r.band, months: r.reserveMonths })),
    thresholds: { low, normal, high },
    end: { year: last.year, months: last.reserveMonths, band: last.band, label: endLabel },
    base: { year: f.base.year, months: f.base.reserveMonths, band: f.base.band, label: bandLabel(f.base.band) },
    history: (f.history ?? []).map((r) => ({ year: r.year, gapRate: r.gapRate, months: r.reserveMonths, band: r.band })),
    observedDeficits: (f.history ?? []).filter((r) => r.surplus !== null && r.surplus < 0).map((r) => ({ year: r.year, surplus: r.surplus as number })),
    moneyUnit: result.unit.money,
    topUp: verdictTopUp(f.rows, options.topUp),
    belowLow: { count: below.length, years: below },
    aboveHigh: { count: above.length, years: above },
    largest,
    smallest,
  };
  const summary = verdictSummary(v);
  return { ...v, summary, text: summary[options.lang ?? 'en'] };
}

/**
 * The top-up a verdict states: the rule's payments (the `treasury_top_up` income item, present in
 * every row of a fund with the rule), else the least top-up path given, else null; null too when
 * the least path pays nothing.
 */
function verdictTopUp(rows: ProjectionResult['funds'][number]['rows'], least: TopUpResult | undefined): VerdictTopUp | null {
  const rule = rows.some((r) => 'treasury_top_up' in r.incomeItems);
  const path = rule ? rows.map((r) => ({ year: r.year, amount: r.incomeItems.treasury_top_up ?? 0 })) : least ? least.path.map((p) => ({ year: p.year, amount: p.topUp })) : null;
  if (!path || (!rule && !path.some((p) => p.amount > 0))) return null;
  const years = path.filter((p) => p.amount > 0);
  const largest = years.reduce<{ year: number; amount: number } | null>((m, p) => (m === null || p.amount > m.amount ? p : m), null);
  return { basis: rule ? 'rule' : 'least', floorMonths: rule ? null : least!.floorMonths, total: years.reduce((s, p) => s + p.amount, 0), firstYear: years[0]?.year ?? null, largest, years };
}
