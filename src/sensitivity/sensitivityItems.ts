import { LEVER_TABLE, perScheme, type LeverUse, type Scheme } from '../levers/leverTable';

/**
 * One assumption of a sensitivity analysis: a lever moved relatively from the first projected year
 * on — `add` to a rate or to an annual growth (growth levers compound), or `multiply` a level — to
 * its low-cost and high-cost values (low cost = better for the fund).
 */
export interface SensitivityItem {
  lever: string;
  move: 'add' | 'multiply';
  /** the favourable (low-cost) change, e.g. −0.01 on excess cost growth */
  lowCost: number;
  /** the unfavourable (high-cost) change */
  highCost: number;
  label: { en: string; zh: string };
}

/**
 * The default assumptions varied, by scheme, and by how much: each lever's `sensitivity` in
 * LEVER_TABLE (levers/leverTable), in table order. The sizes follow the spread the trustees'
 * low-cost / high-cost sets use and this project's observed history: ±1 point a year on per-head
 * spending growth and on wage growth (national per-head spending grew 0.4–13 % a year in
 * 2021–2025), ±0.5 point on member growth, ±0.5 point on the interest rate, ±5 % on resident
 * financing. The low-cost set applies every favourable change at once, the high-cost set every
 * unfavourable one — the trustees' alternative sets; the tornado moves one at a time.
 */
export const DEFAULT_SENSITIVITY: Readonly<Record<Scheme, readonly SensitivityItem[]>> = Object.freeze(
  perScheme((scheme) =>
    LEVER_TABLE.flatMap((l): SensitivityItem[] => {
      const s = (l.schemes as Partial<Record<Scheme, LeverUse>>)[scheme]?.sensitivity;
      return s ? [{ lever: l.name, move: s.move, lowCost: s.lowCost, highCost: s.highCost, label: s.label }] : [];
    }),
  ),
);
