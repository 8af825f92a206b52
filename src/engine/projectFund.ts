import type { FundAssumptions, Timeline } from '../assumptions/types';
import { findLever, leverArrays } from '../levers/leverRegistry';
import type { Scheme } from '../levers/leverTable';
import { moveLever } from '../levers/moveLever';
import type { Band, FundEvent, FundResult, FundYearRow } from '../results/types';
import { assertFinite } from './assertFinite';
import { classifyBand } from '../indicators/classifyBand';
import { employeeFlows } from './employeeFlows';
import { finiteRatio } from '../indicators/finiteRatio';
import { reserveMonths } from '../indicators/reserveMonths';
import { snapToFloor } from './snapToFloor';
import { residentFlows } from './residentFlows';
import { totalsFlows } from './totalsFlows';
import { sumValues } from './sumValues';
import type { YearFlows } from './YearFlows';
import { serviceLineRows, serviceLineState } from './serviceLineRows';

export interface ProjectFundOptions {
  timeline: Timeline;
  bands: readonly Band[];
  bandBasis: FundResult['bandBasis'];
  reserveMonthsBasis: 'current_year' | 'next_year';
}

type SchemeFlows<S extends Scheme> = (a: Extract<FundAssumptions, { scheme: S }>, i: number) => YearFlows;

/** The flows of each scheme's funds: one entry per scheme of levers/leverTable SCHEMES (tsc asks for a new scheme's). */
const SCHEME_FLOWS: { [S in Scheme]: SchemeFlows<S> } = { employee: employeeFlows, resident: residentFlows, totals: totalsFlows };

/** Flows of year index i, from the fund's scheme's flows (employeeFlows, residentFlows, totalsFlows). */
export function fundFlows(a: FundAssumptions, i: number): YearFlows {
  // TypeScript cannot correlate a.scheme with the entry's parameter type; the table's type checks each entry
  return (SCHEME_FLOWS[a.scheme] as SchemeFlows<Scheme>)(a, i);
}

/**
 * Projects one fund year by year — the single explicit loop over years.
 *
 * For t = base+1 … end, with B₀ the base-year closing balance:
 *   interest_t = r_t · B_{t−1}                    (on the opening balance; a negative balance pays it)
 *   I_t = Σ income items + interest_t,   E_t = Σ expenditure items
 *   S_t = I_t − E_t,                     B_t = B_{t−1} + S_t
 *   M_t = 12 · B_t / E′,  E′ = E_t (current_year) or E_{t+1} (next_year)
 * Rules, when the scenario has them:
 *   treasury top-up (from its year): T_t = max(0, floor · E′/12 − B_t before top-up), an income item,
 *     so that M_t ≥ floor; a balance within rounding of floor · E′/12 is that amount exactly and its
 *     months are the floor exactly (`snapToFloor` states the rounding rule);
 *   rate adjustment: when M has been below X in each of the last N years, the lever rises by a step
 *     (never above the cap) from the next year on, and the run of years starts again.
 * Funds with service lines also carry, per row, each line's spending, cases, cost per case and the
 * change split into members, aging, use, price and policy, and the care indicators (serviceLineRows).
 * The base year is reported as the model reproduces it: with S⁰ its surplus before interest,
 * its opening balance is (B₀ − S⁰)/(1 + r₀) and interest r₀ times that.
 */
