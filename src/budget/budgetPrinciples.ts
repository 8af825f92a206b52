import { message } from '../messages/message';
import type { Band } from '../results/types';
import type { FundBudget } from './types';

/** The "略有结余" range: the surplus of the year as a share of income (0.05 = 5 %). */
export interface SurplusRange {
  low: number;
  high: number;
}

/** The default 略有结余 range, 0–5 % of income (a stated default; a bureau sets its own). */
export const DEFAULT_SURPLUS_RANGE: SurplusRange = { low: 0, high: 0.05 };

/** One breach of the budget principle 以收定支、收支平衡、略有结余, with what would restore it. */
export interface PrincipleFinding {
  kind: 'deficit' | 'surplus_range' | 'reserve_band';
  en: string;
  zh: string;
  /** change of income (yuan; + = more) that alone restores the principle */
  incomeChange: number;
  /** change of expenditure (yuan; − = less) that alone restores it; null where it cannot be stated exactly */
  expenditureChange: number | null;
  /** the restore sentences, en and zh */
  restoreEn: string;
  restoreZh: string;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * Checks a draft against the budget principle 以收定支、收支平衡、略有结余 and says how much the
 * year's income or spending would have to change (each alone) to restore it. With I, E the
 * draft's income and expenditure totals, S = I − E, B the closing balance, all in yuan:
 *   - deficit (收不抵支) when E > I: ΔI = E − I, or ΔE = −(E − I);
 *   - surplus rate S/I outside [low, high]: to the nearer bound r,
 *       ΔI = (r·I − S)/(1 − r)   (so that (S + ΔI)/(I + ΔI) = r),   ΔE = S − r·I;
 *   - year-end months of reserve M outside the `normal` band [L, U] (when the bands have one):
 *       to the nearer bound m, with E′ = 12·B/M the expenditure the months are measured on,
 *       ΔI = m·E′/12 − B (income goes straight into the balance), and on the current-year basis
 *       ΔE = (B − m·E/12)/(1 + m/12) (spending lowers B and the months' divisor together).
 * Amounts are rounded away from zero to the yuan (enough to restore, never short). Interest of
 * the year is earned on the opening balance, so these one-year changes are exact.
 */
export function budgetPrinciples(budget: FundBudget, bands: readonly Band[], options: { surplusRange?: SurplusRange; basis?: 'current_year' | 'next_year' } = {}): PrincipleFinding[] {
  const range = options.surplusRange ?? DEFAULT_SURPLUS_RANGE;
  const get = (id: string) => budget.lines.find((l) => l.id === id)?.draft ?? 0;
  const I = get('income_total');
  const E = get('expenditure_total');
  const S = I - E;
  const B = get('closing_balance');
  const out: PrincipleFinding[] = [];
  const away = (x: number) => (x >= 0 ? Math.ceil(x - 1e-9) : -Math.ceil(-x - 1e-9));
  const finding = (kind: PrincipleFinding['kind'], en: string, zh: string, dI: number, dE: number | null, targetEn: string, targetZh: string) => {
    const incomeChange = away(dI);
    const expenditureChange = dE === null ? null : away(dE);
    const r = (what: 'income' | 'expenditure', change: number, lang: 'en' | 'zh') => message('budget.principle.restore', { what, change, targetEn, targetZh }, lang);
    out.push({
      kind,
      en,
      zh,
      incomeChange,
      expenditureChange,
      restoreEn: [r('income', incomeChange, 'en'), expenditureChange === null ? null : r('expenditure', expenditureChange, 'en')].filter(Boolean).join('; or '),
      restoreZh: [r('income', incomeChange, 'zh'), expenditureChange === null ? null : r('expenditure', expenditureChange, 'zh')].filter(Boolean).join('；或'),
    });
  };
  if (E > I) {
    const p = { income: I, expenditure: E, gap: E - I };
    finding('deficit', message('budget.principle.deficit', p, 'en'), message('budget.principle.deficit', p, 'zh'), E - I, -(E - I), 'balance (收支平衡)', '收支平衡');
  }
  if (I > 0) {
    const rate = S / I;
    if (rate < range.low || rate > range.high) {
      const r = rate < range.low ? range.low : range.high;
      const p = { rate: pct(rate), low: pct(range.low), high: pct(range.high) };
      finding('surplus_range', message('budget.principle.surplusRange', p, 'en'), message('budget.principle.surplusRange', p, 'zh'), (r * I - S) / (1 - r), S - r * I, `a surplus of ${pct(r)} of income`, `结余率 ${pct(r)}`);
    }
  }
  const normal = bands.find((b) => b.id === 'normal');
  const M = budget.run.reserveMonths;
  if (normal && M !== null && M !== 0 && normal.lower !== null && normal.upper !== null && (M < normal.lower || M > normal.upper)) {
    const m = M < normal.lower ? normal.lower : normal.upper;
    const Eprime = (12 * B) / M;
    const dE = (options.basis ?? 'current_year') === 'current_year' ? (B - (m * E) / 12) / (1 + m / 12) : null;
    const p = { months: M.toFixed(1), bandEn: budget.run.band, bandZh: budget.run.band, low: normal.lower, high: normal.upper };
    const band = bands.find((b) => b.id === budget.run.band);
    if (band) {
      p.bandEn = band.labelEn;
      p.bandZh = band.labelZh;
    }
    finding('reserve_band', message('budget.principle.reserveBand', p, 'en'), message('budget.principle.reserveBand', p, 'zh'), (m * Eprime) / 12 - B, dE, `${m} months of reserve`, `可支付 ${m} 个月`);
  }
  return out;
}
