import type { PooledRegion, PooledUpperFund, PoolingResult, PoolingRule, RegionFlows } from './types';

/** Options of poolRegions: the first projected year and the floor of the least top-up. */
export interface PoolOptions {
  /** calendar year of index 0 (base year + 1) */
  firstYear: number;
  /** floor F (months of expenditure) of the least treasury top-up; 0 keeps balances from going below zero */
  topUpFloorMonths: number;
}

/**
 * Runs the regions' flows through a pooling rule (统筹模式), year by year, t = 0 … n − 1. Every
 * region r has own income I, expenditure E, interest rate r and a base-year balance B₀.
 *
 * - `separate` (各统筹区独立核算): B_t = B_{t−1} + ((I_t + r_t·B_{t−1}) − E_t), the engine's order of
 *   operations, so each region's balance is what `project` gives for it alone. No transfers.
 * - `full` (统收统支, one provincial fund): the regions' base-year balances pass to the provincial
 *   fund at the end of the base year (A₀ = Σ B₀); each year every region remits its own income
 *   (上解上级支出 = I_t) and receives its expenditure (上级补助收入 = E_t), keeping a zero balance;
 *   the fund: A_t = A_{t−1} + ((r̄_t·A_{t−1} + Σ I_t) − Σ E_t), r̄ the rule's interest rate.
 * - `adjustment_fund` (调剂金): each region pays c_t = s·I_t (上解上级支出); before payment its
 *   balance would be P_t = B_{t−1} + ((I_t + r_t·B_{t−1}) − c_t − E_t). Its need is, by the rule,
 *   `current_deficit`: max(0, E_t − (I_t + r_t·B_{t−1} − c_t)), or `balance_floor`:
 *   max(0, F·E_t/12 − P_t). The fund has V_t = A_{t−1}(1 + r_a) + Σ c_t and pays each region
 *   p_t = need·min(1, V_t / Σ need) (pro rata when short; 上级补助收入); B_t = P_t + p_t and
 *   A_t = V_t − Σ p_t (0 exactly when it paid all it had).
 *
 * Money is only moved: Σ_r (received − paidUp) = (fund paid − fund received) every year, and with
 * one interest rate everywhere the total Σ B_t + A_t equals the separate funds' Σ B_t.
 *
 * Least top-up of each balance (region, or the provincial fund under full pooling): the greedy
 * path of requiredTopUp, A*_t = max((1 + r_t)·A*_{t−1}, F·E_t/12 − B_t), T_t = A*_t − (1 + r_t)·A*_{t−1},
 * taking the balances as the rule leaves them.
 * Cost: O(regions × years).
 * @example poolRegions([{ id: 'a', insured: 1, openingBalance: 10, income: Float64Array.of(5), expenditure: Float64Array.of(8), interestRate: Float64Array.of(0) }], { id: 'separate' }, { firstYear: 2025, topUpFloorMonths: 0 }).regions[0].balance[0] // 7
 */
