import type { Scenario } from '../scenario/scenarioSchema';

/** Yuan in one unit of money totals (`units.money`): yuan 1, 10k yuan (万元) 10⁴, 100m yuan (亿元) 10⁸. */
export const YUAN_PER_MONEY_UNIT: Readonly<Record<Scenario['units']['money'], number>> = { yuan: 1, '10k yuan': 1e4, '100m yuan': 1e8 };
const PERSONS: Record<Scenario['units']['persons'], number> = { persons: 1, '10k persons': 1e4 };

/**
 * Converts (count in `units.persons`) × (yuan per person) into `units.money`.
 *
 * k = persons factor / money factor; e.g. 万人 × 元 → 亿元: k = 10⁴ / 10⁸ = 10⁻⁴,
 * so 27,490.84 万人 × 100,245 元 × 10⁻⁴ = 275,581 亿元.
 */
export function unitFactor(units: Scenario['units']): number {
  return PERSONS[units.persons] / YUAN_PER_MONEY_UNIT[units.money];
}
