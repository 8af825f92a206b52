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
 * @throws MembershipError `INVALID_AGE_BAND` (bad band, path [method, row, 'ages']), `OVERLAPPING_BANDS`
 *   (two rows cover one age), `INVALID_INPUT` (a value not finite and ≥ 0, or a rate above 1),
 *   `EMPTY_BAND` (a positive count on a band with no population)
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
        throw new MembershipError('OVERLAPPING_BANDS', `age ${x} is in two bands (rows ${covered[x]} and ${k})`, `年龄 ${x} 同时属于两个年龄段（第 ${covered[x]} 行和第 ${k} 行）`, { age: x }, [method, k, 'ages']);
      }
      covered[x] = k;
    }
    (['male', 'female'] as const).forEach((sex) => {
      const v = row[sex];
      if (!(Number.isFinite(v) && v >= 0) || (method === 'participation' && v > 1)) {
        throw new MembershipError('INVALID_INPUT', `${method} ${row.ages} ${sex}: ${v} is not ${method === 'participation' ? 'a share in [0, 1]' : 'a count ≥ 0'}`, `${method} ${row.ages} ${sex === 'male' ? '男' : '女'}：${v} 不是${method === 'participation' ? '[0, 1] 内的比例' : '≥ 0 的人数'}`, { value: v }, [method, k, sex]);
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
        throw new MembershipError('EMPTY_BAND', `counts ${row.ages} ${sex}: ${v} members but no population in the band`, `counts ${row.ages} ${sex === 'male' ? '男' : '女'}：有 ${v} 名参保人，但该年龄段人口为零`, { value: v }, [method, k, sex]);
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
    if (e instanceof MembershipError) throw new MembershipError(e.code, e.en, e.zh, { ...e.details }, path);
    throw e;
  }
}
