import { FundcastError } from '../errors/FundcastError';

/**
 * Checks a yearly series before fitting: equal lengths, at least `minPoints` observations,
 * consecutive ascending years, finite positive values (growth methods work on logs).
 * @throws FundcastError `calibrate.series` naming the first problem found.
 */
export function checkSeries(method: string, years: readonly number[], values: readonly number[], minPoints: number): void {
  const fail = (en: string, zh: string, details: Record<string, unknown>) => {
    throw new FundcastError('calibrate.series', `${method}: ${en}`, `${method}：${zh}`, { details: { method, ...details } });
  };
  if (years.length !== values.length) fail(`years (${years.length}) and values (${values.length}) differ in length`, `年份（${years.length}个）与数值（${values.length}个）个数不同`, {});
  if (values.length < minPoints) fail(`needs at least ${minPoints} years of data, found ${values.length}`, `至少需要${minPoints}年数据，实际${values.length}年`, { found: values.length, minPoints });
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i]) || values[i] <= 0) fail(`value for ${years[i]} must be a positive number, found ${values[i]}`, `${years[i]}年的数值须为正数，实际为${values[i]}`, { year: years[i], found: values[i] });
    if (i > 0 && years[i] !== years[i - 1] + 1) fail(`years must be consecutive, found ${years[i - 1]} then ${years[i]}`, `年份须连续，实际${years[i - 1]}年之后为${years[i]}年`, { year: years[i] });
  }
}
