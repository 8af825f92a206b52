/**
 * Level bounds of scenario values (with growthFactorBounds' limit on compounded growth, they keep
 * every output a finite, plausible double over the 150-year maximum horizon): counts up to 10¹⁰ in
 * units.persons, per-head amounts up to 10⁸ yuan a year, money totals up to 10¹⁵ in units.money.
 * One module, so that the scenario schema and the history schema share them.
 */
export const MAX_COUNT = 1e10;
export const MAX_PER_HEAD = 1e8;
export const MAX_MONEY = 1e15;
