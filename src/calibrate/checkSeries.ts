import { messages } from '../messages/message';
import { FundcastError } from '../errors/FundcastError';

/**
 * Checks a yearly series before fitting: equal lengths, at least `minPoints` observations,
 * consecutive ascending years, finite positive values (growth methods work on logs).
 * @throws FundcastError `calibrate.series` naming the first problem found.
 */
export function checkSeries(method: string, years: readonly number[], values: readonly number[], minPoints: number): void {
  const fail = (reason: { en: string; zh: string }, details: Record<string, unknown>) => {
    throw new FundcastError('calibrate.series', { method, ...reason, ...details });
  };
  if (years.length !== values.length) fail(messages('calibrate.series.lengths', { years: years.length, values: values.length }), {});
  if (values.length < minPoints) fail(messages('calibrate.series.tooShort', { minPoints, found: values.length }), { found: values.length, minPoints });
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i]) || values[i] <= 0) fail(messages('calibrate.series.notPositive', { year: years[i], found: values[i] }), { year: years[i], found: values[i] });
    if (i > 0 && years[i] !== years[i - 1] + 1) fail(messages('calibrate.series.gap', { previous: years[i - 1], year: years[i] }), { year: years[i] });
  }
}
