import type { Assumptions } from '../assumptions/types';
import { fundFlows } from '../engine/projectFund';
import { sumValues } from '../engine/sumValues';
import type { FundResult } from '../results/types';

/**
 * The expenditure E′ that each row's months of reserve are computed against (M = 12·B/E′):
 * the row's own expenditure (`current_year`), or the next year's (`next_year`; for the last
 * projected year, the expenditure of end year + 1 from the assumptions, as the engine takes it).
 * Units: units.money. `fund` must be the projection of `fundId` in `assumptions`.
 * @example reserveBasis(a, 'employee', projectOneFund(a, 'employee'))[0] // 2025 expenditure
 */
export function reserveBasis(assumptions: Assumptions, fundId: string, fund: FundResult): number[] {
  const rows = fund.rows;
  if (assumptions.reserveMonthsBasis === 'current_year') return rows.map((r) => r.expenditure);
  const a = assumptions.funds.find((f) => f.id === fundId)!;
  const after = sumValues(fundFlows(a, assumptions.timeline.endYear - assumptions.timeline.baseYear + 1).expenditure);
  return rows.map((_, i) => (i + 1 < rows.length ? rows[i + 1].expenditure : after));
}
