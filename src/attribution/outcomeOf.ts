import type { ProjectionResult } from '../results/types';
import type { Outcome } from './attribute';

/**
 * The attributed outcomes of one fund in a projection: balance and months of reserve at `year`,
 * and the exhaustion year (end year + 1, flagged `censored`, when the fund is not exhausted).
 * Throws when the fund or year is missing, or months of reserve are undefined (no expenditure).
 */
export function outcomeOf(result: ProjectionResult, fundId: string, year: number): Outcome {
  const fund = result.funds.find((f) => f.id === fundId);
  if (!fund) throw new Error(`no fund '${fundId}' in '${result.scenario.id}' / 情景 '${result.scenario.id}' 中没有基金 '${fundId}'`);
  const row = fund.rows.find((r) => r.year === year);
  if (!row) throw new Error(`year ${year} is outside the projection ${fund.rows[0].year}–${fund.rows[fund.rows.length - 1].year} / 年份 ${year} 不在预测期内`);
  if (row.reserveMonths === null) throw new Error(`months of reserve are undefined in ${year} (no expenditure) / ${year} 年无支出，可支付月数无定义`);
  return {
    balance: row.balance,
    reserveMonths: row.reserveMonths,
    exhaustionYear: fund.exhaustionYear ?? result.scenario.endYear + 1,
    censored: fund.exhaustionYear === null,
  };
}
