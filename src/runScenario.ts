import { resolveAssumptions } from './assumptions/resolveAssumptions';
import { loadScenario } from './scenario/loadScenario';
import type { ProjectionResult } from './results/types';
import { project } from './engine/project';

/**
 * Loads, validates and projects a scenario file in one call:
 * scenario file → validated assumptions → projection.
 * @example runScenario('scenarios/china-national-2024.yaml').funds[0].exhaustionYear
 */
export function runScenario(file: string): ProjectionResult {
  return project(resolveAssumptions(loadScenario(file)));
}
