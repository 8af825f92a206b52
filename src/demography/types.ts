/**
 * Shared types and constants of the demography engine.
 *
 * Conventions used throughout `src/demography/`:
 * - A single-year age schedule is a `Float64Array` indexed by completed age 0, 1, …, ω where the
 *   last cell ω is the open age group "ω and over" (ω = 100 for the shipped data: 101 cells).
 * - Rates are per person-year; counts are persons (fractional after splitting or projecting).
 */

/** Sex of a population (the engine keeps the two sexes apart). */
export type Sex = 'male' | 'female';

/** Both sexes in the order the engine iterates them. */
export const SEXES: readonly Sex[] = ['male', 'female'];

/** First age of the open age group of the shipped single-year schedules (100+). */
export const OPEN_AGE = 100;

/** Number of single-year age cells 0..99 plus the open group 100+ (= 101). */
export const AGE_COUNT = OPEN_AGE + 1;

/** A pair of single-year age schedules, one per sex, of equal length. */
export interface BySex {
  male: Float64Array;
  female: Float64Array;
}
