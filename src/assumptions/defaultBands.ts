import type { Band } from '../results/types';

/**
 * The official warning bands for the employee pooled fund (人社部发〔2009〕67号), in months of
 * reserve M = balance ÷ (expenditure / 12):
 *
 *   M < 0           exhausted      基金已穿底 (the balance is negative)
 *   0 ≤ M < 3       insufficient   结余不足
 *   3 ≤ M < 6       low            结余偏低
 *   6 ≤ M ≤ 9       normal         结余合理 (the official normal range, both ends included)
 *   9 < M ≤ 15      high           结余偏高
 *   M > 15          excessive      结余过多
 *
 * The document names the < 3, 6–9 and > 15 bands; 3–6 and 9–15 are the gaps between them, and
 * "exhausted" separates a negative balance. Applied to the resident fund these bands are an
 * extension, and results say so (`bandBasis: 'extension'`).
 */
export const DEFAULT_BANDS: readonly Band[] = Object.freeze([
  { id: 'exhausted', labelEn: 'exhausted (negative balance)', labelZh: '基金已穿底', lower: null, upper: 0, upperInclusive: false },
  { id: 'insufficient', labelEn: 'insufficient (< 3 months)', labelZh: '结余不足（少于3个月）', lower: 0, upper: 3, upperInclusive: false },
  { id: 'low', labelEn: 'low (3–6 months)', labelZh: '结余偏低（3–6个月）', lower: 3, upper: 6, upperInclusive: false },
  { id: 'normal', labelEn: 'normal (6–9 months)', labelZh: '结余合理（6–9个月）', lower: 6, upper: 9, upperInclusive: true },
  { id: 'high', labelEn: 'high (9–15 months)', labelZh: '结余偏高（9–15个月）', lower: 9, upper: 15, upperInclusive: true },
  { id: 'excessive', labelEn: 'excessive (> 15 months)', labelZh: '结余过多（超过15个月）', lower: 15, upper: null, upperInclusive: false },
].map((b) => Object.freeze(b)));