export function poolRegions(flows: readonly RegionFlows[], rule: PoolingRule, options: PoolOptions): PoolingResult {
  const n = flows.length ? flows[0].income.length : 0;
  const years = Array.from({ length: n }, (_, t) => options.firstYear + t);
  const F = options.topUpFloorMonths;
  const regions: PooledRegion[] = flows.map((f) => ({
    id: f.id,
    insured: f.insured,
    openingBalance: rule.id === 'full' ? 0 : f.openingBalance,
    income: new Float64Array(n),
    expenditure: Float64Array.from(f.expenditure),
    paidUp: new Float64Array(n),
    received: new Float64Array(n),
    balance: new Float64Array(n),
    topUp: new Float64Array(n),
  }));
  let upper: PooledUpperFund | null = null;
  const newUpper = (id: PooledUpperFund['id'], opening: number): PooledUpperFund => ({
    id,
    openingBalance: opening,
    received: new Float64Array(n),
    paid: new Float64Array(n),
    interest: new Float64Array(n),
    balance: new Float64Array(n),
    expenditure: new Float64Array(n),
    topUp: new Float64Array(n),
  });
  const opening = flows.map((f) => f.openingBalance);

  if (rule.id === 'separate') {
    flows.forEach((f, r) => {
      const out = regions[r];
      let B = f.openingBalance;
      for (let t = 0; t < n; t++) {
        const income = f.income[t] + f.interestRate[t] * B;
        B = B + (income - f.expenditure[t]);
        out.income[t] = income;
        out.balance[t] = B;
      }
    });
  } else if (rule.id === 'full') {
    upper = newUpper('province_fund', opening.reduce((s, b) => s + b, 0));
    let A = upper.openingBalance;
    for (let t = 0; t < n; t++) {
      let up = 0;
      let down = 0;
      flows.forEach((f, r) => {
        const out = regions[r];
        out.income[t] = f.income[t];
        out.paidUp[t] = f.income[t];
        out.received[t] = f.expenditure[t];
        up += f.income[t];
        down += f.expenditure[t];
      });
      const interest = rule.interestRate * A;
      A = A + (interest + up - down);
      upper.received[t] = up;
      upper.paid[t] = down;
      upper.interest[t] = interest;
      upper.balance[t] = A;
      upper.expenditure[t] = down;
    }
  } else {
    const { share, pays, floorMonths, interestRate } = rule;
    upper = newUpper('adjustment_fund', rule.openingBalance);
    let A = rule.openingBalance;
    const B = opening.slice();
    const pre = new Float64Array(flows.length);
    const need = new Float64Array(flows.length);
    for (let t = 0; t < n; t++) {
      let collected = 0;
      let needed = 0;
      flows.forEach((f, r) => {
        const out = regions[r];
        const income = f.income[t] + f.interestRate[t] * B[r];
        const c = share * f.income[t];
        const E = f.expenditure[t];
        pre[r] = B[r] + (income - c - E);
        need[r] = pays === 'current_deficit' ? Math.max(0, E - (income - c)) : Math.max(0, (floorMonths * E) / 12 - pre[r]);
        out.income[t] = income;
        out.paidUp[t] = c;
        collected += c;
        needed += need[r];
      });
      const interest = interestRate * A;
      const available = A + interest + collected;
      const short = needed > available;
      const ratio = short ? Math.max(0, available) / needed : 1;
      let paid = 0;
      flows.forEach((_, r) => {
        const p = need[r] * ratio;
        regions[r].received[t] = p;
        B[r] = pre[r] + p;
        regions[r].balance[t] = B[r];
        paid += p;
      });
      A = short && available >= 0 ? 0 : available - paid;
      upper.received[t] = collected;
      upper.paid[t] = paid;
      upper.interest[t] = interest;
      upper.balance[t] = A;
      upper.expenditure[t] = paid;
    }
  }

  flows.forEach((f, r) => leastTopUp(regions[r].balance, regions[r].expenditure, f.interestRate, F, regions[r].topUp, rule.id === 'full'));
  if (upper) {
    const rate = new Float64Array(n).fill(rule.id === 'full' ? rule.interestRate : rule.id === 'adjustment_fund' ? rule.interestRate : 0);
    leastTopUp(upper.balance, upper.expenditure, rate, rule.id === 'full' ? F : 0, upper.topUp, false);
  }
  return { rule, years, regions, upper };
}

/** The greedy least top-up keeping B_t ≥ F·E_t/12 (see poolRegions); zeros when `none`. */
function leastTopUp(balance: Float64Array, expenditure: Float64Array, rate: Float64Array, F: number, out: Float64Array, none: boolean): void {
  if (none) return;
  let accumulated = 0;
  for (let t = 0; t < balance.length; t++) {
    const grown = (1 + rate[t]) * accumulated;
    const gap = (F * expenditure[t]) / 12 - balance[t];
    accumulated = gap > grown ? gap : grown;
    out[t] = accumulated - grown;
  }
}
