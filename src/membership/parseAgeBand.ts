import { MembershipError } from './membershipError';

/** An age band in completed years, both ends inclusive. */
export interface AgeBand {
  start: number;
  end: number;
}

/**
 * Reads an age band written `20-59` (ages 20 to 59 inclusive), `60+` (60 to the open age group)
 * or `65` (one age), for schedules of ages 0..`openAge` (the last one the open group).
 *
 * @param text the band as written in a scenario or CSV file
 * @param openAge first age of the open group, e.g. 100
 * @returns first and last age, inclusive (`60+` → {start: 60, end: openAge})
 * @throws MembershipError `membership.invalidAgeBand` for any other spelling, start > end, or an age above `openAge`
 * @example parseAgeBand('20-59', 100) // { start: 20, end: 59 }
 */
export function parseAgeBand(text: string, openAge: number): AgeBand {
  const m = /^\s*(\d{1,3})\s*(?:(-)\s*(\d{1,3})|(\+))?\s*$/.exec(text);
  const start = m ? Number(m[1]) : NaN;
  const end = !m ? NaN : m[4] ? openAge : m[2] ? Number(m[3]) : start;
  if (!m || !(start <= end) || end > openAge) {
    throw new MembershipError('membership.invalidAgeBand', { text, openAge });
  }
  return { start, end };
}
