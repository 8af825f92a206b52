/**
 * Sprague fifth-difference osculatory interpolation multipliers for splitting 5-year age groups
 * into single years of age.
 *
 * Each panel has 5 rows (the 5 single ages of the group being split) and 5 columns (the 5
 * consecutive 5-year groups the estimate is built from). Row r of panel P gives
 * single-age count = Σ_j P[r][j] × N_j. In every panel the column of the group being split sums
 * to 1 and the other columns sum to 0, so group totals are preserved exactly.
 *
 * - `first`: first group, from groups 1..5;  `second`: second group, from groups 1..5;
 * - `middle`: group i, from groups i−2..i+2;
 * - `penultimate`: next-to-last group, from the last 5 groups;  `last`: last group, same groups.
 *
 * Source: Shryock, H.S. & Siegel, J.S. (1976), The Methods and Materials of Demography,
 * Table C-1 (Sprague multipliers); same values as DemoTools (R) `graduate_sprague`.
 */
export const SPRAGUE_MULTIPLIERS = {
  first: [
    [0.3616, -0.2768, 0.1488, -0.0336, 0.0],
    [0.264, -0.096, 0.04, -0.008, 0.0],
    [0.184, 0.04, -0.032, 0.008, 0.0],
    [0.12, 0.136, -0.072, 0.016, 0.0],
    [0.0704, 0.1968, -0.0848, 0.0176, 0.0],
  ],
  second: [
    [0.0336, 0.2272, -0.0752, 0.0144, 0.0],
    [0.008, 0.232, -0.048, 0.008, 0.0],
    [-0.008, 0.216, -0.008, 0.0, 0.0],
    [-0.016, 0.184, 0.04, -0.008, 0.0],
    [-0.0176, 0.1408, 0.0912, -0.0144, 0.0],
  ],
  middle: [
    [-0.0128, 0.0848, 0.1504, -0.024, 0.0016],
    [-0.0016, 0.0144, 0.2224, -0.0416, 0.0064],
    [0.0064, -0.0336, 0.2544, -0.0336, 0.0064],
    [0.0064, -0.0416, 0.2224, 0.0144, -0.0016],
    [0.0016, -0.024, 0.1504, 0.0848, -0.0128],
  ],
  penultimate: [
    [0.0, -0.0144, 0.0912, 0.1408, -0.0176],
    [0.0, -0.008, 0.04, 0.184, -0.016],
    [0.0, 0.0, -0.008, 0.216, -0.008],
    [0.0, 0.008, -0.048, 0.232, 0.008],
    [0.0, 0.0144, -0.0752, 0.2272, 0.0336],
  ],
  last: [
    [0.0, 0.0176, -0.0848, 0.1968, 0.0704],
    [0.0, 0.016, -0.072, 0.136, 0.12],
    [0.0, 0.008, -0.032, 0.04, 0.184],
    [0.0, -0.008, 0.04, -0.096, 0.264],
    [0.0, -0.0336, 0.1488, -0.2768, 0.3616],
  ],
} as const;
