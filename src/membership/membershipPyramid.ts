import { MembershipError } from './membershipError';
import { MEMBER_STATUSES, type MemberStatus, type MembershipProjection } from './types';
import type { MembershipPyramidRow } from '../results/demographyTypes';

export type { MembershipPyramidRow } from '../results/demographyTypes';

/**
 * Population pyramid split by membership status: persons by year, sex, age group of `width`
 * years (the open group is its own last row) and status, as flat rows for a chart or a DataFrame.
 * The statuses of a group sum to its population.
 *
 * @param projection output of `projectMembership`
 * @param options `years` to include (default: the base year), `width` in years (default 5),
 *   `statuses` (default all four)
 * @returns rows ordered by year, sex, age group, status
 * @throws MembershipError `membership.invalidInput` for a year outside the projection or a width that is
 *   not a positive integer
 */
export function membershipPyramid(
  projection: MembershipProjection,
  options: { years?: readonly number[]; width?: number; statuses?: readonly MemberStatus[] } = {},
): MembershipPyramidRow[] {
  const width = options.width ?? 5;
  const years = options.years ?? [projection.firstYear];
  const statuses = options.statuses ?? MEMBER_STATUSES;
  const outside = years.filter((y) => !Number.isInteger(y) || y < projection.firstYear || y >= projection.firstYear + projection.years);
  if (!(Number.isInteger(width) && width >= 1) || outside.length) {
    throw new MembershipError('membership.invalidInput.membershipPyramid', { firstYear: projection.firstYear, lastYear: projection.firstYear + projection.years - 1, width, outside });
  }
  const n = projection.ages;
  const open = n - 1;
  const groups: [number, number][] = [];
  for (let start = 0; start < open; start += width) groups.push([start, Math.min(start + width - 1, open - 1)]);
  groups.push([open, open]);
  const rows: MembershipPyramidRow[] = [];
  for (const year of years) {
    const base = (year - projection.firstYear) * n;
    for (const sex of ['male', 'female'] as const) {
      for (const [start, end] of groups) {
        const ageGroup = start === open ? `${open}+` : start === end ? `${start}` : `${start}-${end}`;
        for (const status of statuses) {
          const m = projection.stocks[status][sex];
          let count = 0;
          for (let x = start; x <= end; x++) count += m[base + x];
          rows.push({ year, sex, ageGroup, ageStart: start, status, count });
        }
      }
    }
  }
  return rows;
}
