import { FundcastError, type ErrorArgs } from '../errors/FundcastError';
import { z } from 'zod';

/**
 * Time-indexed parameters (after OpenFisca's parameters): a value, or values keyed by the year
 * they take effect.
 *
 * Three spellings are accepted in a scenario file:
 *
 *   employer_rate: 0.06                      # constant in every year
 *   employer_rate: {2024: 0.06, 2026: 0.055} # step: each value is in force from its year until the next key
 *   employer_rate:                           # linear: straight line between keys, flat after the last key
 *     interpolate: linear
 *     values: {2024: 0.06, 2030: 0.05}
 *
 * Rule: v(y) = value of the latest key k ≤ y (step), or for linear
 * v(y) = v(k0) + (v(k1) − v(k0)) · (y − k0)/(k1 − k0) for k0 ≤ y ≤ k1, and v(last key) after it.
 * The first key must be at or before the scenario's base year, so no year is ever left without a value.
 */
export type NumberSeries = number | Record<string, number> | { interpolate: 'step' | 'linear'; values: Record<string, number> };
/**
 * A label by year: one value for every year, or a map year → value that holds from its year until
 * the next key (step).
 */
export type EnumSeries<T extends string> = T | Record<string, T>;

/** A four-digit calendar year used as a key, 1800–2999. */
export const yearKey = z.string().regex(/^(18|19|2\d)\d\d$/, { error: 'a four-digit year (e.g. 2026)' });

/** Schema for a numeric time series whose values satisfy `value`. */
export function numberSeries(value: z.ZodNumber) {
  return z.union([
    value,
    z.record(yearKey, value),
    z.strictObject({
      interpolate: z.enum(['step', 'linear']),
      values: z.record(yearKey, value),
    }),
  ]);
}

/** Schema for a time series of labels (step only: labels cannot be interpolated). */
export function enumSeries<const T extends readonly [string, ...string[]]>(values: T) {
  const e = z.enum(values);
  return z.union([e, z.record(yearKey, e)]);
}

/** Raised by the series resolver (the caller reports it at the series' path). */
export class SeriesError extends FundcastError {
  constructor(...args: ErrorArgs) {
    super(...args);
    this.name = 'SeriesError';
  }
}

function keyedEntries<T>(values: Record<string, T>): [number, T][] {
  const entries = Object.entries(values).map(([k, v]) => [Number(k), v] as [number, T]);
  entries.sort((a, b) => a[0] - b[0]);
  return entries;
}

/**
 * Resolves a numeric series to one value per year, `firstYear..lastYear` inclusive.
 *
 * Cost: O(years + keys). Throws SeriesError when the first key is later than `firstYear`.
 * @example resolveNumberSeries({2024: 0.06, 2026: 0.05}, 2024, 2027) // Float64Array [0.06, 0.06, 0.05, 0.05]
 */
export function resolveNumberSeries(series: NumberSeries, firstYear: number, lastYear: number): Float64Array {
  const out = new Float64Array(lastYear - firstYear + 1);
  if (typeof series === 'number') return out.fill(series);
  const linear = 'interpolate' in series && series.interpolate === 'linear';
  const entries = keyedEntries<number>('values' in series && typeof series.values === 'object' ? (series.values as Record<string, number>) : (series as Record<string, number>));
  checkStart(entries, firstYear);
  let k = 0;
  for (let i = 0; i < out.length; i++) {
    const year = firstYear + i;
    while (k + 1 < entries.length && entries[k + 1][0] <= year) k++;
    const [y0, v0] = entries[k];
    if (linear && k + 1 < entries.length) {
      const [y1, v1] = entries[k + 1];
      out[i] = v0 + ((v1 - v0) * (year - y0)) / (y1 - y0);
    } else {
      out[i] = v0;
    }
  }
  return out;
}

/** Resolves a label series (step rule) to one label per year. */
export function resolveEnumSeries<T extends string>(series: EnumSeries<T>, firstYear: number, lastYear: number): T[] {
  const n = lastYear - firstYear + 1;
  if (typeof series === 'string') return new Array<T>(n).fill(series);
  const entries = keyedEntries<T>(series);
  checkStart(entries, firstYear);
  const out: T[] = [];
  let k = 0;
  for (let i = 0; i < n; i++) {
    while (k + 1 < entries.length && entries[k + 1][0] <= firstYear + i) k++;
    out.push(entries[k][1]);
  }
  return out;
}

function checkStart(entries: [number, unknown][], firstYear: number): void {
  if (entries.length === 0) {
    throw new SeriesError('scenario.series.empty', {});
  }
  if (entries[0][0] > firstYear) {
    throw new SeriesError('scenario.series.startsLate', { firstKey: entries[0][0], firstYear });
  }
}
