import { FundcastError } from '../errors/FundcastError';
import type { FundResult, FundYearRow } from '../results/types';
import type { Bilingual, SolveTarget } from './types';

/** One monotone condition of a target: met when `slack` ≥ 0. */
export interface TargetConstraint {
  /** true for an equation (met at a root: the solver reports the crossing, whatever the direction) */
  equation: boolean;
  /** unit of the slack, for messages */
  unit: Bilingual;
  /** slack in a projected fund, the year that decides it, and the measured quantity there */
  evaluate(fund: FundResult): { slack: number; year: number | null; measured: number | null };
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
      evaluate(fund) {
        let slack = Infinity;
        let year: number | null = null;
        let measured: number | null = null;
        for (const r of fund.rows) {
          if (r.year < from || r.year > to) continue;
          const s = monthsOf(r) - target.months;
          if (year === null || s < slack) {
            slack = s;
            year = r.year;
            measured = r.reserveMonths;
          }
        }
        return { slack, year, measured };
      },
    }];
  }
  if (target.kind === 'bandAt') {
    const at = (fund: FundResult) => rowOf(fund, target.year);
    return [
      { equation: false, unit: months, evaluate: (f) => { const r = at(f); return { slack: monthsOf(r) - target.lower, year: r.year, measured: r.reserveMonths }; } },
      { equation: false, unit: months, evaluate: (f) => { const r = at(f); return { slack: target.upper - monthsOf(r), year: r.year, measured: r.reserveMonths }; } },
    ];
  }
  if (target.kind === 'stableRatio') {
    const ratio = (r: FundYearRow) => (r.expenditure > 0 ? r.balance / r.expenditure : r.balance >= 0 ? Infinity : -Infinity);
    return [{
      equation: true,
      unit: { en: 'years of expenditure', zh: '年支出' },
      evaluate(f) {
        const d = ratio(rowOf(f, target.years[1])) - ratio(rowOf(f, target.years[0]));
        return { slack: Number.isNaN(d) ? 0 : d, year: null, measured: d };
      },
    }];
  }
  return [];
}

function monthsOf(r: FundYearRow): number {
  return r.reserveMonths ?? (r.balance >= 0 ? Infinity : -Infinity);
}

function rowOf(fund: FundResult, year: number): FundYearRow {
  const r = fund.rows.find((x) => x.year === year);
  if (!r) throw new FundcastError('solve.yearNotProjected', { year, id: fund.id });
  return r;
}
