import { join } from 'node:path';
import { loadScenario, resolveAssumptions } from '../../src/index';
import type { Assumptions } from '../../src/index';

/** Validated assumptions of a fixture in test/solve/fixtures or a shipped scenario path. */
export function fixtureAssumptions(name: string): Assumptions {
  return resolveAssumptions(loadScenario(join(__dirname, 'fixtures', name)));
}

export const root = join(__dirname, '..', '..');

/** Validated assumptions of a shipped scenario, e.g. 'scenarios/examples/small-district.yaml'. */
export function scenarioAssumptions(relative: string): Assumptions {
  return resolveAssumptions(loadScenario(join(root, relative)));
}
