import { FundcastError } from '../errors/FundcastError';

/**
 * Throws a FundcastError (code `engine.notFinite`, path [funds, fund, year, item]) when any number in
 * `values` is NaN or ±Infinity, naming the fund, year and item, so that a non-finite value never
 * reaches an output. The scenario schema's bounds keep validated inputs from getting here.
 */
export function assertFinite(fundId: string, year: number, values: Record<string, number>): void {
  for (const key in values) {
    if (!Number.isFinite(values[key])) {
      throw new FundcastError('engine.notFinite', { fundId, year, key, value: values[key] }, ['funds', fundId, year, key]);
    }
  }
}
