import type { Assumptions } from '../assumptions/types';
import type { ProjectionResult } from '../results/types';
import { observedRows } from '../history/observedRows';
import { fundDemography } from '../membership/fundDemography';
import { projectFund } from './projectFund';

/**
 * Projects every fund of a scenario (assumptions → results). Pure: the assumptions are not
 * modified, and the same assumptions always give the same result. Age-detailed funds also carry
 * their demographic outputs (`demography`: members by status, dependency ratios, pyramids, the
 * decomposition of spending growth). Funds with a history carry their observed years (`history`,
 * rows flagged `observed: true`); the scenario's data warnings are passed through (`warnings`).
 */
export function project(assumptions: Assumptions): ProjectionResult {
  const { timeline, bands, reserveMonthsBasis } = assumptions;
  return {
    scenario: { ...assumptions.scenario, baseYear: timeline.baseYear, endYear: timeline.endYear },
    unit: { ...assumptions.units, perHead: 'yuan per person per year' },
    reserveMonthsBasis,
    bands: bands.map((b) => ({ ...b })),
    funds: assumptions.funds.map((a) => {
      const fund = projectFund(a, {
        timeline,
        bands,
        reserveMonthsBasis,
        bandBasis: !assumptions.defaultBands ? 'custom' : a.scheme === 'employee' ? 'official' : 'extension',
      });
      const history = observedRows(a.history, bands, reserveMonthsBasis, fund.rows[0]?.expenditure ?? null);
      return a.membership ? { ...fund, history, demography: fundDemography(a, timeline) } : { ...fund, history };
    }),
    warnings: assumptions.warnings.map((w) => ({ ...w, path: [...w.path], figures: { ...w.figures } })),
  };
}
