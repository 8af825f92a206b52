import type { FundAssumptions } from '../assumptions/types';
import type { LoadedScenario } from '../scenario/loadScenario';
import type { ScenarioIssue } from '../scenario/ScenarioIssue';
import { checkCombinedPools } from './checkCombinedPools';
import { checkHistory } from './checkHistory';
import { checkReportedFigures } from './checkReportedFigures';
import { historyBaseYear } from './historyBaseYear';
import type { HistorySpec } from '../scenario/historySchema';
import { resolveHistories } from './resolveHistory';
import type { ScenarioWarning } from './types';

/**
 * The history stage of resolution: every fund's history (resolveHistories, or as already read), sets each fund's
 * base-year balance and observed totals by the base-year rule (historyBaseYear) and its `history`
 * years, and runs the consistency checks (checkHistory; the reported ratios, checkReportedFigures, on
 * the scenario's months-of-reserve basis; combined pools against their parts, checkCombinedPools). Returns new fund assumptions (the input is
 * not changed), the errors and the warnings, each located.
 */
export function applyHistories(
  loaded: LoadedScenario,
  funds: FundAssumptions[],
  resolved: ReturnType<typeof resolveHistories> = resolveHistories(loaded),
): { funds: FundAssumptions[]; issues: ScenarioIssue[]; warnings: ScenarioWarning[] } {
  const { histories } = resolved;
  const issues = [...resolved.issues];
  const warnings: ScenarioWarning[] = [];
  const out = funds.map((f) => {
    const spec = loaded.scenario.funds[f.id] as { opening?: { balance: number }; observed?: { income: number; expenditure: number }; history?: HistorySpec };
    const history = histories.get(f.id);
    const base = historyBaseYear(f.id, spec, history, loaded.locate);
    issues.push(...base.issues);
    if (history) warnings.push(...checkHistory(history), ...checkReportedFigures(history, loaded.scenario.settings?.reserve_months_basis ?? 'current_year'));
    return { ...f, openingBalance: base.openingBalance, observed: base.observed, history: history ? history.years : [] };
  });
  warnings.push(...checkCombinedPools(histories));
  return { funds: out, issues, warnings };
}
