import { FundcastError } from '../errors/FundcastError';
import type { Assumptions } from '../assumptions/types';
import { project } from '../engine/project';
import type { ProjectionResult } from '../results/types';
import { applyLeverPath } from './applyLeverPath';
import { projectOneFund } from './projectOneFund';
import { SolveError } from './SolveError';
import type { LeverYearValue } from './types';

/**
 * Options of `requiredTopUp`: the fund, the reserve floor in months, the first year and the
 * discount rate.
 */
export interface TopUpOptions {
  fund: string;
  /** reserve floor in months: M_y ≥ floorMonths in every year from `from` on */
  floorMonths: number;
  /** first year a top-up may be paid; default the first projected year */
  from?: number;
  /** constant annual discount rate for the present value; default the fund's interest rate path */
  discountRate?: number;
}

/**
 * The least treasury top-up path keeping a fund at or above a floor of months of reserve, with its
 * total and present value.
 */
export interface TopUpResult {
  fund: string;
  floorMonths: number;
  from: number;
  /** top-up T_y paid in each year from … end (0 where none is needed), in units.money */
  path: { year: number; topUp: number }[];
  /** Σ T_y, in units.money */
  total: number;
  /** Σ T_y / Π_{k = base+1 … y} (1 + d_k): value at the end of the base year, in units.money */
  presentValue: number;
  discountBasis: 'fund_interest_rate' | 'constant';
  /** first year with T_y > 0, or null when the floor holds without help */
  firstYear: number | null;
  /** assumptions with the top-ups added to the fund's fiscal subsidy, and their projection */
  assumptions: Assumptions;
  result: ProjectionResult;
}

/**
 * Required treasury top-up (财政兜底补助): the least subsidy, year by year, keeping months of
 * reserve at or above a floor F in every year from `from` to the end year.
 *
 * For y = from … end, with the top-ups of earlier years in place and none yet in y:
 *   T_y = max(0, (F − M_y(0)) / s_y),   s_y = ∂M_y/∂T_y = 12 / E′_y
 * i.e. the amount that brings the year-end balance to F·E′_y/12. The slope s_y is measured by a
 * second projection (so the engine's treatment of the subsidy is not assumed), and T_y is nudged
 * up by a few units in the last place if rounding leaves M_y a hair below F. The top-ups are added
 * to the fund's own fiscal subsidy through the `fiscal_subsidy` lever (`applyLeverPath`).
 *
 * Why this greedy path is minimal. A top-up paid in year j is income of year j: the balance rises
 * by T_j in j and, through interest on the opening balance, by T_j·D_{j,y} in later years y, with
 * D_{j,y} = Π_{k=j+1…y} (1 + r_k). Write A_y = Σ_{j ≤ y} T_j·D_{j,y} (the top-ups accumulated with
 * interest, A_y = (1 + r_y)·A_{y−1} + T_y) and G_y = F·E′_y/12 − B_y(no top-ups): the floor in
 * year y is exactly A_y ≥ G_y. The greedy path takes A_y = max((1 + r_y)·A_{y−1}, G_y). For any
 * other path A′ that keeps the floor, A′_y ≥ G_y and A′_y ≥ (1 + r_y)·A′_{y−1} (top-ups are ≥ 0),
 * so by induction A_y ≤ A′_y in every year: the greedy path has the least accumulated top-up in
 * every year; each T_y is the least that year can pay given earlier years (lowering any one T_y
 * breaks year y); and its present value at the fund's interest rate, A_end/D_{base,end}, is the
 * least of all paths. (With r > 0 an earlier, larger-than-needed payment can lower the nominal
 * total Σ T_y because it earns interest; the greedy path minimises the present value, and the
 * nominal total too when r = 0.) This holds while income and spending do not react to the balance.
 *
 * Units: money in the scenario's units.money; months. Throws a SolveError for an unknown fund,
 * `from` outside the projection, a floor that is negative or not finite, or a discount rate ≤ −1;
 * and an Error if the re-projection does not keep the floor (an engine that reacts to the balance).
 * @example requiredTopUp(assumptions, { fund: 'employee', floorMonths: 3 }).firstYear // 2028 in small-district
 */
export function requiredTopUp(assumptions: Assumptions, options: TopUpOptions): TopUpResult {
  const { baseYear, endYear } = assumptions.timeline;
  const fund = assumptions.funds.find((f) => f.id === options.fund);
  if (!fund) throw new SolveError('solve.fund.unknown', { fund: options.fund, id: assumptions.scenario.id });
  const F = options.floorMonths;
  if (!(F >= 0) || !Number.isFinite(F)) throw new SolveError('solve.topUp.floor', { F });
  const from = options.from ?? baseYear + 1;
  if (!Number.isInteger(from) || from <= baseYear || from > endYear) {
    throw new SolveError('solve.year.range.requiredTopUp', { first: baseYear + 1, endYear, from });
  }
  const d = options.discountRate;
  if (d !== undefined && !(d > -1 && Number.isFinite(d))) throw new SolveError('solve.topUp.discount', { d });

  const subsidy = fund.fiscalSubsidy;
  const path: LeverYearValue[] = [];
  const topUps: number[] = [];
  const monthsAt = (y: number, t: number) => {
    const a = applyLeverPath(assumptions, { fund: fund.id, lever: 'fiscal_subsidy', path: [...path, { year: y, value: subsidy[y - baseYear] + t }] });
    return projectOneFund(a, fund.id).rows[y - baseYear - 1].reserveMonths;
  };
  for (let y = from; y <= endYear; y++) {
    const m0 = monthsAt(y, 0);
    let t = 0;
    if (m0 !== null && m0 < F) {
      const probe = Math.max(1, Math.abs(subsidy[y - baseYear]));
      const slope = ((monthsAt(y, probe) ?? m0) - m0) / probe;
      if (!(slope > 0)) throw new FundcastError('solve.topUp.noEffect', { id: fund.id, y });
      t = (F - m0) / slope;
      for (let k = 0; k < 60 && (monthsAt(y, t) ?? F) < F; k++) t += Math.max(Math.abs(t) * 4 * Number.EPSILON, Number.MIN_VALUE) * 2 ** k;
    }
    topUps.push(t);
    path.push({ year: y, value: subsidy[y - baseYear] + t });
  }
  const solved = applyLeverPath(assumptions, { fund: fund.id, lever: 'fiscal_subsidy', path });
  const result = project(solved);
  const rows = result.funds.find((f) => f.id === fund.id)!.rows;
  const broken = rows.find((r) => r.year >= from && r.reserveMonths !== null && r.reserveMonths < F);
  if (broken) throw new FundcastError('solve.topUp.stillBelow', { id: fund.id, year: broken.year, reserveMonths: broken.reserveMonths, F });
  let discount = 1;
  let presentValue = 0;
  for (let y = baseYear + 1; y <= endYear; y++) {
    discount *= 1 + (d ?? fund.interestRate[y - baseYear]);
    if (y >= from) presentValue += topUps[y - from] / discount;
  }
  const first = topUps.findIndex((t) => t > 0);
  return {
    fund: fund.id,
    floorMonths: F,
    from,
    path: topUps.map((topUp, i) => ({ year: from + i, topUp })),
    total: topUps.reduce((s, t) => s + t, 0),
    presentValue,
    discountBasis: d === undefined ? 'fund_interest_rate' : 'constant',
    firstYear: first < 0 ? null : from + first,
    assumptions: solved,
    result,
  };
}
