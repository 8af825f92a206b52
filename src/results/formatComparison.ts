import type { Comparison } from './compareResults';
import { formatNumber, formatYear } from './formatNumber';
import { label, type Lang } from './labels';
import { escapeControls } from './escapeControls';
import { terminalTable, wrapText } from './terminalTable';

/**
 * A comparison as text tables: key years, then balance and months of reserve in A, B and B − A.
 * With `width` (the CLI's 80 unless `--wide`) the differences in months, then the balances of A
 * and B, are dropped until a table fits, and long lines are wrapped.
 */
export function formatComparison(c: Comparison, options: { lang?: Lang; step?: number; width?: number } = {}): string {
  const lang = options.lang ?? 'en';
  const step = options.step ?? 5;
  const zh = lang === 'zh';
  const out = [zh ? `情景比较：A = ${c.a.id}，B = ${c.b.id}（金额单位：${label(c.unit.money, 'zh')}）` : `Comparison: A = ${c.a.id}, B = ${c.b.id} (money in ${c.unit.money})`];
  for (const f of c.funds) {
    out.push('', zh ? (f.nameZh ?? f.name) : f.name);
    out.push(zh
      ? `  首个当期赤字年份：A ${formatYear(f.firstDeficitYear.a, lang)}，B ${formatYear(f.firstDeficitYear.b, lang)}\n  累计结余耗尽年份：A ${formatYear(f.exhaustionYear.a, lang)}，B ${formatYear(f.exhaustionYear.b, lang)}`
      : `  First current deficit: A ${formatYear(f.firstDeficitYear.a, lang)}, B ${formatYear(f.firstDeficitYear.b, lang)}\n  Balance exhausted:     A ${formatYear(f.exhaustionYear.a, lang)}, B ${formatYear(f.exhaustionYear.b, lang)}`);
    const head = zh ? ['年份', '累计结余 A', '累计结余 B', '差额 B−A', '月数 A', '月数 B', '差额 B−A'] : ['Year', 'Balance A', 'Balance B', 'B − A', 'Months A', 'Months B', 'B − A'];
    const last = f.years.length - 1;
    const years = f.years.filter((y, i) => i === 0 || i === last || (y.year - f.years[0].year) % step === 0);
    const cells = years.map((y) => [String(y.year), formatNumber(y.balance.a), formatNumber(y.balance.b), formatNumber(y.balance.diff), formatNumber(y.reserveMonths.a), formatNumber(y.reserveMonths.b), formatNumber(y.reserveMonths.diff)]);
    const drops = options.width === undefined ? [] : [undefined, 2, 1, undefined, undefined, undefined, 3];
    out.push(terminalTable(head.map((h, k) => ({ head: h, cells: cells.map((r) => r[k]), drop: drops[k] })), options.width));
  }
  if (c.onlyInA.length) out.push('', (zh ? '仅在 A 中的基金：' : 'Funds only in A: ') + c.onlyInA.join(', '));
  if (c.onlyInB.length) out.push('', (zh ? '仅在 B 中的基金：' : 'Funds only in B: ') + c.onlyInB.join(', '));
  return escapeControls(wrapText(out.join('\n'), options.width), '\n') + '\n';
}
