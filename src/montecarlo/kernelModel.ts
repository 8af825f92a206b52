import type { Assumptions, FundAssumptions } from '../assumptions/types';
import type { KernelModel } from './types';

/**
 * The assumptions as the batch kernel needs them: the age-detailed membership detail removed
 * (its counts and age-mix indexes are already in the arrays), so that sending the model to a
 * worker thread copies a few kilobytes. Pure.
 */
export function kernelModel(assumptions: Assumptions): KernelModel {
  return {
    ...assumptions,
    funds: assumptions.funds.map((f) => {
      const { membership: _, ...rest } = f as FundAssumptions & { membership?: unknown };
      return rest as FundAssumptions;
    }),
  };
}
