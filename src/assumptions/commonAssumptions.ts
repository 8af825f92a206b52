import type { FundSpec } from '../scenario/scenarioSchema';
import { costMultiplier } from './costMultiplier';
import { fundRules } from './fundRules';
import type { ResolutionContext } from './resolutionContext';
import { shockArrays } from './shockArrays';

/**
 * The assumptions every fund has, whatever its scheme: names, opening balance, observed totals,
 * the unit factor k, interest, other income (share of contributions), fiscal subsidy (0 when not
 * given), the cost multiplier (costMultiplier), shock arrays and rules.
 */
export function commonAssumptions(id: string, spec: FundSpec, k: number, ctx: ResolutionContext) {
  const p = ['funds', id];
  const zero = new Float64Array(ctx.timeline.length);
  return {
    id,
    name: spec.name,
    nameZh: spec.name_zh ?? null,
    // set by applyHistories: `opening`, or the last history year (docs/history.md)
    openingBalance: spec.opening?.balance ?? 0,
    observed: spec.observed ? { ...spec.observed } : null,
    history: [],
    k,
    interestRate: ctx.num(spec.interest_rate, [...p, 'interest_rate']),
    otherIncomeShare: spec.other_income_share === undefined ? zero.slice() : ctx.num(spec.other_income_share, [...p, 'other_income_share']),
    fiscalSubsidy: spec.fiscal_subsidy === undefined ? zero.slice() : ctx.num(spec.fiscal_subsidy, [...p, 'fiscal_subsidy']),
    costMultiplier: costMultiplier(spec.cost_control, ctx.timeline, (series, path) => ctx.num(series, [...p, ...path])),
    ...shockArrays(spec, ctx.timeline),
    rules: fundRules(spec, ctx.timeline),
  };
}
