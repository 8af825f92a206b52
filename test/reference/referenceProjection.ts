/**
 * A plain reference engine, kept beside the real one for validation (as lifelib keeps a plain
 * model beside its fast one). Scalar loops written from the definitions — months of reserve,
 * the two schemes' flows, interest on the opening balance, the base-year reconstruction, the
 * treasury top-up and the rate-adjustment rule — sharing no code with src/engine. Its results
 * are compared with project() to 1e-12 relative (test/reference/reference.test.ts); the Monte
 * Carlo batch kernels are to be checked against `referenceFund` the same way.
 *
 * Definitions (money in units.money; k converts persons-unit × yuan):
 *   employee  due base D = N_a·W·k; employer C = D·r_er·c; employee contributions D·r_ee·c (memo)
 *             pre2021: C·a to accounts, the rest pooled; post2021: all pooled, retiree credits N_r·P·s·k
 *             retiree contributions N_r·P·r_ret·k; benefits (N_a·c_a, N_r·c_r)·k·M; other income o·benefits
 *   resident  subsidies N·s·k, premiums N·p·k, benefits N·c·k·M, critical illness N·q·k, other o·benefits
 *   shocks    one-off expenditure share·benefits + amount, one-off income amount (rows carry both
 *             items in every year when any shock is non-zero)
 *   year t    interest r_t·B_{t−1}; I = Σ items + interest (+ top-up); E = Σ items; B_t = B_{t−1} + I − E
 *   months    12·B_t/E′ (E′ = E_t, or E_{t+1} on the next-year basis); none when E′ ≤ 0
 *   top-up    from its year: T = max(0, floor·E′/12 − (B_{t−1} + I − E))
 *   rate rule after N consecutive years with months below X (counted afresh after each trigger),
 *             the lever rises by `step` (capped) from the next year, if that year is within the
 *             projection and not before the rule's start year
 *   base year opening O₀ = (B₀ − S⁰)/(1 + r₀), interest r₀·O₀ (S⁰: base-year surplus before interest)
 */
import type { RefBand, RefEmployee, RefFund, RefResident, RefScenario, RefTotals } from './referenceInputs';

export interface RefRow {
  year: number;
  openingBalance: number;
  income: number;
  expenditure: number;
  surplus: number;
  balance: number;
  reserveMonths: number | null;
  /** E′, the expenditure months of reserve are counted in (reference only) */
  basisExpenditure: number;
  band: string;
  gapRate: number | null;
  balanceRate: number | null;
  dependencyRatio: number | null;
  members: Record<string, number>;
  incomeItems: Record<string, number>;
  expenditureItems: Record<string, number>;
  memo: Record<string, number>;
}

export interface RefFundResult {
  id: string;
  firstDeficitYear: number | null;
  exhaustionYear: number | null;
  base: { balance: number; modelIncome: number; modelExpenditure: number };
  events: { year: number; lever: string; from: number; to: number }[];
  rows: RefRow[];
}

interface Flows {
  income: Record<string, number>;
  expenditure: Record<string, number>;
  memo: Record<string, number>;
  members: Record<string, number>;
  dependencyRatio: number | null;
}

function total(items: Record<string, number>): number {
  return Object.values(items).reduce((s, v) => s + v, 0);
}

function withShock(f: RefFund, i: number, benefits: number, hasShocks: boolean, flows: Flows): Flows {
  if (!hasShocks) return flows;
  flows.income.one_off_income = f.shockIncome[i];
  flows.expenditure.one_off = f.shockShare[i] * benefits + f.shockAmount[i];
  return flows;
}

function employeeYear(f: RefEmployee, i: number, hasShocks: boolean): Flows {
  const due = f.actives[i] * f.wageBase[i] * f.k;
  const employer = due * f.employerRate[i] * f.collection[i];
  const toAccounts = f.post2021[i] ? 0 : employer * f.toAccounts[i];
  const bA = f.actives[i] * f.perActive[i] * f.k * f.costMult[i];
  const bR = f.retirees[i] * f.perRetiree[i] * f.k * f.costMult[i];
  return withShock(f, i, bA + bR, hasShocks, {
    income: {
      employer_contributions: employer - toAccounts,
      retiree_contributions: f.retirees[i] * f.pension[i] * f.retireeRate[i] * f.k,
      fiscal_subsidy: f.subsidy[i],
      other_income: (bA + bR) * f.otherShare[i],
    },
    expenditure: {
      benefits_actives: bA,
      benefits_retirees: bR,
      retiree_account_credits: f.post2021[i] ? f.retirees[i] * f.pension[i] * f.creditShare[i] * f.k : 0,
    },
    memo: {
      contribution_base_total: due,
      employee_contributions_to_accounts: due * f.employeeRate[i] * f.collection[i],
      employer_contributions_to_accounts: toAccounts,
    },
    members: { actives: f.actives[i], retirees: f.retirees[i] },
    dependencyRatio: f.retirees[i] > 0 ? f.actives[i] / f.retirees[i] : null,
  });
}

function residentYear(f: RefResident, i: number, hasShocks: boolean): Flows {
  const n = f.insured[i];
  const benefits = n * f.perInsured[i] * f.k * f.costMult[i];
  return withShock(f, i, benefits, hasShocks, {
    income: {
      fiscal_subsidies_per_head: n * f.subsidyPerHead[i] * f.k,
      individual_premiums: n * f.premiumPerHead[i] * f.k,
      fiscal_subsidy: f.subsidy[i],
      other_income: benefits * f.otherShare[i],
    },
    expenditure: { benefits, critical_illness_purchase: n * f.ciPerHead[i] * f.k },
    memo: {},
    members: { insured: n },
    dependencyRatio: null,
  });
}

