import { FundcastError } from '../errors/FundcastError';
import { resolveAssumptions } from '../assumptions/resolveAssumptions';
import { project } from '../engine/project';
import { checkIdentities } from '../results/checkIdentities';
import type { ProjectionResult } from '../results/types';
import { combineScenario } from '../scenario/combineScenario';
import type { LoadedScenario } from '../scenario/loadScenario';

/**
 * Projects a scenario file (with reform overlays applied in order) and checks the accounting
 * identities of the result; a broken identity is an internal error, never printed as a number.
 */
export function runProjection(file: string, overlays: readonly string[] = []): ProjectionResult {
  return runLoadedProjection(combineScenario(file, overlays));
}

/** runProjection for a scenario already loaded (a command that also reads other blocks of it, e.g. `allocation`). */
export function runLoadedProjection(loaded: LoadedScenario): ProjectionResult {
  const result = project(resolveAssumptions(loaded));
  const broken = checkIdentities(result);
  if (broken.length) throw new FundcastError('cli.internalCheckFailed', { broken: broken.slice(0, 5) });
  return result;
}
