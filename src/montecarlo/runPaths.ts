import { FundcastError } from '../errors/FundcastError';
import type { EmployeeAssumptions, FundAssumptions, ResidentAssumptions, TotalsAssumptions } from '../assumptions/types';
import { findLever } from '../levers/leverRegistry';
import { raiseLeverInPlace } from '../levers/moveLever';
import { applyShock } from '../stochastic/applyShock';
import { ShockDrawer } from '../stochastic/drawShocks';
import type { ResolvedTarget } from '../stochastic/types';
import type { FundPaths, KernelModel, PathBlock, PathOptions } from './types';

/** Default floor (months) of the least top-up for funds without a treasury_top_up rule: the top of the "insufficient" band. */
export const DEFAULT_FLOOR_MONTHS = 3;

type Arrays = Record<string, Float64Array>;

/**
 * The batch kernel: projects paths [from, to) of every fund with typed-array loops — per path,
 * the shocks are drawn (ShockDrawer), the shocked arrays written into scratch buffers made once
 * (applyShock), and the years run in one loop with no objects made per year.
 *
 * It computes exactly what `project(shockedAssumptions(a, draws))` computes, in the same order of
 * floating-point operations (employeeFlows, residentFlows, projectFund): income items summed in
 * the engine's order, interest on the opening balance, the treasury top-up and the rate rule
 * inside the loop. Tests hold it equal to the engine and to the plain reference engine
 * (test/reference) on every shipped scenario and on drawn paths.
 *
 * Results go into `into` when given (a block covering [from, to), e.g. the run's shared block that
 * worker threads write into), else into a new block of these paths (emptyPathBlock).
 *
 * topUp column: with a `treasury_top_up` rule, what the rule pays; without one, the least top-up
 * path keeping months ≥ F from the first projected year (requiredTopUp's greedy path, computed
 * alongside: A_t = max((1 + r_t)·A_{t−1}, F·E′_t/12 − B_t), T_t = A_t − (1 + r_t)·A_{t−1}; it
 * takes the path's own balances as they are, i.e. the rate rule as it acted without top-ups).
 */
export function runPaths(model: KernelModel, options: PathOptions, into?: PathBlock): PathBlock {
  const { timeline } = model;
  const L = timeline.length;
  const years = timeline.endYear - timeline.baseYear;
  const { from, to } = options;
  if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && to > from && to <= 2 ** 32)) throw new FundcastError('montecarlo.pathRange', { from, to });
  const count = to - from;
  const floor = options.floorMonths ?? DEFAULT_FLOOR_MONTHS;
  const nextYear = model.reserveMonthsBasis === 'next_year';
  const stochastic = model.stochastic && model.stochastic.shocks.length ? model.stochastic : null;
  const drawer = stochastic ? new ShockDrawer(stochastic, model.funds.map((f) => f.id), options.seed, L) : null;

  // Working copies of the funds whose moved arrays point, once and for all, to scratch buffers.
  // A step writes one shocked array from its input (the scenario's array, or the previous step's
  // output when two shocks move the same array); a rate rule's lever gets a private copy per path.
  const work = model.funds.map((f) => ({ ...f }) as FundAssumptions);
  const current = (f: number, key: string) => (work[f] as unknown as Arrays)[key];
  const steps: { target: ResolvedTarget; row: number; input: Float64Array; output: Float64Array }[] = [];
  stochastic?.shocks.forEach((s, j) =>
    s.targets.forEach((t) =>
      t.arrays.forEach((key) => {
        const output = new Float64Array(L);
        steps.push({ target: t, row: j * L, input: current(t.fund, key), output });
        (work[t.fund] as unknown as Arrays)[key] = output;
      }),
    ),
  );
  const levers = model.funds.map((f, i) => {
    const rule = f.rules.rateAdjustment;
    if (!rule) return [];
    return findLever(rule.lever, f.scheme).arrays.map((key) => {
      const lever = { input: current(i, key), scratch: new Float64Array(L) };
      (work[i] as unknown as Arrays)[key] = lever.scratch;
      return lever;
    });
  });
  const post2021 = model.funds.map((f) => Uint8Array.from({ length: L }, (_, i) => (f.scheme === 'employee' && f.accountRule[i] === 'post2021' ? 1 : 0)));

  const block = into ?? emptyPathBlock(model, from, count);
  if (block.years !== years || block.from > from || block.from + block.count < to) throw new FundcastError('montecarlo.blockRange', { first: block.from, last: block.from + block.count - 1, from, to });
  const out = block.funds;
  const offset = from - block.from;
  const incomeEx = new Float64Array(L + 1);
  const spent = new Float64Array(L + 1);

  for (let p = from; p < to; p++) {
    if (drawer) {
      const values = drawer.draw(p);
      for (let k = 0; k < steps.length; k++) {
        const step = steps[k];
        applyShock(step.target, step.input, values, step.row, step.output);
      }
    }
    for (let f = 0; f < work.length; f++) {
      const lever = levers[f];
      for (let k = 0; k < lever.length; k++) lever[k].scratch.set(lever[k].input);
      fundPath(work[f], lever, post2021[f], nextYear, floor, years, out[f], offset + p - from, incomeEx, spent, p);
    }
  }
  return block;
}

