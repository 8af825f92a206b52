import { message } from '../messages/message';
import { escapeControls } from '../results/escapeControls';
import { formatNumber } from '../results/formatNumber';
import type { Lang } from '../results/labels';
import { terminalTable, wrapText } from '../results/terminalTable';
import { RECONCILE_OUTCOMES, type OutcomeReconciliation, type ReconcileOutcome, type Reconciliation } from './reconcile';
import { RECONCILE_CATEGORIES } from './reconcileCategory';
import { roundedParts } from './roundedParts';
import { csvField } from '../general/csvField';

/** Decimals shown for each outcome's values and parts. */
export const RECONCILE_DECIMALS: Record<ReconcileOutcome, number> = { firstDeficitYear: 2, exhaustionYear: 2, reserveMonths: 2, balance: 1 };

/**
 * The lines of one outcome as shown: earlier, the re-run line (saved results only), one line per
 * category, later, total change — parts rounded so that they add up exactly to the change shown
 * (roundedParts); null cells where the change is not split.
 */
export function reconciliationLines(o: OutcomeReconciliation, withRerun: boolean, decimals: number): { line: string; value: number | null }[] {
  const lines = RECONCILE_CATEGORIES;
  const shown = o.change === null || o.parts === null ? null : roundedParts([...(withRerun ? [o.rerun ?? 0] : []), ...lines.map((c) => o.parts![c])], o.change, decimals);
  const at = (i: number) => (shown === null ? null : shown[i]);
  return [
    { line: 'earlier', value: o.earlier },
    ...(withRerun ? [{ line: 'rerun', value: at(0) }] : []),
    ...lines.map((c, i) => ({ line: c, value: at(i + (withRerun ? 1 : 0)) })),
    { line: 'later', value: o.later },
    { line: 'change', value: o.change === null ? null : Math.round(o.change * 10 ** decimals) / 10 ** decimals },
  ];
}

/**
 * A reconciliation as text tables, one per fund, in the trustees' layout: lines (earlier forecast,
 * each category, later forecast, total change) by outcome (first deficit, exhaustion, months and
 * balance in the year); then, for an outcome not split, why and what each category alone gives;
 * then the differences in each category.
 */
export function formatReconciliation(r: Reconciliation, options: { lang?: Lang; width?: number } = {}): string {
  const lang = options.lang ?? 'en';
  const withRerun = r.earlier.kind === 'results';
  const never = message('attribution.reconcile.never', {}, lang);
  const out = [wrapText(`${message('attribution.reconcile.title', { earlier: r.earlier.id, later: r.later.id, year: r.year }, lang)}\n${message('attribution.reconcile.how', {}, lang)}`, options.width)];
  for (const f of r.funds) {
    const name = lang === 'zh' ? f.name.zh ?? f.name.en : f.name.en;
    const columns = RECONCILE_OUTCOMES.map((k) => {
      const o = f.outcomes.find((x) => x.outcome === k)!;
      const d = RECONCILE_DECIMALS[k];
      const year = k === 'firstDeficitYear' || k === 'exhaustionYear';
      return reconciliationLines(o, withRerun, d).map(({ line, value }) => {
        if (line === 'earlier' || line === 'later') return value === null ? never : year ? String(value) : formatNumber(value, d);
        if (value === null) return '—';
        return `${value > 0 ? '+' : ''}${formatNumber(value, d)}`;
      });
    });
    const lines = reconciliationLines(f.outcomes[0], withRerun, 0).map((l) => message('attribution.reconcile.line', { line: l.line, version: r.later.fundcastVersion, savedVersion: r.earlier.fundcastVersion }, lang));
    out.push(`\n${name} [${f.fund}]`);
    out.push(terminalTable([{ head: '', align: 'left', cells: lines }, ...RECONCILE_OUTCOMES.map((k, i) => ({ head: message('attribution.reconcile.outcome', { outcome: k, year: r.year }, lang), cells: columns[i] }))], options.width));
    for (const o of f.outcomes.filter((x) => x.unsplit)) {
      const show = (v: number | null) => (v === null ? never : formatNumber(v, o.outcome === 'balance' ? 1 : o.outcome === 'reserveMonths' ? 2 : 0));
      const alone = RECONCILE_CATEGORIES.map((c) => ({ category: message('attribution.reconcile.line', { line: c }, lang), value: show(o.unsplit!.alone[c]) }));
      out.push(wrapText(message('attribution.reconcile.unsplit', { outcome: message('attribution.reconcile.outcome', { outcome: o.outcome, year: r.year }, lang), earlier: show(o.earlier), later: show(o.later), alone }, lang), options.width));
    }
  }
  out.push('');
  for (const c of r.categories) out.push(wrapText(message('attribution.reconcile.category', { category: c.category, differences: c.differences }, lang), options.width));
  if (r.onlyEarlier.length) out.push(message('attribution.reconcile.only', { side: 'earlier', funds: r.onlyEarlier }, lang));
  if (r.onlyLater.length) out.push(message('attribution.reconcile.only', { side: 'later', funds: r.onlyLater }, lang));
  return escapeControls(out.join('\n'), '\n') + '\n';
}

/**
 * A reconciliation as CSV (RFC 4180): `fund,outcome,year,line,value`, one line per fund, outcome
 * and line (earlier, rerun for saved results, data, assumptions, method, other, later, change),
 * parts rounded as the table shows them (so they add up exactly to the change); an empty value
 * where a year does not occur or a change is not split.
 */
export function reconciliationCsv(r: Reconciliation): string {
  const rows = ['fund,outcome,year,line,value'];
  for (const f of r.funds) {
    for (const o of f.outcomes) {
      const d = RECONCILE_DECIMALS[o.outcome];
      for (const l of reconciliationLines(o, r.earlier.kind === 'results', d)) rows.push([csvField(f.fund), o.outcome, String(r.year), l.line, l.value === null ? '' : String(Number(l.value.toFixed(d)))].join(','));
    }
  }
  return rows.join('\n') + '\n';
}
