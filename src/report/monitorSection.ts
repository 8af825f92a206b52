import { message } from '../messages/message';
import type { FundMonitor } from '../monthly/monitorFund';
import { profileChartSpec } from '../charts/profileChartSpec';
import { formatNumber, formatPercent } from '../results/formatNumber';
import { normalQuantile } from '../stochastic/normalQuantile';
import type { Lang } from '../results/labels';
import { escapeHtml } from './escapeHtml';
import { htmlTable, type Column } from './htmlTable';

/**
 * The report's section on the current year month by month (年度内按月分析; docs/monthly.md): per fund
 * with monthly figures, a table of its lines — year to date, the share its profile expects, the
 * full-year re-estimate with its range, the naive A × 12 / m, the budget it is measured against and
 * the execution rate — then the expected surplus, year-end balance and months of reserve with their
 * ranges and the warnings, in the report's language (the labels of `fundcast monitor`); then for
 * each line with a budget, a chart of its year to date over the budget against the profile and its
 * range c_k ± z·sd_k (profileChartSpec; z the normal quantile of the coverage). `caption` and
 * `figure` number the tables and figures with the report's others; `nameOf` gives a fund's name.
 */
export async function monitorSectionHtml(
  monitors: readonly FundMonitor[],
  lang: Lang,
  caption: (title: string) => string,
  nameOf: (id: string) => string,
  figure: (spec: Record<string, unknown>, title: string, note?: string) => Promise<string>,
): Promise<string> {
  const L = (key: Parameters<typeof message>[0], params: Record<string, unknown> = {}) => message(key, params as never, lang);
  const parts: string[] = [];
  for (const m of monitors) {
    parts.push(tableHtml(m));
    const z = normalQuantile(0.5 + m.reEstimate.coverage / 2);
    for (const x of m.rows) {
      const profile = m.reEstimate.lines.find((l) => l.line === x.line)?.profile;
      if (!profile || x.reference === null || !(x.reference > 0) || x.referenceSource === null) continue;
      const rows = profile.cumulative.map((c, k) => ({ month: k + 1, low: c - z * profile.sd[k]!, share: c, high: c + z * profile.sd[k]!, actual: k < x.yearToDateByMonth.length && x.yearToDateByMonth[k] !== null ? x.yearToDateByMonth[k]! / x.reference! : null }));
      const title = L('monthly.label.chartTitle', { fund: nameOf(m.fund), line: x.line });
      parts.push(await figure(profileChartSpec(rows, { title, lang }), title, L('monthly.label.chartNote', { pct: Math.round(100 * m.reEstimate.coverage), source: L(REFERENCE_LABEL[x.referenceSource]) })));
    }
  }
  return parts.join('\n');

  function tableHtml(m: FundMonitor): string {
      const r = m.reEstimate;
      const pct = Math.round(100 * r.coverage);
      const cols: Column[] = [
        { label: L('monthly.label.line') },
        { label: L('monthly.label.ytd'), num: true },
        { label: L('monthly.label.share'), num: true },
        { label: L('monthly.label.estimate'), num: true },
        { label: L('monthly.label.range', { pct }), num: true },
        { label: L('monthly.label.naive'), num: true },
        { label: L('monthly.label.budget'), num: true },
        { label: L('monthly.label.execution'), num: true },
      ];
      const rows = m.rows.map((x) => ({
        cells: [
          { text: x.line },
          { text: formatNumber(x.yearToDate, 1), num: true },
          { text: formatPercent(x.expectedShare), num: true },
          { text: formatNumber(x.estimate, 1), num: true },
          { text: `${formatNumber(x.low, 1)}…${formatNumber(x.high, 1)}`, num: true },
          { text: formatNumber(x.naive, 1), num: true },
          { text: formatNumber(x.reference, 1), num: true },
          { text: formatPercent(x.execution), num: true },
        ],
      }));
      const ranged = (label: string, f: { estimate: number; low: number | null; high: number | null } | null) =>
        `${label}${lang === 'zh' ? '：' : ': '}${f === null ? '—' : `${formatNumber(f.estimate, 1)} (${formatNumber(f.low, 1)} … ${formatNumber(f.high, 1)})`}`;
      const facts = [ranged(L('monthly.label.surplus', { year: r.year }), r.surplus), ranged(L('monthly.label.balance', { year: r.year }), r.balance), ranged(L('monthly.label.months', { year: r.year }), r.reserveMonths)];
      const warnings = m.warnings.length === 0 ? `<p>${escapeHtml(L('monthly.label.noWarnings'))}</p>` : `<p>${escapeHtml(L('monthly.label.warnings', { n: m.warnings.length }))}</p>\n<ul>${m.warnings.map((w) => `<li>${escapeHtml(w.message[lang])}</li>`).join('')}</ul>`;
      const title = `${nameOf(m.fund)}${lang === 'zh' ? '：' : ': '}${L('monthly.label.header', { fund: m.fund, year: r.year, month: r.month })}`;
      return `${htmlTable(caption(title), cols, rows)}\n<ul>${facts.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul>\n${warnings}`;
  }
}

const REFERENCE_LABEL = {
  budget: 'monthly.label.ref.budget',
  draft: 'monthly.label.ref.draft',
  grown: 'monthly.label.ref.grown',
  given: 'monthly.label.ref.given',
} as const;
