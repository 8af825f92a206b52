import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { combineScenario, isOverlayFile, loadScenario, mergeScenario, resolveAssumptions, validateScenario, type Assumptions, type LoadedScenario } from '../../src/index';

const root = join(__dirname, '..', '..', 'scenarios');
const yaml = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f));

/** Every shipped scenario, and the default scenario with each shipped reform overlay. */
export function shippedScenarios(): { name: string; loaded: LoadedScenario; assumptions: Assumptions }[] {
  const scenarios = [...yaml(root), ...yaml(join(root, 'examples'))].filter((f) => !isOverlayFile(f));
  const reforms = yaml(join(root, 'reforms')).filter(isOverlayFile);
  const entry = (name: string, loaded: LoadedScenario) => ({ name, loaded, assumptions: resolveAssumptions(loaded) });
  return [
    ...scenarios.map((f) => entry(f.slice(root.length + 1), loadScenario(f))),
    ...reforms.map((f) => entry(`default + ${f.slice(root.length + 1)}`, combineScenario(join(root, 'china-national-2024.yaml'), [f]))),
  ];
}

/**
 * A shipped scenario with the rules the loop must reproduce switched on in every fund: a treasury
 * top-up from the third projected year, a rate rule, one-off shocks, and the next-year basis of
 * months. The thresholds are set so that the rules act within the horizon of the national default.
 */
export function withRules(file: string, variant: 'top_up' | 'rate_rule'): Assumptions {
  const base = loadScenario(join(root, file)).scenario;
  const y = base.base_year;
  const funds: Record<string, unknown> = {};
  for (const [id, f] of Object.entries(base.funds)) {
    const lever = f.scheme === 'employee' ? 'employer_rate' : 'premium_per_head';
    const rules =
      variant === 'top_up'
        ? { treasury_top_up: { floor_months: 9, from: y + 3 } }
        : { rate_adjustment: { lever, below_months: 14, years: 2, step: f.scheme === 'employee' ? 0.004 : 40, cap: f.scheme === 'employee' ? 0.08 : 700, from: y + 2 } };
    funds[id] = {
      rules,
      shocks: [
        { name: 'thirteenth month', year: y + 4, expenditure_share: 1 / 12 },
        { name: 'transfer', year: y + 6, income_amount: 50 },
      ],
    };
  }
  const settings = variant === 'top_up' ? { reserve_months_basis: 'next_year' } : {};
  return resolveAssumptions(validateScenario(mergeScenario(base, { funds, settings }), `${file} (${variant})`));
}