export function projectFund(input: FundAssumptions, opts: ProjectFundOptions): FundResult {
  const { timeline, bands } = opts;
  const { topUp, rateAdjustment } = input.rules;
  // the rate rule moves its lever during the projection (moveLever: a new copy of its arrays each time it acts)
  const lever = rateAdjustment ? findLever(rateAdjustment.lever, input.scheme) : null;
  let a: FundAssumptions = input;

  const base = fundFlows(a, 0);
  const baseSurplusExInterest = sumValues(base.income) - sumValues(base.expenditure);
  const baseOpening = (a.openingBalance - baseSurplusExInterest) / (1 + a.interestRate[0]);
  const baseInterest = a.interestRate[0] * baseOpening;

  const lines = a.scheme === 'totals' ? undefined : a.serviceLines;
  let lineState = lines ? serviceLineState(lines, 0, base) : null;

  const n = timeline.endYear - timeline.baseYear;
  const rows: FundYearRow[] = [];
  const events: FundEvent[] = [];
  let opening = a.openingBalance;
  let runBelow = 0;
  for (let i = 1; i <= n; i++) {
    const year = timeline.baseYear + i;
    const flows = fundFlows(a, i);
    const incomeItems: Record<string, number> = { ...flows.income, interest: a.interestRate[i] * opening };
    if (topUp) incomeItems.treasury_top_up = 0;
    const expenditure = sumValues(flows.expenditure);
    const denominator = opts.reserveMonthsBasis === 'next_year' ? sumValues(fundFlows(a, i + 1).expenditure) : expenditure;
    let income = sumValues(incomeItems);
    let floor: { balance: number; months: number } | null = null;
    if (topUp && i >= topUp.fromIndex) {
      const target = (topUp.floorMonths * denominator) / 12;
      const need = target - (opening + (income - expenditure));
      if (need > 0) {
        incomeItems.treasury_top_up = need;
        income = sumValues(incomeItems);
      }
      const magnitude = Math.abs(opening) + sumAbs(incomeItems) + Math.abs(expenditure) + Math.abs(target);
      if (denominator > 0) floor = snapToFloor(opening + (income - expenditure), target, topUp.floorMonths, magnitude);
    }
    const surplus = income - expenditure;
    const balance = floor ? floor.balance : opening + surplus;
    const months = floor ? floor.months : reserveMonths(balance, denominator);
    // E′ > 0 but too small for 12·B/E′ to be a finite double: no number, but the band B's sign implies
    const bandMonths = months === null && denominator > 0 ? (balance >= 0 ? Infinity : -Infinity) : months;
    assertFinite(a.id, year, { ...incomeItems, ...flows.expenditure, ...flows.memo, ...flows.members, balance, denominator });
    const lineNow = lines ? serviceLineState(lines, i, flows) : null;
    rows.push({
      year,
      openingBalance: opening,
      income,
      expenditure,
      surplus,
      balance,
      reserveMonths: months,
      band: classifyBand(bandMonths, bands),
      gapRate: finiteRatio(expenditure - income, income),
      balanceRate: finiteRatio(balance, income),
      dependencyRatio: flows.dependencyRatio,
      members: flows.members,
      incomeItems,
      expenditureItems: flows.expenditure,
      memo: flows.memo,
      ...(lines && lineNow && lineState ? serviceLineRows(lines, a.k, lineNow, lineState) : {}),
    });
    lineState = lineNow;
    opening = balance;
    if (rateAdjustment && lever) {
      runBelow = months !== null && months < rateAdjustment.belowMonths ? runBelow + 1 : 0;
      if (runBelow >= rateAdjustment.years && i + 1 <= n && i + 1 >= rateAdjustment.fromIndex) {
        const raised = moveLever(a, lever, { kind: 'raise', step: rateAdjustment.step, cap: rateAdjustment.cap, fromIndex: i + 1 }, timeline);
        if (raised !== a) events.push({ year: year + 1, kind: 'rate_adjustment', lever: lever.name, from: leverArrays(a, lever)[0][i + 1], to: leverArrays(raised, lever)[0][i + 1] });
        a = raised;
        runBelow = 0;
      }
    }
  }
  // the base year's own months of reserve: on the observed expenditure when there is one
  const baseExpenditure = a.observed?.expenditure ?? sumValues(base.expenditure);
  const baseMonths = reserveMonths(a.openingBalance, opts.reserveMonthsBasis === 'next_year' ? (rows[0]?.expenditure ?? baseExpenditure) : baseExpenditure);
  const firstDeficit = rows.find((r) => r.surplus < 0);
  const exhausted = rows.find((r) => r.balance < 0);
  return {
    id: a.id,
    name: a.name,
    nameZh: a.nameZh,
    scheme: a.scheme,
    bandBasis: opts.bandBasis,
    firstDeficitYear: firstDeficit ? firstDeficit.year : null,
    exhaustionYear: exhausted ? exhausted.year : null,
    base: {
      year: timeline.baseYear,
      balance: a.openingBalance,
      modelIncome: sumValues(base.income) + baseInterest,
      modelExpenditure: sumValues(base.expenditure),
      observedIncome: a.observed?.income ?? null,
      observedExpenditure: a.observed?.expenditure ?? null,
      reserveMonths: baseMonths,
      band: classifyBand(baseMonths, bands),
    },
    ...(a.currentYear ? { currentYear: a.currentYear } : {}),
    events,
    rows,
    history: [],
  };
}

function sumAbs(items: Record<string, number>): number {
  let s = 0;
  for (const k in items) s += Math.abs(items[k]);
  return s;
}

/** A shallow copy of the fund's assumptions with private copies of the named arrays. */
