import { relocated } from '../errors/FundcastError';
import type { BySex } from '../demography/types';
import { MembershipError } from './membershipError';
import { parseAgeBand } from './parseAgeBand';

/** One age band of a status's base-year input: a participation rate or a member count per sex. */
export interface AgeBandValues {
  /** `20-59`, `60+` or a single age. */
  ages: string;
  male: number;
  female: number;
}

/** Base-year input of one status: participation rates by age band, or member counts by age band. */
export type MembersByAgeSpec = { participation: AgeBandValues[] } | { counts: AgeBandValues[] };

/**
 * Base-year members of one status by single age and sex, from age-band input and the base-year
 * exposure E (the people who can hold the status: e.g. for actives the population below its
 * retirement date, P·(1 − q)), before calibration to the status total.
 *
 * Two documented methods:
 * - participation: N(x, s) = r(band(x), s) · E(x, s) — the band's rate applied to every single age;
 * - counts: N(x, s) = C(band, s) · E(x, s) / Σ_{y ∈ band} E(y, s) — each band's count spread over
 *   its single ages in proportion to the exposure, so every band total is kept exactly; a band
 *   with members but no exposure (e.g. early retirees below the statutory age) is spread in
 *   proportion to the population P instead.
 * Ages in no band get 0. Units: persons (rates are shares, counts as given).
 *
 * @param spec `{participation: rows}` or `{counts: rows}`
 * @param exposure base-year exposure by single age (0..ω, last = open group) and sex, persons
 * @param population base-year population (default: the exposure), for the counts fallback
 * @returns members by single age and sex
 * @throws MembershipError `membership.invalidAgeBand` (bad band, path [method, row, 'ages']), `membership.overlappingBands`
 *   (two rows cover one age), `membership.invalidInput` (a value not finite and ≥ 0, or a rate above 1),
 *   `membership.emptyBand` (a positive count on a band with no population)
 */
export function membersByAge(spec: MembersByAgeSpec, exposure: BySex, population: BySex = exposure): BySex {
  const method = 'counts' in spec ? 'counts' : 'participation';
  const rows = (spec as Record<string, AgeBandValues[]>)[method];
  const n = exposure.male.length;
  const out: BySex = { male: new Float64Array(n), female: new Float64Array(n) };
  const covered = new Int32Array(n).fill(-1);
  rows.forEach((row, k) => {
    const band = withPath(() => parseAgeBand(row.ages, n - 1), [method, k, 'ages']);
    for (let x = band.start; x <= band.end; x++) {
      if (covered[x] >= 0) {
        throw new MembershipError('membership.overlappingBands', { x, firstRow: covered[x], k }, [method, k, 'ages']);
      }
      covered[x] = k;
    }
    (['male', 'female'] as const).forEach((sex) => {
      const v = row[sex];
      if (!(Number.isFinite(v) && v >= 0) || (method === 'participation' && v > 1)) {
        throw new MembershipError('membership.invalidInput.membersByAge', { method, ages: row.ages, sex, v }, [method, k, sex]);
      }
      if (method === 'participation') {
        for (let x = band.start; x <= band.end; x++) out[sex][x] = v * exposure[sex][x];
        return;
      }
      const sumOf = (w: Float64Array) => {
        let total = 0;
        for (let x = band.start; x <= band.end; x++) total += w[x];
        return total;
      };
      const weights = sumOf(exposure[sex]) > 0 ? exposure[sex] : population[sex];
      const total = sumOf(weights);
      if (v > 0 && !(total > 0)) {
        throw new MembershipError('membership.emptyBand', { ages: row.ages, sex, v }, [method, k, sex]);
      }
      for (let x = band.start; x <= band.end; x++) out[sex][x] = v > 0 ? (v * weights[x]) / total : 0;
    });
  });
  return out;
}

function withPath<T>(fn: () => T, path: (string | number)[]): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof MembershipError) throw new MembershipError(...relocated(e, {}, path));
    throw e;
  }
}