/**
 * A block for paths [from, from + count) of every fund, zero-filled. With `shared`, its columns
 * live in SharedArrayBuffers, so worker threads write their chunks of paths straight into it.
 */
export function emptyPathBlock(model: KernelModel, from: number, count: number, shared = false): PathBlock {
  const years = model.timeline.endYear - model.timeline.baseYear;
  const column = () => (shared ? new Float64Array(new SharedArrayBuffer(8 * years * count)) : new Float64Array(years * count));
  return { from, count, years, funds: model.funds.map((f) => ({ id: f.id, income: column(), expenditure: column(), balance: column(), months: column(), topUp: column() })) };
}

/**
 * Income before interest (incomeEx[i]) and expenditure (expenditure[i]) of years i = first … last:
 * employeeFlows' formulas, summed in its order of items (so the totals are the engine's to the bit).
 */
function employeeYears(a: EmployeeAssumptions, post: Uint8Array, first: number, last: number, incomeEx: Float64Array, expenditure: Float64Array): void {
  const { k, actives, retirees, contributionBase, employerRate, collectionRate, employerShareToAccounts, pension, retireeCreditShare, retireeRate, spendPerActive, spendPerRetiree, costMultiplier, fiscalSubsidy, otherIncomeShare } = a;
  const { hasShocks, shockIncome, shockExpenditureShare, shockExpenditure } = a;
  for (let i = first; i <= last; i++) {
    const na = actives[i];
    const nr = retirees[i];
    const due = na * contributionBase[i] * k;
    const employer = due * employerRate[i] * collectionRate[i];
    const isPost = post[i] === 1;
    const toAccounts = isPost ? 0 : employer * employerShareToAccounts[i];
    const credits = isPost ? nr * pension[i] * retireeCreditShare[i] * k : 0;
    const bA = na * spendPerActive[i] * k * costMultiplier[i];
    const bR = nr * spendPerRetiree[i] * k * costMultiplier[i];
    let income = employer - toAccounts;
    income += nr * pension[i] * retireeRate[i] * k;
    income += fiscalSubsidy[i];
    income += (bA + bR) * otherIncomeShare[i];
    let spent = bA;
    spent += bR;
    spent += credits;
    if (hasShocks) {
      income += shockIncome[i];
      spent += shockExpenditureShare[i] * (bA + bR) + shockExpenditure[i];
    }
    incomeEx[i] = income;
    expenditure[i] = spent;
  }
}

/** The same for the resident fund: residentFlows' formulas and order of items. */
function residentYears(a: ResidentAssumptions, first: number, last: number, incomeEx: Float64Array, expenditure: Float64Array): void {
  const { k, insured, spendPerInsured, costMultiplier, subsidyPerHead, premiumPerHead, fiscalSubsidy, otherIncomeShare, criticalIllnessPerHead } = a;
  const { hasShocks, shockIncome, shockExpenditureShare, shockExpenditure } = a;
  for (let i = first; i <= last; i++) {
    const n = insured[i];
    const benefits = n * spendPerInsured[i] * k * costMultiplier[i];
    let income = n * subsidyPerHead[i] * k;
    income += n * premiumPerHead[i] * k;
    income += fiscalSubsidy[i];
    income += benefits * otherIncomeShare[i];
    let spent = benefits;
    spent += n * criticalIllnessPerHead[i] * k;
    if (hasShocks) {
      income += shockIncome[i];
      spent += shockExpenditureShare[i] * benefits + shockExpenditure[i];
    }
    incomeEx[i] = income;
    expenditure[i] = spent;
  }
}

