import type { FundHistory, HistoryYear } from '../history/types';
import { sameBasisSpans } from '../history/sameBasisSpans';
import type { SeriesHistory } from './types';

const describeBasis = (y: HistoryYear) => [y.basis.report, y.basis.scope, y.basis.maternity ? `maternity ${y.basis.maternity}` : null].filter(Boolean).join(', ') || 'basis not stated';

/**
 * The backtest's view of a fund's history: its LAST same-basis span of consecutive years
 * (sameBasisSpans — the harness never chains a basis change; the years left out are returned in
 * `dropped` so a caller can say so), with the member counts its per-head forecasts divide by:
 * employee funds spread spending over active equivalents A + ρ·R (ρ = retiree/active cost ratio)
 * and income over actives; other funds over the insured.
 */
export function seriesFromHistory(history: FundHistory, options: { scheme?: string; retireeWeight?: number } = {}): { series: SeriesHistory; dropped: number[] } {
  const spans = sameBasisSpans(history.years);
  const span = spans.at(-1) ?? [];
  const dropped = spans.slice(0, -1).flat().map((y) => y.year);
  const rho = options.retireeWeight ?? 1;
  const employee = options.scheme === 'employee';
  const members = span.map((y) =>
    employee ? (y.members.actives === undefined || y.members.retirees === undefined ? null : y.members.actives + rho * y.members.retirees) : (y.members.insured ?? null),
  );
  const series: SeriesHistory = {
    years: span.map((y) => y.year),
    income: span.map((y) => y.income),
    expenditure: span.map((y) => y.expenditure),
    balance: span.map((y) => y.balance),
    ...(members.some((m) => m !== null) ? { members } : {}),
    ...(employee ? { contributors: span.map((y) => y.members.actives ?? null) } : {}),
    basis: span.length ? describeBasis(span[span.length - 1]) : 'no history',
  };
  return { series, dropped };
}
