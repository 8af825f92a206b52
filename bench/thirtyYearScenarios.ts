// The Monte Carlo benches' two workloads, each an example scenario run to its base year + 30: the
// aggregate national-stochastic (2 funds, 5 shock processes, 2 correlations) and the age-detailed national
// fund with three shock processes. Each is scenario text that `extends` the example, so its relative paths
// (cost curves, data) resolve from the example's folder.
import { join } from 'node:path';
import { loadScenario } from '../src/index';

const examples = join(__dirname, '..', 'scenarios', 'examples');

/** Scenario text extending `file` to its base year + 30, with `extra` top-level keys. */
export function thirtyYearsText(file: string, extra: Record<string, unknown> = {}): string {
  const end = loadScenario(file).scenario.base_year + 30;
  return [`fundcast: 1`, `extends: ${JSON.stringify(file)}`, `end_year: ${end}`, ...Object.entries(extra).map(([k, v]) => `${k}: ${JSON.stringify(v)}`)].join('\n') + '\n';
}

/** The aggregate workload's scenario text. */
export const aggregateText = (): string => thirtyYearsText(join(examples, 'national-stochastic.yaml'));

/** The age-detailed workload's scenario text. */
export const ageDetailedText = (): string =>
  thirtyYearsText(join(examples, 'national-age-detailed.yaml'), {
    stochastic: {
      shocks: {
        spending_growth: { on: ['employee.spending.active_growth', 'employee.spending.retiree_growth', 'resident.spending.growth'], distribution: 'normal', sd: 0.015, ar1: 0.6, parameter_sd: 0.005 },
        wage_growth: { on: ['employee.contributions.base_growth'], distribution: 'normal', sd: 0.01, ar1: 0.5 },
        interest: { on: ['employee.interest_rate', 'resident.interest_rate'], distribution: 'normal', sd: 0.002, ar1: 0.8 },
      },
      correlations: [{ between: ['spending_growth', 'wage_growth'], rho: 0.5 }],
    },
  });
