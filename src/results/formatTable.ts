import { formatNumber, formatPercent, formatYear } from './formatNumber';
import { label, type Lang } from './labels';
import type { FundResult, ProjectionResult } from './types';
import { escapeControls } from './escapeControls';
import { shortBandLabel, terminalTable, wrapText } from './terminalTable';

export interface FormatTableOptions {
  lang?: Lang;
  /** Show every `step` years (plus the first and last projected years). Default 1 (every year). */
  step?: number;
  /**
   * Fit every line into this many display columns (the CLI passes 80 unless `--wide`): short
   * headers and band labels, observed years marked "*", then columns dropped — current surplus
   * first, then income — and long lines wrapped. Default: every column, nothing wrapped.
   */
  width?: number;
}

/**
 * The projection as text tables for a terminal or a printed page: for each fund a header with
 * the first deficit and exhaustion years and the base year's own months of reserve, then year,
 * income, expenditure, surplus, balance, months of reserve, gap rate ((E − I)/I, a share of income:
 * positive is a current deficit) and band — observed (history) years first, marked "(obs.)" / "（实际）", then projected years.
 */
export function formatTable(result: ProjectionResult, options: FormatTableOptions = {}): string {
  const lang = options.lang ?? 'en';
  const out: string[] = [];
  const title = escapeControls(lang === 'zh' ? (result.scenario.nameZh ?? result.scenario.name) : result.scenario.name);
  out.push(`${title}  [${escapeControls(result.scenario.id)}]`);
  out.push(lang === 'zh' ? `金额单位：${label(result.unit.money, 'zh')}；月数 = 累计结余 ÷ (${result.reserveMonthsBasis === 'next_year' ? '下年' : '当年'}支出 / 12)` : `Money in ${result.unit.money}; months of reserve = balance ÷ (${result.reserveMonthsBasis === 'next_year' ? "next year's" : "the year's"} expenditure / 12)`);
  for (const f of result.funds) out.push('', fundTable(f, result, lang, options.step ?? 1, options.width));
  return wrapText(out.join('\n'), options.width) + '\n';
}

function bandLabel(id: string, result: ProjectionResult, lang: Lang): string {
  const b = result.bands.find((x) => x.id === id);
  return b ? (lang === 'zh' ? b.labelZh : b.labelEn) : label(id, lang);
}

const NARROW_HEAD: Record<string, { en: string; zh: string }> = {
  surplus: { en: 'Surplus', zh: '当期结余' },
  balance: { en: 'Balance', zh: '累计结余' },
  reserveMonths: { en: 'Months', zh: '月数' },
  gapRate: { en: 'Gap', zh: '缺口率' },
};

function fundTable(f: FundResult, result: ProjectionResult, lang: Lang, step: number, width: number | undefined): string {
  const narrow = width !== undefined;
  const name = escapeControls(lang === 'zh' ? (f.nameZh ?? f.name) : f.name);
  const basis = f.bandBasis === 'extension' ? (lang === 'zh' ? '（预警区间为职工统筹基金标准的延伸应用）' : ' (bands: employee-fund standard applied as an extension)') : '';
  const head = lang === 'zh'
    ? `${name}\n  首个当期赤字年份：${formatYear(f.firstDeficitYear, lang)}；累计结余耗尽年份：${formatYear(f.exhaustionYear, lang)}${basis}`
    : `${name}\n  First current deficit: ${formatYear(f.firstDeficitYear, lang)}; balance exhausted: ${formatYear(f.exhaustionYear, lang)}${basis}`;
  const band = (id: string) => (narrow ? shortBandLabel(bandLabel(id, result, lang)) : bandLabel(id, result, lang));
  // observed years first, marked; every one with a money figure is shown (a history is short; a year
  // giving only members or per-head standards is in the CSV and JSON, not here)
  const mark = narrow ? '*' : lang === 'zh' ? '（实际）' : ' (obs.)';
  const rows: { year: string; values: (number | null)[]; gapRate: number | null; band: string }[] = [];
  for (const r of (f.history ?? []).filter((h) => [h.income, h.expenditure, h.surplus, h.balance].some((v) => v !== null))) {
    rows.push({ year: `${r.year}${mark}`, values: [r.income, r.expenditure, r.surplus, r.balance, r.reserveMonths], gapRate: r.gapRate, band: r.band === null ? '—' : band(r.band) });
  }
  const last = f.rows.length - 1;
  f.rows.forEach((r, i) => {
    if (i !== 0 && i !== last && (r.year - f.rows[0].year) % step !== 0) return;
    rows.push({ year: String(r.year), values: [r.income, r.expenditure, r.surplus, r.balance, r.reserveMonths], gapRate: r.gapRate, band: band(r.band) });
  });
  const header = (key: string) => (narrow && NARROW_HEAD[key] ? NARROW_HEAD[key][lang] : label(key, lang));
  // drop order when too wide: surplus (= income − expenditure), then income, then expenditure
  const drops: Record<string, number | undefined> = { surplus: 3, income: 2, expenditure: 1 };
  const table = terminalTable([
    { head: header('year'), cells: rows.map((r) => r.year) },
    ...['income', 'expenditure', 'surplus', 'balance', 'reserveMonths'].map((key, k) => ({ head: header(key), cells: rows.map((r) => formatNumber(r.values[k])), drop: narrow ? drops[key] : undefined })),
    { head: header('gapRate'), cells: rows.map((r) => formatPercent(r.gapRate)) },
    { head: header('band'), align: 'left' as const, cells: rows.map((r) => r.band) },
  ], width);
  const months = formatNumber(f.base.reserveMonths);
  const observed = narrow ? (lang === 'zh' ? '；标“*”的为观测年份，其余为预测' : '; rows marked * are observed, the others projected') : lang === 'zh' ? `；标注“（实际）”的为观测年份，其余为预测` : '; rows marked (obs.) are observed, the others projected';
  const baseLine = lang === 'zh'
    ? `\n  基期 ${f.base.year} 年：可支付 ${months} 个月（${bandLabel(f.base.band, result, lang)}）${f.history?.length ? observed : ''}`
    : `\n  Base year ${f.base.year}: ${months} months of reserve (${bandLabel(f.base.band, result, lang)})${f.history?.length ? observed : ''}`;
  return `${head}${baseLine}${currentYearLine(f, lang)}\n${table}`;
}

/**
 * The line stating that the current year starts from its monthly figures (FundResult.currentYear):
 * its year, the months it rests on, the income and expenditure used and what the model gave.
 */
function currentYearLine(f: FundResult, lang: 'en' | 'zh'): string {
  const c = f.currentYear;
  if (!c) return '';
  const through = `${c.year}-${String(c.throughMonth).padStart(2, '0')}`;
  const n = formatNumber;
  if (lang === 'zh') {
    const how = c.months === 'all' ? `取 1—12 月实际数` : `按截至 ${through} 的月度数据预计全年`;
    return `\n  ${c.year} 年${how}：收入 ${n(c.income)}、支出 ${n(c.expenditure)}（模型为 ${n(c.modelIncome)}、${n(c.modelExpenditure)}），预测由此起算`;
  }
  const how = c.months === 'all' ? 'its twelve months as reported' : `re-estimated from its months to ${through}`;
  return `\n  ${c.year} ${how}: income ${n(c.income)}, expenditure ${n(c.expenditure)} (the model gave ${n(c.modelIncome)}, ${n(c.modelExpenditure)}); the projection starts from it`;
}
