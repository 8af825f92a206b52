import type { HistoryBasis, HistoryYear } from './types';

/**
 * Splits a history into runs of consecutive years (no gap) on one basis — the spans a growth fit
 * or a backtest may chain. A year joins the current run when none of its stated basis fields
 * (report, scope, maternity) differs from the value last stated in the run; a field a year does not
 * state carries the run's value on (so bulletin, unstated, quick report is two runs, never one).
 * checkHistory flags a basis change by the same rule.
 * @example sameBasisSpans(h.years).map((s) => s.map((y) => y.year)) // [[2019], [2021, 2022, 2023, 2024, 2025]]
 */
export function sameBasisSpans(years: readonly HistoryYear[]): HistoryYear[][] {
  const spans: HistoryYear[][] = [];
  let stated: HistoryBasis = { report: null, scope: null, maternity: null };
  for (const y of years) {
    const span = spans.at(-1);
    const prev = span?.at(-1);
    if (span && prev && y.year === prev.year + 1 && basesAgree(stated, y.basis)) span.push(y);
    else {
      spans.push([y]);
      stated = { report: null, scope: null, maternity: null };
    }
    stated = carryBasis(stated, y.basis);
  }
  return spans;
}

/**
 * Whether no basis field stated in both differs.
 * @example basesAgree({ report: 'bulletin', scope: null, maternity: null }, { report: 'quick_report', scope: 'pooled', maternity: null }) // false
 */
export function basesAgree(a: HistoryBasis, b: HistoryBasis): boolean {
  return (Object.keys(a) as (keyof HistoryBasis)[]).every((k) => a[k] === null || b[k] === null || a[k] === b[k]);
}

/** The basis in force after a year: its stated fields, the earlier values for the others. */
export function carryBasis(before: HistoryBasis, year: HistoryBasis): HistoryBasis {
  return { report: year.report ?? before.report, scope: year.scope ?? before.scope, maternity: year.maternity ?? before.maternity };
}
