import { FundcastError } from '../errors/FundcastError';

/**
 * Throws when any number in `values` is NaN or ±Infinity, naming the fund, year and item, so that
 * a non-finite value never reaches an output.
 */
export function assertFinite(fundId: string, year: number, values: Record<string, number>): void {
  for (const key in values) {
    if (!Number.isFinite(values[key])) {
      throw new FundcastError('engine.notFinite', { fundId, year, key, value: values[key] });
    }
  }
}
