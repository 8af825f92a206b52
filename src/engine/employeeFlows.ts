import type { EmployeeAssumptions } from '../assumptions/types';
import { finiteRatio } from '../indicators/finiteRatio';
import { shockItems } from './shockItems';
import type { YearFlows } from './YearFlows';

/**
 * Employee pooled fund (职工医保统筹基金), flows of year index i (before interest).
 *
 * With N_a actives, N_r retirees, W contribution base per active, P average pension,
 * c_a and c_r benefit spending per head, k the unit factor (persons × yuan → money):
 *
 *   due base            B   = N_a · W · k
 *   employer            C_er = B · r_er · collection
 *   employee            C_ee = B · r_ee · collection        → individual accounts (memo)
 *   pre2021:  to accounts = C_er · a,  pooled employer income = C_er · (1 − a),  retiree credit = 0
 *   post2021: to accounts = 0,         pooled employer income = C_er,            retiree credit = N_r · P · s · k
 *   retiree contributions  = N_r · P · r_ret · k
 *   benefits               = (N_a · c_a + N_r · c_r) · k · M   (M: cost-control multiplier, 1 = none)
 *   other income           = benefits · o        (recoveries, late fees)
 *   fiscal subsidy         = as given (money)
 *   one-off (if any shock) = shock share · benefits + shock amount;  one-off income = shock income
 *
 * Income items:      employer_contributions, retiree_contributions, fiscal_subsidy, other_income [, one_off_income]
 * Expenditure items: benefits_actives, benefits_retirees, retiree_account_credits [, one_off]
 */
export function employeeFlows(a: EmployeeAssumptions, i: number): YearFlows {
  const k = a.k;
  const na = a.actives[i];
  const nr = a.retirees[i];
  const due = na * a.contributionBase[i] * k;
  const employer = due * a.employerRate[i] * a.collectionRate[i];
  const employee = due * a.employeeRate[i] * a.collectionRate[i];
  const post2021 = a.accountRule[i] === 'post2021';
  const employerToAccounts = post2021 ? 0 : employer * a.employerShareToAccounts[i];
  const retireeCredits = post2021 ? nr * a.pension[i] * a.retireeCreditShare[i] * k : 0;
  const benefitsActives = na * a.spendPerActive[i] * k * a.costMultiplier[i];
  const benefitsRetirees = nr * a.spendPerRetiree[i] * k * a.costMultiplier[i];
  const shock = shockItems(a, i, benefitsActives + benefitsRetirees);
  return {
    income: {
      employer_contributions: employer - employerToAccounts,
      retiree_contributions: nr * a.pension[i] * a.retireeRate[i] * k,
      fiscal_subsidy: a.fiscalSubsidy[i],
      other_income: (benefitsActives + benefitsRetirees) * a.otherIncomeShare[i],
      ...shock.income,
    },
    expenditure: {
      benefits_actives: benefitsActives,
      benefits_retirees: benefitsRetirees,
      retiree_account_credits: retireeCredits,
      ...shock.expenditure,
    },
    memo: {
      contribution_base_total: due,
      employee_contributions_to_accounts: employee,
      employer_contributions_to_accounts: employerToAccounts,
    },
    members: { actives: na, retirees: nr },
    dependencyRatio: finiteRatio(na, nr),
  };
}
