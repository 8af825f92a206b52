import type { Lang } from '../results/labels';
import type { Verdict } from './verdict';
import { escapeControls } from '../results/escapeControls';
import { wrapText } from '../results/terminalTable';

/**
 * A verdict as text: the fund's name, the plain-language summary, then the figures it rests on —
 * first deficit and exhaustion years, the years below and above the thresholds (runs of
 * consecutive years written as 2028–2045), the largest and smallest months of reserve, and for a
 * fund with a history the gap rate and months of reserve of each observed year. With `width`
 * (the CLI's 80 unless `--wide`) long lines are wrapped to that many display columns.
 * @example formatVerdict(verdict(result, 'employee'), 'en')
 */
export function formatVerdict(v: Verdict, lang: Lang = 'en', width?: number): string {
  const zh = lang === 'zh';
  const year = (y: number | null) => (y === null ? (zh ? '预测期内未出现' : 'none within the horizon') : String(y));
  const years = (ys: number[]) => (ys.length === 0 ? (zh ? '无' : 'none') : yearRuns(ys));
  const m = (x: { months: number; year: number } | null) => (x === null ? '—' : zh ? `${x.months.toFixed(1)}个月（${x.year}年）` : `${x.months.toFixed(1)} months (${x.year})`);
  const { low, high } = v.thresholds;
  const lines = zh
    ? [
        `${v.name.zh} [${v.fund}]`,
        v.summary.zh,
        `首个当期赤字年份：${year(v.firstDeficitYear)}；累计结余耗尽年份：${year(v.exhaustionYear)}`,
        `低于${low}个月的年份（${v.belowLow.count}年）：${years(v.belowLow.years)}`,
        `高于${high}个月的年份（${v.aboveHigh.count}年）：${years(v.aboveHigh.years)}`,
        `最高：${m(v.largest)}；最低：${m(v.smallest)}`,
        ...history(v, 'zh'),
      ]
    : [
        `${v.name.en} [${v.fund}]`,
        v.summary.en,
        `First current deficit: ${year(v.firstDeficitYear)}; balance exhausted: ${year(v.exhaustionYear)}`,
        `Years below ${low} months (${v.belowLow.count}): ${years(v.belowLow.years)}`,
        `Years above ${high} months (${v.aboveHigh.count}): ${years(v.aboveHigh.years)}`,
        `Largest: ${m(v.largest)}; smallest: ${m(v.smallest)}`,
        ...history(v, 'en'),
      ];
  return escapeControls(wrapText(lines.join('\n'), width), '\n') + '\n';
}

/** Increasing years as runs: [2025, 2027, 2028, 2029] → '2025, 2027–2029'. */
function yearRuns(ys: number[]): string {
  const runs: string[] = [];
  let start = ys[0];
  for (let i = 1; i <= ys.length; i++) {
    if (i < ys.length && ys[i] === ys[i - 1] + 1) continue;
    const end = ys[i - 1];
    runs.push(start === end ? String(start) : `${start}–${end}`);
    start = ys[i];
  }
  return runs.join(', ');
}

/** One line per observed year that has either figure: gap rate (%) and months of reserve, '—' where unknown. */
function history(v: Verdict, lang: Lang): string[] {
  const known = v.history.filter((h) => h.gapRate !== null || h.months !== null);
  if (known.length === 0) return [];
  const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
  const mo = (x: number | null) => (x === null ? '—' : x.toFixed(1));
  return [
    lang === 'zh' ? '历史年份（实际）：缺口率 (支出 − 收入)/收入，可支付月数' : 'Observed years: gap rate (E − I)/I, months of reserve',
    ...known.map((h) => (lang === 'zh' ? `  ${h.year}年：缺口率 ${pct(h.gapRate)}，可支付 ${mo(h.months)} 个月` : `  ${h.year}: gap rate ${pct(h.gapRate)}, ${mo(h.months)} months`)),
  ];
}