function schemeYears(a: FundAssumptions, post: Uint8Array, first: number, last: number, incomeEx: Float64Array, expenditure: Float64Array): void {
  if (a.scheme === 'employee') employeeYears(a, post, first, last, incomeEx, expenditure);
  else if (a.scheme === 'resident') residentYears(a, first, last, incomeEx, expenditure);
  else totalsYears(a, first, last, incomeEx, expenditure);
}

/** The same for a fund known by its totals: totalsFlows' formulas and order of items. */
function totalsYears(a: TotalsAssumptions, first: number, last: number, incomeEx: Float64Array, expenditure: Float64Array): void {
  const { ownIncome, incomeMultiplier, spending, costMultiplier, fiscalSubsidy, otherIncomeShare } = a;
  const { hasShocks, shockIncome, shockExpenditureShare, shockExpenditure } = a;
  for (let i = first; i <= last; i++) {
    const spent0 = spending[i] * costMultiplier[i];
    let income = ownIncome[i] * incomeMultiplier[i];
    income += fiscalSubsidy[i];
    income += spent0 * otherIncomeShare[i];
    let spent = spent0;
    if (hasShocks) {
      income += shockIncome[i];
      spent += shockExpenditureShare[i] * spent0 + shockExpenditure[i];
    }
    incomeEx[i] = income;
    expenditure[i] = spent;
  }
}

/**
 * One fund, one path: projectFund's loop on typed arrays. Flows before interest do not depend on
 * the balance, so they are computed for all years first (schemeYears); the loop adds interest on
 * the opening balance, the top-up rule, months and the rate rule — and when the rate rule raises
 * its lever, the flows from the next year on are computed again.
 */
function fundPath(a: FundAssumptions, lever: { scratch: Float64Array }[], post: Uint8Array, nextYear: boolean, floor: number, n: number, out: FundPaths, c: number, incomeEx: Float64Array, expenditure: Float64Array, path: number): void {
  const { topUp, rateAdjustment: rule } = a.rules;
  const interest = a.interestRate;
  const last = nextYear ? n + 1 : n;
  schemeYears(a, post, 1, last, incomeEx, expenditure);
  const { income: outIncome, expenditure: outExpenditure, balance: outBalance, months: outMonths, topUp: outTopUp } = out;
  let opening = a.openingBalance;
  let runBelow = 0;
  let accumulated = 0; // least top-up, accumulated with interest (funds without a top-up rule)
  for (let i = 1; i <= n; i++) {
    let income = incomeEx[i] + interest[i] * opening;
    const spent = expenditure[i];
    const denominator = nextYear ? expenditure[i + 1] : spent;
    let paid = 0;
    if (topUp && i >= topUp.fromIndex) {
      const need = (topUp.floorMonths * denominator) / 12 - (opening + (income - spent));
      if (need > 0) {
        income += need;
        paid = need;
      }
    }
    const balance = opening + (income - spent);
    const defined = denominator > 0;
    const months = defined ? (12 * balance) / denominator : NaN;
    // x − x is 0 exactly when x is finite; a non-finite income or expenditure makes the balance non-finite
    if (balance - balance !== 0 || denominator - denominator !== 0) {
      throw new FundcastError('montecarlo.pathNotFinite', { id: a.id, path, i });
    }
    if (!topUp) {
      const grown = (1 + interest[i]) * accumulated;
      const gap = defined ? (floor * denominator) / 12 - balance : -Infinity;
      accumulated = gap > grown ? gap : grown;
      paid = accumulated - grown;
    }
    const at = c * n + i - 1;
    outIncome[at] = income;
    outExpenditure[at] = spent;
    outBalance[at] = balance;
    outMonths[at] = months;
    outTopUp[at] = paid;
    opening = balance;
    if (rule) {
      runBelow = defined && months < rule.belowMonths ? runBelow + 1 : 0;
      if (runBelow >= rule.years && i + 1 <= n && i + 1 >= rule.fromIndex) {
        if (raiseLeverInPlace(lever.map((l) => l.scratch), rule.step, rule.cap, i + 1)) schemeYears(a, post, i + 1, last, incomeEx, expenditure);
        runBelow = 0;
      }
    }
  }
}
