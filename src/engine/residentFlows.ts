import type { ResidentAssumptions } from '../assumptions/types';
import { shockItems } from './shockItems';
import type { YearFlows } from './YearFlows';

/**
 * Resident fund (城乡居民医保基金), flows of year index i (before interest).
 *
 * With N insured, per-head subsidy s, premium p, critical-illness purchase q and benefit
 * spending c (yuan per person per year), k the unit factor:
 *
 *   per-head fiscal subsidies  = N · s · k      (财政补助)
 *   individual premiums        = N · p · k      (个人缴费)
 *   other fiscal subsidy       = as given (money)
 *   benefits                   = N · c · k · M     (M: cost-control multiplier, 1 = none)
 *   critical-illness purchase  = N · q · k      (大病保险)
 *   other income               = benefits · o
 *   one-off (if any shock)     = shock share · benefits + shock amount;  one-off income = shock income
 */
export function residentFlows(a: ResidentAssumptions, i: number): YearFlows {
  const k = a.k;
  const n = a.insured[i];
  const benefits = n * a.spendPerInsured[i] * k * a.costMultiplier[i];
  const shock = shockItems(a, i, benefits);
  return {
    income: {
      fiscal_subsidies_per_head: n * a.subsidyPerHead[i] * k,
      individual_premiums: n * a.premiumPerHead[i] * k,
      fiscal_subsidy: a.fiscalSubsidy[i],
      other_income: benefits * a.otherIncomeShare[i],
      ...shock.income,
    },
    expenditure: {
      benefits,
      critical_illness_purchase: n * a.criticalIllnessPerHead[i] * k,
      ...shock.expenditure,
    },
    memo: {},
    members: { insured: n },
    dependencyRatio: null,
  };
}
