import { FundcastError } from '../errors/FundcastError';

/**
 * Throws a FundcastError (code `result.non_finite`, path [fund, year, item]) when any number in
 * `values` is NaN or ±Infinity, naming the fund, year and item, so that a non-finite value never
 * reaches an output. The scenario schema's bounds keep validated inputs from getting here.
 */
export function assertFinite(fundId: string, year: number, values: Record<string, number>): void {
  for (const key in values) {
    if (!Number.isFinite(values[key])) {
      throw new FundcastError(
        'result.non_finite',
        `fund '${fundId}', year ${year}: '${key}' is ${values[key]} — check the scenario's growth rates and amounts`,
        `基金 '${fundId}' ${year} 年：'${key}' 为 ${values[key]}——请检查情景中的增长率和金额`,
        { path: ['funds', fundId, year, key], details: { value: values[key] } },
      );
    }
  }
}
