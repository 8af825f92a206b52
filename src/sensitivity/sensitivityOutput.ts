import type { FundResult } from '../results/types';
import { FundcastError } from '../errors/FundcastError';

/**
 * The output a sensitivity analysis reads off a fund's projection:
 * - `exhaustion`: the year the balance first turns negative; `first-deficit`: the first year with
 *   income < expenditure — a year not within the horizon counts as end year + 1 (shown "> end");
 * - `balance:T`, `months:T`: the balance or the months of reserve in year T.
 */
export type SensitivityOutput = { kind: 'exhaustion' } | { kind: 'first-deficit' } | { kind: 'balance'; year: number } | { kind: 'months'; year: number };

/** Parses `exhaustion`, `first-deficit`, `balance:2035`, `months:2035`. */
export function parseSensitivityOutput(text: string): SensitivityOutput {
  if (text === 'exhaustion') return { kind: 'exhaustion' };
  if (text === 'first-deficit') return { kind: 'first-deficit' };
  const m = /^(balance|months):(\d{4})$/.exec(text);
  if (!m) throw new FundcastError('sensitivity.output', { found: text });
  return m[1] === 'balance' ? { kind: 'balance', year: Number(m[2]) } : { kind: 'months', year: Number(m[2]) };
}

/** The output's value for one fund (years past the horizon as end year + 1; months null when undefined). */
export function readOutput(fund: FundResult, output: SensitivityOutput, endYear: number): number | null {
  if (output.kind === 'exhaustion') return fund.exhaustionYear ?? endYear + 1;
  if (output.kind === 'first-deficit') return fund.firstDeficitYear ?? endYear + 1;
  const row = fund.rows.find((r) => r.year === output.year);
  if (!row) throw new FundcastError('sensitivity.year', { year: output.year, first: fund.rows[0]?.year ?? endYear, endYear });
  return output.kind === 'balance' ? row.balance : row.reserveMonths;
}
