import type { SavingSpec } from '../scenario/policySchema';
import { phaseIn } from '../levers/phaseIn';

/**
 * Multiplier on the spending a saving reaches, in `year`:
 *
 *   1 − affected · rate · phase(year) · part(year)
 *
 * phase = phaseIn(year, from, phase_in_years) (linear build-up); part = (13 − start_month)/12 in the
 * first year when the saving starts mid-year (start_month 7 → half of that year), 1 otherwise.
 * @example savingFactor({ name: 'DRG', from: 2026, start_month: 7, affected_share: 1, saving_rate: 0.1 }, 2026) // 0.95
 */
export function savingFactor(s: SavingSpec, year: number): number {
  const part = s.start_month !== undefined && year === s.from ? (13 - s.start_month) / 12 : 1;
  return 1 - s.affected_share * s.saving_rate * phaseIn(year, s.from, s.phase_in_years ?? 1) * part;
}
