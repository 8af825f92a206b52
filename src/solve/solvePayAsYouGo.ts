import type { Assumptions } from '../assumptions/types';
import { project } from '../engine/project';
import { applyLeverPath } from './applyLeverPath';
import { findBoundary } from './findBoundary';
import { formatLeverValue as fmt } from './formatLeverValue';
import { projectOneFund } from './projectOneFund';
import type { ResolvedSolveOptions } from './resolveSolveOptions';
import { solveFailure, solveQuestion } from './solveFailure';
import type { LeverYearValue, SolveResult } from './types';

/**
 * Pay-as-you-go path (现收现付): one lever value per year, y = from … end, each making that
 * year's current surplus zero, solved year by year with earlier years' values fixed:
 *
 *   v_y = the crossing of S_y(v) = I_y(v) − E_y(v) through 0, the path so far being v_from … v_{y−1},
 *         with v_y in force from y on (`applyLeverPath`)
 *
 * S_y is monotone in v (its own year only: interest is on the opening balance, which v_y does not
 * move). `findBoundary` (5-point scan, then safeguarded false position) returns the value on the
 * side where S_y ≥ 0, within `tol` of the crossing: the surplus is never negative and zero to
 * within the lever's tolerance, so the balance stays at its level before `from`. Interest on that
 * balance counts as income. With a maximum change m, |v_y − v_{y−1}| ≤ m must hold (v_{from−1} is
 * the current value).
 *
 * Returns `{feasible: false}` with the year when S_y has no crossing within the bounds, when a
 * year's slack is not monotone, or when a step exceeds m. Cost: about 8 projections a year.
 */
export function solvePayAsYouGo(assumptions: Assumptions, o: ResolvedSolveOptions, tol: number): SolveResult {
  const [lo, hi] = o.bounds;
  const path: LeverYearValue[] = [];
  let iterations = 0;
  let previous = o.currentValue;
  const fail = (code: 'infeasible' | 'non_monotone' | 'no_crossing' | 'step_too_large', year: number, en: string, zh: string) =>
    solveFailure(o, { code, year, en, zh }, iterations, tol);
  for (let year = o.from; year <= o.endYear; year++) {
    const surplus = (v: number) => {
      iterations++;
      const f = projectOneFund(applyLeverPath(assumptions, { fund: o.fund, lever: o.lever.name, path: [...path, { year, value: v }] }), o.fund);
      return f.rows.find((r) => r.year === year)!.surplus;
    };
    const b = findBoundary(surplus, lo, hi, { tol, gridPoints: 5 });
    if (b.kind === 'nonMonotone') {
      return fail('non_monotone', year, `pay-as-you-go: the ${year} surplus is not monotone in ${o.lever.name} over [${fmt(lo)}, ${fmt(hi)}]`, `现收现付：${year}年当期结余随 ${o.lever.name} 在 [${fmt(lo)}, ${fmt(hi)}] 内的变化不单调`);
    }
    if (b.kind === 'all' || b.kind === 'none') {
      const sign = b.kind === 'all' ? { en: 'in surplus', zh: '有结余' } : { en: 'in deficit', zh: '赤字' };
      return fail('no_crossing', year, `pay-as-you-go: no value of ${o.lever.name} in [${fmt(lo)}, ${fmt(hi)}] balances ${year}; the year stays ${sign.en} at every value`, `现收现付：${o.lever.name} 在 [${fmt(lo)}, ${fmt(hi)}] 内无法使${year}年收支平衡，任何取值下该年均${sign.zh}`);
    }
    if (o.maxChangePerYear !== null && Math.abs(b.x - previous) > o.maxChangePerYear * (1 + 1e-12)) {
      return fail('step_too_large', year, `pay-as-you-go needs ${o.lever.name} to move from ${fmt(previous)} to ${fmt(b.x)} in ${year}, more than the ${fmt(o.maxChangePerYear)} allowed a year`, `现收现付要求 ${o.lever.name} 在${year}年由 ${fmt(previous)} 调至 ${fmt(b.x)}，超过每年 ${fmt(o.maxChangePerYear)} 的调整上限`);
    }
    path.push({ year, value: b.x });
    previous = b.x;
  }
  const solved = applyLeverPath(assumptions, { fund: o.fund, lever: o.lever.name, path });
  return {
    feasible: true,
    ...solveQuestion(o),
    iterations,
    tolerance: tol,
    value: null,
    path,
    atBound: null,
    bindingYear: null,
    assumptions: solved,
    result: project(solved),
  };
}
