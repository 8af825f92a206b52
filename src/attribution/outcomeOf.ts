import { FundcastError } from '../errors/FundcastError';
import type { ProjectionResult } from '../results/types';
import type { Outcome } from './attribute';

/**
 * The attributed outcomes of one fund in a projection: balance and months of reserve at `year`,
 * and the exhaustion year (end year + 1, flagged `censored`, when the fund is not exhausted).
 * Throws when the fund or year is missing, or months of reserve are undefined (no expenditure).
 */
export function outcomeOf(result: ProjectionResult, fundId: string, year: number): Outcome {
  const fund = result.funds.find((f) => f.id === fundId);
  if (!fund) throw new FundcastError('attribution.unknownFund', { fundId, id: result.scenario.id });
  const row = fund.rows.find((r) => r.year === year);
  if (!row) throw new FundcastError('attribution.yearOutside', { year, year2: fund.rows[0].year, year3: fund.rows[fund.rows.length - 1].year });
  if (row.reserveMonths === null) throw new FundcastError('attribution.monthsUndefined', { year });
  return {
    balance: row.balance,
    reserveMonths: row.reserveMonths,
    exhaustionYear: fund.exhaustionYear ?? result.scenario.endYear + 1,
    censored: fund.exhaustionYear === null,
  };
}
