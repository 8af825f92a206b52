import type { LoadedScenario } from '../scenario/loadScenario';
import { allocateBudget, type FundAllocation } from './allocateBudget';
import { BudgetError } from './BudgetError';
import { resolveAllocation, type AllocationPlan } from './resolveAllocation';
import { settleAllocation, type AllocationSettlement } from './settleAllocation';
import type { FundBudget } from './types';

/** One fund's allocation with its plan and (when actual figures or a what-if are given) its settlement. */
export interface FundAllocationResult {
  plan: AllocationPlan;
  allocation: FundAllocation;
  settlement: AllocationSettlement | null;
}

/**
 * Allocates the draft budgets of the funds that have an `allocation` block (resolveAllocation →
 * allocateBudget) and settles each (settleAllocation: the providers' `actual` figures, or the
 * what-if change `whatIf` of every allocation). Throws BudgetError `budget.allocation.noPlan` when
 * none of the budgets' funds has an allocation block, ScenarioError (located) on a bad block or
 * provider list.
 */
export function allocateFunds(loaded: LoadedScenario, budgets: readonly FundBudget[], whatIf: number | null = null): FundAllocationResult[] {
  const out: FundAllocationResult[] = [];
  for (const b of budgets) {
    const plan = resolveAllocation(loaded, b.fund);
    if (!plan) continue;
    const allocation = allocateBudget(b, plan);
    out.push({ plan, allocation, settlement: settleAllocation(allocation, plan, whatIf) });
  }
  if (out.length === 0) throw new BudgetError('budget.allocation.noPlan', { funds: budgets.map((b) => b.fund) });
  return out;
}
