import { DEFAULT_PROFILES } from './defaultProfiles';
import type { DefaultProfileId, SeasonalProfile } from './types';

/**
 * A documented default profile (DEFAULT_PROFILES) as a SeasonalProfile of `line`: C_k = Σ_{j≤k} w_j
 * (C_11 = 1 exactly) and sd_k = √(C_k (1 − C_k) / (κ + 1)) — the spread of a cumulative share when the
 * twelve monthly shares are Dirichlet with mean w and concentration κ. `years` is empty.
 * @example defaultSeasonalProfile('expenditure', 'even').cumulative[5] // 0.5
 */
export function defaultSeasonalProfile(line: string, id: DefaultProfileId): SeasonalProfile {
  const profile = DEFAULT_PROFILES[id];
  let running = 0;
  const cumulative = profile.weights.map((w) => (running += w));
  cumulative[11] = 1;
  const sd = cumulative.map((c) => Math.sqrt(Math.max(0, c * (1 - c)) / (profile.concentration + 1)));
  sd[11] = 0;
  return { line, cumulative, sd, years: [], source: 'default', defaultId: id };
}
