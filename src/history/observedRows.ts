import { classifyBand } from '../indicators/classifyBand';
import { finiteRatio } from '../indicators/finiteRatio';
import { reserveMonths } from '../indicators/reserveMonths';
import type { Band, ObservedYearRow } from '../results/types';
import type { HistoryYear } from './types';

/**
 * A fund's history as result rows (ObservedYearRow), with the indicators of projected rows computed
 * from the observed figures by the same formulas:
 *   S = reported surplus, else I − E;   opening = previous history year's balance (consecutive years)
 *   M = B ÷ (E′/12), E′ = E_t (current_year) or E_{t+1} (next_year: the next history year's, or for
 *       the base year `nextExpenditure`, the first projected year's)
 *   gap rate (E − I)/I, balance rate B/I, actives per retiree — null wherever a figure is missing.
 */
export function observedRows(
  years: readonly HistoryYear[],
  bands: readonly Band[],
  reserveMonthsBasis: 'current_year' | 'next_year',
  nextExpenditure: number | null,
): ObservedYearRow[] {
  return years.map((y, n) => {
    const prev = n > 0 && years[n - 1].year === y.year - 1 ? years[n - 1] : null;
    const I = y.income;
    const E = y.expenditure;
    const surplus = y.surplus ?? (I !== null && E !== null ? I - E : null);
    const next = years[n + 1];
    const denominator = reserveMonthsBasis === 'current_year' ? E : next ? (next.year === y.year + 1 ? next.expenditure : null) : nextExpenditure;
    const months = y.balance !== null && denominator !== null ? reserveMonths(y.balance, denominator) : null;
    const { actives, retirees } = y.members;
    return {
      year: y.year,
      observed: true,
      basis: { ...y.basis },
      source: y.source,
      openingBalance: prev?.balance ?? null,
      income: I,
      expenditure: E,
      surplus,
      balance: y.balance,
      reserveMonths: months,
      band: months === null ? null : classifyBand(months, bands),
      gapRate: I !== null && E !== null ? finiteRatio(E - I, I) : null,
      balanceRate: I !== null && y.balance !== null ? finiteRatio(y.balance, I) : null,
      dependencyRatio: actives !== undefined && retirees !== undefined ? finiteRatio(actives, retirees) : null,
      members: { ...y.members } as Record<string, number>,
      incomeItems: { ...y.incomeItems },
      expenditureItems: { ...y.expenditureItems },
      perHead: { ...y.perHead } as Record<string, number>,
      ...(y.budgetLines ? { budgetLines: structuredClone(y.budgetLines) } : {}),
    };
  });
}
