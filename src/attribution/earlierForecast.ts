import { resolveAssumptions } from '../assumptions/resolveAssumptions';
import { project } from '../engine/project';
import { FundcastError } from '../errors/FundcastError';
import { readInputFile } from '../input/readInputFile';
import type { ProjectionResult } from '../results/types';
import { combineScenario } from '../scenario/combineScenario';
import type { EarlierForecast } from './reconcile';

/** Largest saved results file read (an age-detailed national run with demography is a few MiB). */
const MAX_RESULTS_BYTES = 64 * 1024 * 1024;

/**
 * The earlier forecast of a reconciliation, from `file`: a scenario (YAML, with `withFiles` overlays),
 * or the saved results of `fundcast run --format json` (told apart by the first character, `{`).
 *
 * Saved results carry the scenario's id, files, overlays and hash (SHA-256 of the resolved inputs)
 * and the fundcast version — not the inputs themselves, so they cannot be re-run alone: the scenario
 * they were run from must be given (`scenario`, with `withFiles`), and its hash must equal the saved
 * one. Throws FundcastError `attribution.reconcileNeedsScenario` without it,
 * `attribution.reconcileHashMismatch` when the hashes differ, `attribution.reconcileNotResults`
 * when the JSON is not such results (the field, what was expected and found).
 */
export function readEarlierForecast(file: string, options: { scenario?: string; withFiles?: readonly string[] } = {}): EarlierForecast {
  const text = readInputFile(file, 'earlier forecast', MAX_RESULTS_BYTES);
  if (!text.trimStart().startsWith('{')) return { loaded: combineScenario(file, options.withFiles ?? []), file };
  const bad = (field: string, expected: string, found: unknown) => new FundcastError('attribution.reconcileNotResults', { file, field, expected, found: found === undefined ? 'nothing' : JSON.stringify(found).slice(0, 60) });
  let saved: any;
  try {
    saved = JSON.parse(text);
  } catch (e) {
    throw bad('(the file)', 'JSON', (e as Error).message);
  }
  if (typeof saved?.fundcastVersion !== 'string') throw bad('fundcastVersion', 'a version string', saved?.fundcastVersion);
  if (typeof saved.scenario?.hash !== 'string' || typeof saved.scenario?.id !== 'string') throw bad('scenario.hash', 'the scenario id and hash', saved.scenario);
  if (!Array.isArray(saved.funds) || saved.funds.some((f: any) => typeof f?.id !== 'string' || !Array.isArray(f.rows))) throw bad('funds', 'a list of funds with rows', typeof saved.funds);
  if (options.scenario === undefined) {
    throw new FundcastError('attribution.reconcileNeedsScenario', { file, id: saved.scenario.id, hash: saved.scenario.hash, version: saved.fundcastVersion });
  }
  const loaded = combineScenario(options.scenario, options.withFiles ?? []);
  const hash = project(resolveAssumptions(loaded), { demography: false }).scenario.hash;
  if (hash !== saved.scenario.hash) throw new FundcastError('attribution.reconcileHashMismatch', { file, scenario: options.scenario, saved: saved.scenario.hash, found: hash });
  return { loaded, saved: saved as ProjectionResult, file };
}
