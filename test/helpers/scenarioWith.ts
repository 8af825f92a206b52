import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { mergeScenario, resolveAssumptions, validateScenario, type Assumptions, type LoadedScenario } from '../../src/index';

const root = join(__dirname, '..', '..');

/** The plain document of a shipped scenario without `extends` (e.g. 'scenarios/examples/small-district.yaml'). */
export function shippedDocument(relative: string): Record<string, unknown> {
  return parse(readFileSync(join(root, relative), 'utf8')) as Record<string, unknown>;
}

/** A shipped scenario with `patch` merged on top (the `extends` rule), validated. */
export function loadedWith(relative: string, patch: unknown): LoadedScenario {
  return validateScenario(mergeScenario(shippedDocument(relative), patch), relative);
}

/** A shipped scenario with `patch` merged on top, validated and resolved. */
export function assumptionsWith(relative: string, patch: unknown): Assumptions {
  return resolveAssumptions(loadedWith(relative, patch));
}
