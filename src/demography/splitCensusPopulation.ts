import { DemographyError } from './demographyError';
import type { AgeGroupPopulation } from './loadCensusPopulation';
import { spragueSplit } from './spragueSplit';
import type { BySex } from './types';

/**
 * Split a census population by abridged age group (0, 1-4, 5-9, …, open ω+) or by 5-year group
 * (0-4, 5-9, …, open ω+) into single years of age 0..ω−1 plus the open group ω+, by sex.
 *
 * Method: ages 0 and 1-4 are first merged into 0-4; all closed 5-year groups are split with
 * Sprague multipliers (`spragueSplit`: group totals kept, negatives clipped and the group
 * rescaled). The open group is passed to the multipliers as if it were one more 5-year group, so
 * the last closed group (95-99) uses the penultimate panel instead of the end panel (which would
 * bend the curve upwards at 98–99 where counts fall steeply); the open group's own split is
 * discarded (DemoTools' `graduate_sprague` likewise takes the open group as the last row of its
 * input). Then, when the census has a separate age-0 group, age 0 is set to the census count
 * and ages 1–4 get the census 1-4 total shared in proportion to their Sprague estimates
 * (n(a) = N(1-4) × s(a) / Σ_{b=1..4} s(b); equal shares if that sum is 0). The open group is
 * copied unchanged. Every census group total is therefore kept exactly (up to rounding).
 *
 * Optional cohort weights (`options.weights`, e.g. from `cohortSizeWeights`): in every closed
 * group above age 0 whose weights are all finite and > 0, the Sprague shape is replaced by
 * n(a) = N_g × w(a) / Σ_{b∈g} w(b). Use it where single-year cohort sizes are known to be
 * irregular (China's 1959–1961 famine births): Sprague, being smooth, cannot show such dips.
 *
 * Reference: Shryock & Siegel (1976), pp. 876–880 (Sprague); the infant handling matches
 * DemoTools' `graduate(..., keep0 = TRUE)`. Result counts are fractional persons.
 *
 * @param population counts by age group and sex, e.g. from `loadCensusPopulation`
 * @param options `weights`: relative single-year cohort sizes by sex (length ω + 1; NaN where unknown)
 * @returns single-year counts by sex, length ω + 1 (101 for the 2020 census)
 * @throws DemographyError `demography.invalidInput` if the groups are not 0[,1-4],5-year…,open with at
 *   least 5 closed 5-year groups, a count is negative or not finite, or weights have the wrong length
 */
export function splitCensusPopulation(population: AgeGroupPopulation, options: { weights?: BySex } = {}): BySex {
  const { ageStart, ageEnd } = population;
  const infantSplit = ageStart[0] === 0 && ageEnd[0] === 0 && ageStart[1] === 1 && ageEnd[1] === 4;
  const firstFive = infantSplit ? 2 : 0;
  const last = ageStart.length - 1;
  const fiveYear = ageStart.slice(firstFive, last).every((a, k) => a === 5 * (k + (infantSplit ? 1 : 0)) && ageEnd[firstFive + k] === a + 4);
  if (!fiveYear || ageEnd[last] !== null || (infantSplit ? 1 : 0) + last - firstFive < 5) {
    throw new DemographyError('demography.invalidInput.splitCensusPopulation', { ageStart, ageEnd });
  }
  const weights = options.weights;
  const ages = ageStart[last] + 1;
  if (weights && (weights.male.length !== ages || weights.female.length !== ages)) {
    throw new DemographyError('demography.invalidInput.weightsLength', { ages });
  }
  const split = (counts: Float64Array, w?: Float64Array): Float64Array => {
    const withOpen = Float64Array.from(counts.subarray(firstFive));
    const groups = infantSplit ? Float64Array.of(counts[0] + counts[1], ...withOpen) : withOpen;
    const closedAges = 5 * (groups.length - 1);
    const out = spragueSplit(groups).slice(0, closedAges + 1);
    out[closedAges] = counts[last];
    if (infantSplit) shareInfantGroups(out, counts[0], counts[1]);
    if (w) applyWeights(out, w, infantSplit);
    return out;
  };
  return { male: split(population.male, weights?.male), female: split(population.female, weights?.female) };
}

/** Redistribute each closed group (1-4 or 0-4, then 5-year groups) by fully known weights. */
function applyWeights(out: Float64Array, w: Float64Array, infantSplit: boolean): void {
  const open = out.length - 1;
  const starts = infantSplit ? [1, ...Array.from({ length: open / 5 - 1 }, (_, k) => 5 * (k + 1))] : Array.from({ length: open / 5 }, (_, k) => 5 * k);
  for (const start of starts) {
    const end = start === 1 ? 4 : start + 4;
    let total = 0;
    let weight = 0;
    let known = true;
    for (let a = start; a <= end; a++) {
      total += out[a];
      weight += w[a];
      known &&= Number.isFinite(w[a]) && w[a] > 0;
    }
    if (!known) continue;
    for (let a = start; a <= end; a++) out[a] = (total * w[a]) / weight;
  }
}

/** Put the census age-0 count at age 0 and share the 1-4 total over ages 1–4 by their weights. */
function shareInfantGroups(out: Float64Array, age0: number, age1to4: number): void {
  let weight = 0;
  for (let a = 1; a <= 4; a++) weight += out[a];
  for (let a = 1; a <= 4; a++) out[a] = weight > 0 ? (age1to4 * out[a]) / weight : age1to4 / 4;
  out[0] = age0;
}
