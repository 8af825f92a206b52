import { DemographyError } from './demographyError';

/**
 * Check that an age schedule has the expected length and only finite values (and, unless
 * `signed`, no negative ones), without allocating.
 *
 * @param values the schedule (rates or counts by age)
 * @param length expected number of ages
 * @param name what the schedule is, used in the error text (e.g. `asfr`, `population.male`)
 * @param options `signed: true` allows negative values (net migration)
 * @returns `values`, unchanged
 * @throws DemographyError `demography.invalidInput` naming the schedule and the first bad age
 */
export function assertSchedule(values: ArrayLike<number>, length: number, name: string, options: { signed?: boolean } = {}): ArrayLike<number> {
  if (values.length !== length) {
    throw new DemographyError('demography.invalidInput.assertSchedule', { name, expected: length, found: values.length });
  }
  for (let x = 0; x < length; x++) {
    const v = values[x];
    if (!Number.isFinite(v) || (!options.signed && v < 0)) {
      const kind = options.signed ? 'finite' : 'finite and non-negative';
      const kindZh = options.signed ? '有限数' : '有限非负数';
      throw new DemographyError('demography.invalidInput.scheduleValue', { name, x, kind, v, kindZh });
    }
  }
  return values;
}