/** Totals fund: own income Y·m, fiscal subsidy, other income o·spending; spending X·M. */
function totalsYear(f: RefTotals, i: number, hasShocks: boolean): Flows {
  const spending = f.spending[i] * f.costMult[i];
  return withShock(f, i, spending, hasShocks, {
    income: { own_income: f.ownIncome[i] * f.incomeMult[i], fiscal_subsidy: f.subsidy[i], other_income: spending * f.otherShare[i] },
    expenditure: { spending },
    memo: {},
    members: {},
    dependencyRatio: null,
  });
}

/** The band whose range holds M (lowest first: M < upper, or M = upper when inclusive; the last is open). */
export function referenceBand(months: number | null, bands: readonly RefBand[]): string {
  if (months === null) return 'no_expenditure';
  const hit = bands.find((b) => b.upper === null || months < b.upper || (b.upperInclusive && months === b.upper));
  return (hit ?? bands[bands.length - 1]).id;
}

const LEVER_KEY: Record<string, string> = {
  employer_rate: 'employerRate',
  employee_rate: 'employeeRate',
  retiree_rate: 'retireeRate',
  premium_per_head: 'premiumPerHead',
  subsidy_per_head: 'subsidyPerHead',
  income_multiplier: 'incomeMult',
};

/** Projects one fund of a reference scenario. Does not modify `input`. */
export function referenceFund(input: RefFund, sc: Pick<RefScenario, 'baseYear' | 'endYear' | 'nextYearBasis' | 'bands'>): RefFundResult {
  // the rate rule changes its lever while projecting: work on a copy of that array
  const rule = input.rules.rateAdjustment;
  const f: RefFund = rule ? ({ ...input, [LEVER_KEY[rule.lever]]: (input as unknown as Record<string, Float64Array>)[LEVER_KEY[rule.lever]].slice() } as RefFund) : input;
  const hasShocks = [f.shockShare, f.shockAmount, f.shockIncome].some((a) => a.some((v) => v !== 0));
  const year = (i: number) => (f.scheme === 'employee' ? employeeYear(f, i, hasShocks) : f.scheme === 'resident' ? residentYear(f, i, hasShocks) : totalsYear(f, i, hasShocks));

  const b0 = year(0);
  const s0 = total(b0.income) - total(b0.expenditure);
  const opening0 = (f.openingBalance - s0) / (1 + f.interest[0]);
  const base = { balance: f.openingBalance, modelIncome: total(b0.income) + f.interest[0] * opening0, modelExpenditure: total(b0.expenditure) };

  const n = sc.endYear - sc.baseYear;
  const rows: RefRow[] = [];
  const events: RefFundResult['events'] = [];
  let balance = f.openingBalance;
  let below = 0;
  for (let i = 1; i <= n; i++) {
    const fl = year(i);
    const opening = balance;
    const incomeItems: Record<string, number> = { ...fl.income, interest: f.interest[i] * opening };
    const expenditure = total(fl.expenditure);
    const basisE = sc.nextYearBasis ? total(year(i + 1).expenditure) : expenditure;
    const topUp = f.rules.topUp;
    if (topUp) {
      const before = opening + (total(incomeItems) - expenditure); // B_{t−1} + S before the top-up
      const need = (topUp.floorMonths * basisE) / 12 - before;
      incomeItems.treasury_top_up = sc.baseYear + i >= topUp.fromYear && need > 0 ? need : 0;
    }
    const income = total(incomeItems);
    const surplus = income - expenditure;
    balance = opening + surplus;
    // a year the treasury tops up holds the floor by definition: its months ARE the floor (not
    // 12·B/E′, which rounding may put a hair below it and in the band underneath)
    const toppedUp = (incomeItems.treasury_top_up ?? 0) > 0;
    const months = basisE > 0 ? (toppedUp ? f.rules.topUp!.floorMonths : (12 * balance) / basisE) : null;
    rows.push({
      year: sc.baseYear + i,
      openingBalance: opening,
      income,
      expenditure,
      surplus,
      balance,
      reserveMonths: months,
      basisExpenditure: basisE,
      band: referenceBand(months, sc.bands),
      gapRate: income > 0 ? (expenditure - income) / income : null,
      balanceRate: income > 0 ? balance / income : null,
      dependencyRatio: fl.dependencyRatio,
      members: fl.members,
      incomeItems,
      expenditureItems: fl.expenditure,
      memo: fl.memo,
    });
    if (rule) {
      below = months !== null && months < rule.belowMonths ? below + 1 : 0;
      const next = sc.baseYear + i + 1;
      if (below >= rule.years && i < n && next >= rule.fromYear) {
        below = 0;
        const arr = (f as unknown as Record<string, Float64Array>)[LEVER_KEY[rule.lever]];
        const from = arr[i + 1];
        if (from < rule.cap) {
          for (let j = i + 1; j < arr.length; j++) arr[j] = Math.max(arr[j], Math.min(arr[j] + rule.step, rule.cap)); // a raise never lowers a year
          events.push({ year: next, lever: rule.lever, from, to: arr[i + 1] });
        }
      }
    }
  }
  return {
    id: f.id,
    firstDeficitYear: rows.find((r) => r.surplus < 0)?.year ?? null,
    exhaustionYear: rows.find((r) => r.balance < 0)?.year ?? null,
    base,
    events,
    rows,
  };
}

/** Every fund of a reference scenario. */
export function referenceProjection(sc: RefScenario): RefFundResult[] {
  return sc.funds.map((f) => referenceFund(f, sc));
}
