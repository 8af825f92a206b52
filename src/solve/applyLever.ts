import { FundcastError } from '../errors/FundcastError';
import type { Assumptions } from '../assumptions/types';
import { scenarioHash } from '../scenario/scenarioHash';
import { findLever } from '../levers/leverRegistry';
import { moveLever } from '../levers/moveLever';

/** Which lever to move, on which fund, to what value, from which year (to the horizon). */
export interface LeverSetting {
  fund: string;
  lever: string;
  value: number;
  /** first calendar year the value applies (default: the first projected year) */
  from?: number;
}

/**
 * Returns new assumptions with one lever set to a value from a year on: moveLever's `set` move
 * (rate, amount: x; level: rescaled to x in `from`; growth: (1 + x) compounded from `from`).
 * Pure: the input assumptions and their arrays are never modified; only the moved arrays are copied.
 *
 * The scenario's `hash` becomes scenarioHash({base: old hash, lever: {fund, lever, value, from}}).
 * Throws for an unknown fund or lever, a non-finite value, or a year outside the projection.
 */
export function applyLever(assumptions: Assumptions, setting: LeverSetting): Assumptions {
  const { timeline } = assumptions;
  const from = setting.from ?? timeline.baseYear + 1;
  if (!Number.isFinite(setting.value)) throw new FundcastError('levers.valueNotFinite', { lever: setting.lever, value: setting.value });
  if (!Number.isInteger(from) || from <= timeline.baseYear || from > timeline.endYear) {
    throw new FundcastError('levers.fromOutside', { lever: setting.lever, first: timeline.baseYear + 1, endYear: timeline.endYear, from });
  }
  const idx = assumptions.funds.findIndex((f) => f.id === setting.fund);
  if (idx < 0) throw new FundcastError('levers.unknownFund', { fund: setting.fund, id: assumptions.scenario.id });
  const fund = assumptions.funds[idx];
  const lever = findLever(setting.lever, fund.scheme);
  const moved = moveLever(fund, lever, { kind: 'set', value: setting.value, fromIndex: from - timeline.baseYear }, timeline);
  const funds = assumptions.funds.slice();
  funds[idx] = moved;
  // the moved assumptions are no longer the scenario's: their hash chains the lever move onto it
  const hash = scenarioHash({ base: assumptions.scenario.hash, lever: { fund: setting.fund, lever: setting.lever, value: setting.value, from } });
  return { ...assumptions, scenario: { ...assumptions.scenario, hash }, funds };
}
