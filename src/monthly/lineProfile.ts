import { defaultProfileFor } from './defaultProfiles';
import { defaultSeasonalProfile } from './defaultSeasonalProfile';
import { lineYears } from './lineYears';
import { seasonalProfile } from './seasonalProfile';
import type { MonthlyHistory, SeasonalProfile } from './types';

/**
 * The seasonal profile of one line of a fund for `year` — the one rule every user of a profile
 * follows (the re-estimate of the current year, the monthly budget): seasonalProfile of the line's
 * complete years before `year` (lineYears), falling back, when they are fewer than the history's
 * `minYears`, to the default the scenario names for the line (`monthly.profile`) or else
 * defaultProfileFor(scheme, line). Without monthly figures at all: that documented default.
 * @example lineProfile(undefined, 'resident', 'income', 2026).defaultId // 'resident_income_late'
 */
export function lineProfile(h: MonthlyHistory | undefined, scheme: string, line: string, year: number): SeasonalProfile {
  if (!h) return defaultSeasonalProfile(line, defaultProfileFor(scheme, line));
  return seasonalProfile(line, lineYears(h, line, year), { fallback: h.profile[line] ?? defaultProfileFor(scheme, line), minYears: h.minYears });
}
