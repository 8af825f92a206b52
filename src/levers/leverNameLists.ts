import { LEVER_TABLE, type LeverName, type RuleLeverName } from './leverTable';

/** Every lever name, in table order (levers/leverTable). */
export const LEVER_NAMES: readonly LeverName[] = Object.freeze(LEVER_TABLE.map((l) => l.name));

/** The levers the rate rule (`rules.rate_adjustment`) may raise (`raisedByRule`), in table order. */
export const RULE_LEVER_NAMES = Object.freeze(LEVER_TABLE.filter((l) => 'raisedByRule' in l && l.raisedByRule).map((l) => l.name)) as readonly RuleLeverName[];
