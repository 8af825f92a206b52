import type { Assumptions } from '../assumptions/types';
import type { ProjectionResult } from '../results/types';
import { projectFund } from './projectFund';

/**
 * Projects every fund of a scenario (assumptions → results). Pure: the assumptions are not
 * modified, and the same assumptions always give the same result.
 */
export function project(assumptions: Assumptions): ProjectionResult {
  const { timeline, bands, reserveMonthsBasis } = assumptions;
  return {
    scenario: { ...assumptions.scenario, baseYear: timeline.baseYear, endYear: timeline.endYear },
    unit: { ...assumptions.units, perHead: 'yuan per person per year' },
    reserveMonthsBasis,
    bands: bands.map((b) => ({ ...b })),
    funds: assumptions.funds.map((a) =>
      projectFund(a, {
        timeline,
        bands,
        reserveMonthsBasis,
        bandBasis: !assumptions.defaultBands ? 'custom' : a.scheme === 'employee' ? 'official' : 'extension',
      }),
    ),
  };
}
