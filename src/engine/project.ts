import type { Assumptions } from '../assumptions/types';
import type { ProjectionResult } from '../results/types';
import { FundcastError } from '../errors/FundcastError';
import { observedRows } from '../history/observedRows';
import { fundDemography } from '../membership/fundDemography';
import { findNonFinite } from '../results/findNonFinite';
import { fundcastVersion } from '../results/fundcastVersion';
import { projectFund } from './projectFund';

/** What `project` builds besides the yearly rows. */
export interface ProjectOptions {
  /** the demographic outputs of age-detailed funds (`FundResult.demography`); default true */
  demography?: boolean;
}

/**
 * Projects every fund of a scenario (assumptions → results). Pure: the assumptions are not
 * modified, and the same assumptions always give the same result. Age-detailed funds also carry
 * their demographic outputs (`demography`: members by status, dependency ratios, pyramids, the
 * decomposition of spending growth). Funds with a history carry their observed years (`history`,
 * rows flagged `observed: true`); the scenario's data warnings are passed through (`warnings`).
 * Every number of the result, in every field, is finite: a FundcastError (code
 * `engine.resultNotFinite`, with the paths) is thrown otherwise — never Infinity in a CSV or a silent
 * null in JSON.
 *
 * `options.demography: false` leaves the demographic outputs out (the rows, events, history and
 * every other field are the same): for loops that read only the yearly rows — the solvers'
 * evaluations (projectOneFund) and attribution's subsets — where building them would be most of
 * the cost on an age-detailed fund (bench/projectOptions.bench.ts).
 */
export function project(assumptions: Assumptions, options: ProjectOptions = {}): ProjectionResult {
  const withDemography = options.demography ?? true;
  const { timeline, bands, reserveMonthsBasis } = assumptions;
  const result: ProjectionResult = {
    scenario: { ...assumptions.scenario, baseYear: timeline.baseYear, endYear: timeline.endYear },
    fundcastVersion: fundcastVersion(),
    unit: { ...assumptions.units, perHead: 'yuan per person per year' },
    reserveMonthsBasis,
    bands: bands.map((b) => ({ ...b })),
    funds: assumptions.funds.map((a) => {
      const fund = projectFund(a, {
        timeline,
        bands,
        reserveMonthsBasis,
        bandBasis: !assumptions.defaultBands ? 'custom' : a.scheme === 'employee' || (a.scheme === 'totals' && a.pool === 'employee') ? 'official' : 'extension',
      });
      const history = observedRows(a.history, bands, reserveMonthsBasis, fund.rows[0]?.expenditure ?? null);
      return a.membership && withDemography ? { ...fund, history, demography: fundDemography(a, timeline) } : { ...fund, history };
    }),
    warnings: assumptions.warnings.map((w) => ({ ...w, path: [...w.path], figures: { ...w.figures } })),
  };
  const bad = findNonFinite(result);
  if (bad.length) {
    throw new FundcastError('engine.resultNotFinite', { scenario: assumptions.scenario.id, paths: bad }, bad[0].split('.'));
  }
  return result;
}
