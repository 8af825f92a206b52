import { formatNumber } from '../results/formatNumber';
import type { Lang } from '../results/labels';
import type { Attribution } from './attributeChange';
import { escapeControls } from '../results/escapeControls';
import { terminalTable, wrapText } from '../results/terminalTable';

/**
 * An attribution as a text table: for each lever its sequential and Shapley parts of the change in
 * balance and months of reserve at the year and in the exhaustion year, then the total (= Σ parts).
 * With `width` (the CLI's 80 unless `--wide`) columns are dropped until the table fits — the
 * sequential ones first when Shapley parts exist, else the Shapley ones — and long lines wrapped.
 */
export function formatAttribution(a: Attribution, options: { lang?: Lang; width?: number } = {}): string {
  const zh = options.lang === 'zh';
  const head = zh
    ? ['政策参数', '累计结余（依次）', '累计结余（Shapley）', '月数（依次）', '月数（Shapley）', '耗尽年份（依次）', '耗尽年份（Shapley）']
    : ['Lever', 'Balance (seq.)', 'Balance (Shapley)', 'Months (seq.)', 'Months (Shapley)', 'Exhaustion yr (seq.)', 'Exhaustion yr (Shapley)'];
  const sh = (v: number | undefined, d: number) => (v === undefined ? '—' : formatNumber(v, d));
  const rows = [
    ...a.parts.map((p) => [zh ? a.names?.levers[a.levers.indexOf(p.lever)]?.zh ?? p.lever : p.lever, formatNumber(p.sequential.balance), sh(p.shapley?.balance, 1), formatNumber(p.sequential.reserveMonths, 2), sh(p.shapley?.reserveMonths, 2), formatNumber(p.sequential.exhaustionYear, 2), sh(p.shapley?.exhaustionYear, 2)]),
    [zh ? '合计' : 'Total', formatNumber(a.total.balance), formatNumber(a.total.balance), formatNumber(a.total.reserveMonths, 2), formatNumber(a.total.reserveMonths, 2), formatNumber(a.total.exhaustionYear, 2), formatNumber(a.total.exhaustionYear, 2)],
  ];
  // when too wide: the exhaustion year goes first, then months, then balance; of each pair the
  // sequential part when Shapley parts exist (they do not depend on the order listed)
  const shapley = a.parts.some((p) => p.shapley !== undefined);
  const drop = (k: number) => (k === 0 ? undefined : 2 * Math.ceil(k / 2) + ((k % 2 === 1) === shapley ? 1 : 0));
  const table = terminalTable(head.map((h, k) => ({ head: h, align: k === 0 ? 'left' as const : 'right' as const, cells: rows.map((r) => r[k]), drop: options.width === undefined ? undefined : drop(k) })), options.width);
  const ex = (o: { exhaustionYear: number; censored: boolean }) => (o.censored ? (zh ? `预测期内未耗尽（记为 ${o.exhaustionYear}）` : `not within the horizon (counted as ${o.exhaustionYear})`) : String(o.exhaustionYear));
  const title = zh
    ? `变化分解：${a.a} → ${a.b}，${a.names?.fund.zh ? `${a.names.fund.zh}（${a.fund}）` : `基金 ${a.fund}`}，${a.year} 年\n  之前：累计结余 ${formatNumber(a.without.balance)}，月数 ${formatNumber(a.without.reserveMonths, 2)}，耗尽年份 ${ex(a.without)}\n  之后：累计结余 ${formatNumber(a.with.balance)}，月数 ${formatNumber(a.with.reserveMonths, 2)}，耗尽年份 ${ex(a.with)}\n  “依次”按所列顺序逐项加入；Shapley 为所有顺序的平均。两种方法各项之和都等于合计。`
    : `Attribution: ${a.a} → ${a.b}, fund ${a.fund}, year ${a.year}\n  before: balance ${formatNumber(a.without.balance)}, months ${formatNumber(a.without.reserveMonths, 2)}, exhausted ${ex(a.without)}\n  after:  balance ${formatNumber(a.with.balance)}, months ${formatNumber(a.with.reserveMonths, 2)}, exhausted ${ex(a.with)}\n  "seq." adds the levers one by one in the order listed; Shapley averages over all orders. Both sets of parts add up to the total.`;
  return escapeControls(`${wrapText(title, options.width)}\n${table}`, '\n') + '\n';
}
