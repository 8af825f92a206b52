/**
 * The longest run of consecutive observed (non-null) values ending at the last year, as
 * plain arrays — what a growth method can be fitted on.
 * @example trailingRun([2020, 2021, 2022, 2023], [5, null, 7, 8]) // { years: [2022, 2023], values: [7, 8] }
 */
export function trailingRun(years: readonly number[], values: readonly (number | null)[]): { years: number[]; values: number[] } {
  let start = values.length;
  while (start > 0 && values[start - 1] !== null) start--;
  return { years: years.slice(start) as number[], values: values.slice(start) as number[] };
}
