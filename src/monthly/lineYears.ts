import type { MonthlyHistory, MonthlyYear, MonthRecord } from './types';

/** Names of the lines a fund's monthly figures give: `income`, `expenditure`, then `income.<item>` and `expenditure.<item>` in name order. */
export function monthlyLines(h: MonthlyHistory): string[] {
  const names = new Set<string>();
  for (const months of h.years.values())
    for (const r of months) {
      if (!r) continue;
      if (r.income !== null || r.ytdIncome !== null) names.add('income');
      if (r.expenditure !== null || r.ytdExpenditure !== null) names.add('expenditure');
      for (const k of Object.keys(r.incomeItems)) names.add(`income.${k}`);
      for (const k of Object.keys(r.expenditureItems)) names.add(`expenditure.${k}`);
    }
  const order = (l: string) => (l === 'income' ? 0 : l === 'expenditure' ? 1 : l.startsWith('income.') ? 2 : 3);
  return [...names].sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** A line's own flow (`own`) or year to date (`ytd`) in one month record; null when not known. */
export function lineValue(r: MonthRecord | null, line: string, which: 'own' | 'ytd'): number | null {
  if (!r) return null;
  const [group, item] = line.split('.') as [string, string | undefined];
  if (item === undefined) return group === 'income' ? (which === 'own' ? r.income : r.ytdIncome) : which === 'own' ? r.expenditure : r.ytdExpenditure;
  const items = group === 'income' ? (which === 'own' ? r.incomeItems : r.ytdIncomeItems) : which === 'own' ? r.expenditureItems : r.ytdExpenditureItems;
  return items[item] ?? null;
}

/**
 * The complete years of one line before `beforeYear`: the years whose twelve monthly flows of the line
 * are all known, as MonthlyYear (what seasonalProfile reads). A year with a month missing is left out.
 */
export function lineYears(h: MonthlyHistory, line: string, beforeYear: number): MonthlyYear[] {
  const out: MonthlyYear[] = [];
  for (const [year, months] of h.years) {
    if (year >= beforeYear) continue;
    const flows = months.map((r) => lineValue(r, line, 'own'));
    if (flows.every((x): x is number => x !== null)) out.push({ year, months: flows });
  }
  return out;
}
