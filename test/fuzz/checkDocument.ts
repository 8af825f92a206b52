import { checkIdentities, FundcastError, findNonFinite, parseScenario, project, resolveAssumptions, ScenarioError, validateScenario, type ProjectionResult } from '../../src/index';

/** What a scenario document gave: a located error, or a valid finite result — or why neither. */
export type Outcome = { ok: true; kind: 'error' | 'result'; result?: ProjectionResult } | { ok: false; why: string };

/**
 * The fuzzing property for one scenario document: validated (in memory, or through YAML text when
 * `text` is given), resolved and projected, it must either
 *  - be rejected by a ScenarioError whose every issue names a file, a path (array), a code and an
 *    English and a Chinese message, or
 *  - give a result whose every number is finite (findNonFinite) and whose identities hold
 *    (checkIdentities).
 * Anything else — an exception of another kind escaping the API, an error without a location, a
 * non-finite number, a broken identity — is a failure, described in `why`.
 */
export function checkDocument(doc: unknown, text?: string): Outcome {
  let result: ProjectionResult;
  try {
    const loaded = text === undefined ? validateScenario(doc, 'fuzz.yaml') : parseScenario(text, 'fuzz.yaml');
    result = project(resolveAssumptions(loaded));
  } catch (e) {
    if (e instanceof ScenarioError) {
      const bad = e.issues.find((i) => !i.file || !Array.isArray(i.path) || !i.code || !i.message?.en || !i.message?.zh);
      return bad ? { ok: false, why: `issue without a location or message: ${JSON.stringify(bad)}` } : { ok: true, kind: 'error' };
    }
    if (e instanceof FundcastError) return { ok: false, why: `${e.code} escaped validation: ${e.message}` };
    return { ok: false, why: `exception escaped the API: ${(e as Error)?.stack ?? String(e)}` };
  }
  const nonFinite = findNonFinite(result);
  if (nonFinite.length) return { ok: false, why: `non-finite numbers at ${nonFinite.join(', ')}` };
  const broken = checkIdentities(result);
  if (broken.length) return { ok: false, why: `identities broken: ${broken.slice(0, 3).join('; ')}` };
  return { ok: true, kind: 'result', result };
}
