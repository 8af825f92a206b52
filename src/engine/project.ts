import type { Assumptions } from '../assumptions/types';
import type { ProjectionResult } from '../results/types';
import { fundDemography } from '../membership/fundDemography';
import { projectFund } from './projectFund';

/**
 * Projects every fund of a scenario (assumptions → results). Pure: the assumptions are not
 * modified, and the same assumptions always give the same result. Age-detailed funds also carry
 * their demographic outputs (`demography`: members by status, dependency ratios, pyramids, the
 * decomposition of spending growth).
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
      return a.membership ? { ...fund, demography: fundDemography(a, timeline) } : fund;
    }),
  };
}
