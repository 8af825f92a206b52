import { FundcastError } from '../errors/FundcastError';
import type { FundResult, FundYearRow } from '../results/types';
import type { Bilingual, SolveTarget } from './types';

/** One monotone condition of a target: met when `slack` ≥ 0. */
export interface TargetConstraint {
  /** true for an equation (met at a root: the solver reports the crossing, whatever the direction) */
  equation: boolean;
  /** unit of the slack, for messages */
  unit: Bilingual;
  /**
   * In a projected fund, with `basis[i]` the expenditure E′ that row i's months of reserve are
   * computed against: the slack (in `unit`, for messages), the search slack (same sign, monotone
   * in more levers: see below), the year that decides it, and the measured quantity there.
   */
  evaluate(fund: FundResult, basis: readonly number[]): { slack: number; search: number; year: number | null; measured: number | null };
}

/**
 * The conditions a target puts on a projected fund, each a slack that is ≥ 0 when met:
 *
 *   minReserveMonths:  min over y in [fromYear, toYear] of (M_y − months)    year = the argmin (earliest)
 *   bandAt:            M_y − lower   and   upper − M_y                       year = y
 *   stableRatio:       B_{y2}/E_{y2} − B_{y1}/E_{y1}  (an equation)          year = null
 *
 * M is months of reserve (12·B/E′); where M is undefined (no expenditure) its slack is +∞ for a
 * non-negative balance and −∞ otherwise. B/E with E = 0 is likewise ±∞. Units: months (B/E in
 * years of expenditure). `payAsYouGo` has no single slack (it is solved year by year) and gives [].
 *
 * The search slack of a months condition is the same condition in money, M − m ≥ 0 ⇔
 * B − m·E′/12 ≥ 0 (E′ > 0; B itself where E′ = 0): a lever that lowers the balance and raises
 * spending (excess cost growth) moves it one way for any m ≥ 0, while M itself need not be
 * monotone (M of a negative balance tends to a limit as spending grows). Where rounding gives the
 * two opposite signs, the search slack takes the sign of the months slack (0 or −MIN_VALUE), so
 * feasibility is exactly "M ≥ m" as reported.
 * The target's years must be projected years (checked by `resolveSolveOptions`).
 * @example targetConstraints({ kind: 'bandAt', year: 2035, lower: 6, upper: 9 }).length // 2
 */
export function targetConstraints(target: SolveTarget): TargetConstraint[] {
  const months: Bilingual = { en: 'months', zh: '个月' };
  if (target.kind === 'minReserveMonths') {
    const from = target.fromYear ?? -Infinity;
    const to = target.toYear ?? Infinity;
    return [{
      equation: false,
      unit: months,
      evaluate(fund, basis) {
        let slack = Infinity;
        let search = Infinity;
        let year: number | null = null;
        let measured: number | null = null;
        fund.rows.forEach((r, i) => {
          if (r.year < from || r.year > to) return;
          const s = monthsOf(r) - target.months;
          search = Math.min(search, moneySlack(s, r.balance - (target.months * basis[i]) / 12));
          if (year === null || s < slack) {
            slack = s;
            year = r.year;
            measured = r.reserveMonths;
          }
        });
        return { slack, search, year, measured };
      },
    }];
  }
  if (target.kind === 'bandAt') {
    const at = (fund: FundResult) => fund.rows.findIndex((x) => x.year === target.year);
    const row = (fund: FundResult, i: number) => (i >= 0 ? fund.rows[i] : rowOf(fund, target.year));
    return [
      { equation: false, unit: months, evaluate: (f, basis) => { const i = at(f); const r = row(f, i); const slack = monthsOf(r) - target.lower; return { slack, search: moneySlack(slack, r.balance - (target.lower * basis[i]) / 12), year: r.year, measured: r.reserveMonths }; } },
      { equation: false, unit: months, evaluate: (f, basis) => { const i = at(f); const r = row(f, i); const slack = target.upper - monthsOf(r); return { slack, search: moneySlack(slack, (target.upper * basis[i]) / 12 - r.balance), year: r.year, measured: r.reserveMonths }; } },
    ];
  }
  if (target.kind === 'stableRatio') {
    const ratio = (r: FundYearRow) => (r.expenditure > 0 ? r.balance / r.expenditure : r.balance >= 0 ? Infinity : -Infinity);
    return [{
      equation: true,
      unit: { en: 'years of expenditure', zh: '年支出' },
      evaluate(f) {
        const d = ratio(rowOf(f, target.years[1])) - ratio(rowOf(f, target.years[0]));
        const slack = Number.isNaN(d) ? 0 : d;
        return { slack, search: slack, year: null, measured: d };
      },
    }];
  }
  return [];
}

/** The money slack, given the sign of the months slack where rounding makes them disagree. */
function moneySlack(monthsSlack: number, money: number): number {
  if (monthsSlack >= 0 === money >= 0) return money;
  return monthsSlack >= 0 ? 0 : -Number.MIN_VALUE;
}

function monthsOf(r: FundYearRow): number {
  return r.reserveMonths ?? (r.balance >= 0 ? Infinity : -Infinity);
}

function rowOf(fund: FundResult, year: number): FundYearRow {
  const r = fund.rows.find((x) => x.year === year);
  if (!r) throw new FundcastError('solve.yearNotProjected', { year, id: fund.id });
  return r;
}
