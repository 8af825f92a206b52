import { message } from '../messages/message';
import { displayWidth, padToWidth } from '../results/displayWidth';
import { formatNumber, formatPercent } from '../results/formatNumber';
import { TERMINAL_WIDTH, wrapText } from '../results/terminalTable';
import type { FundMonitor } from './monitorFund';

/**
 * The monthly analysis as text (fits 80 columns): per fund a header with the month, a table of its
 * lines — year to date, the share expected by the profile, the full-year re-estimate with its range,
 * the naive A × 12 / m and the execution rate — then the expected surplus, year-end balance and months
 * of reserve with their ranges, and the warnings (wrapped to `width` columns; undefined: unwrapped), in
 * English or Chinese.
 */
export function formatMonitor(monitors: readonly FundMonitor[], lang: 'en' | 'zh', width: number | undefined = TERMINAL_WIDTH): string {
  const L = (key: Parameters<typeof message>[0], params: Record<string, unknown> = {}) => message(key, params as never, lang);
  const out: string[] = [];
  for (const m of monitors) {
    const r = m.reEstimate;
    const pct = Math.round(100 * r.coverage);
    out.push(L('monthly.label.header', { fund: m.fund, year: r.year, month: r.month }));
    const head = [L('monthly.label.line'), L('monthly.label.ytd'), L('monthly.label.share'), L('monthly.label.estimate'), L('monthly.label.range', { pct }), L('monthly.label.naive'), L('monthly.label.execution')];
    const body = m.rows.map((x) => [
      x.line,
      formatNumber(x.yearToDate),
      formatPercent(x.expectedShare),
      formatNumber(x.estimate),
      `${formatNumber(x.low)}…${formatNumber(x.high)}`,
      formatNumber(x.naive),
      formatPercent(x.execution),
    ]);
    const widths = head.map((h, i) => Math.max(displayWidth(h), ...body.map((b) => displayWidth(b[i]!))));
    const row = (cells: string[]) => cells.map((c, i) => padToWidth(c, widths[i]!, i > 0)).join('  ').trimEnd();
    out.push(row(head), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(row));
    const sources = (
      [
        ['budget', 'monthly.label.source.budget'],
        ['draft', 'monthly.label.source.draft'],
        ['grown', 'monthly.label.source.grown'],
        ['given', 'monthly.label.source.given'],
      ] as const
    ).flatMap(([src, key]) => {
      const lines = m.rows.filter((x) => x.referenceSource === src).map((x) => x.line);
      return lines.length ? [L(key, { lines: lines.join(', ') })] : [];
    });
    if (sources.length) out.push(wrapText(L('monthly.label.against', { year: r.year, source: sources.join(lang === 'zh' ? '；' : '; ') }), width));
    const ranged = (label: string, f: { estimate: number; low: number | null; high: number | null } | null) =>
      `${label}${lang === 'zh' ? '：' : ': '}${f === null ? '—' : `${formatNumber(f.estimate)} (${formatNumber(f.low)} … ${formatNumber(f.high)})`}`;
    out.push(ranged(L('monthly.label.surplus', { year: r.year }), r.surplus), ranged(L('monthly.label.balance', { year: r.year }), r.balance), ranged(L('monthly.label.months', { year: r.year }), r.reserveMonths));
    out.push(m.warnings.length === 0 ? L('monthly.label.noWarnings') : L('monthly.label.warnings', { n: m.warnings.length }));
    for (const w of m.warnings) out.push(wrapText(`  ! ${w.message[lang]}`, width));
    out.push('');
  }
  return out.join('\n');
}
