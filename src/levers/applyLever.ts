import { FundcastError } from '../errors/FundcastError';
import type { Assumptions, FundAssumptions } from '../assumptions/types';
import { scenarioHash } from '../scenario/scenarioHash';
import { findLever } from './leverRegistry';

/** Which lever to move, on which fund, to what value, from which year (to the horizon). */
export interface LeverSetting {
  fund: string;
  lever: string;
  value: number;
  /** first calendar year the value applies (default: the first projected year) */
  from?: number;
}

/**
 * Returns new assumptions with one lever moved (see leverRegistry for what each kind does).
 * Pure: the input assumptions and their arrays are never modified; only the moved arrays are copied.
 *
 *   rate / amount: a[i] = x                              for years ≥ from
 *   level:         a[i] = a[i] · x / a[from]              for years ≥ from  (a[from] = 0: a[i] = x)
 *   growth:        a[i] = a[i] · (1 + x)^(year − from + 1) for years ≥ from
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
  const start = from - timeline.baseYear;
  const moved: Record<string, Float64Array> = {};
  for (const key of lever.arrays) {
    const a = (fund as unknown as Record<string, Float64Array>)[key].slice();
    const x = setting.value;
    const ref = a[start];
    for (let i = start; i < a.length; i++) {
      if (lever.kind === 'rate' || lever.kind === 'amount') a[i] = x;
      else if (lever.kind === 'level') a[i] = ref === 0 ? x : (a[i] * x) / ref;
      else a[i] = a[i] * Math.pow(1 + x, i - start + 1);
    }
    moved[key] = a;
  }
  const funds = assumptions.funds.slice();
  funds[idx] = { ...fund, ...moved } as FundAssumptions;
  // the moved assumptions are no longer the scenario's: their hash chains the lever move onto it
  const hash = scenarioHash({ base: assumptions.scenario.hash, lever: { fund: setting.fund, lever: setting.lever, value: setting.value, from } });
  return { ...assumptions, scenario: { ...assumptions.scenario, hash }, funds };
}
