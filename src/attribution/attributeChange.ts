import { resolveAssumptions } from '../assumptions/resolveAssumptions';
import { project } from '../engine/project';
import { combineScenario } from '../scenario/combineScenario';
import { validateScenario, type LoadedScenario } from '../scenario/loadScenario';
import { attribute, type AttributionCore } from './attribute';
import { outcomeOf } from './outcomeOf';
import { applyDifferences, scenarioDifferences } from './scenarioDifferences';

/**
 * An attribution between two scenarios (or a scenario and its overlays) for one fund and year:
 * which levers make the difference in balance, months of reserve and exhaustion year.
 */
export interface Attribution extends AttributionCore {
  fund: string;
  year: number;
  a: string;
  b: string;
  /** display names of the fund and of each lever (same order as `levers`; overlays' own names, parameters by their path), when known */
  names?: { fund: { en: string; zh: string | null }; levers: { en: string; zh: string | null }[] };
}

/** The fund's names in validated assumptions (undefined for an unknown fund: the attribution reports it). */
function fundNames(scenario: LoadedScenario, fund: string): { en: string; zh: string | null } | undefined {
  const f = resolveAssumptions(scenario).funds.find((x) => x.id === fund);
  return f && { en: f.name, zh: f.nameZh };
}

/**
 * Attribution of the difference between scenario A and scenario B, lever by lever, where the
 * levers are the parameters that differ (scenarioDifferences), taken in document order.
 * Outcomes: balance and months of reserve at `year`, and the exhaustion year of `fund`.
 */
export function attributeScenarios(a: LoadedScenario, b: LoadedScenario, options: { fund: string; year: number; shapley?: boolean }): Attribution {
  const diffs = scenarioDifferences(a.scenario, b.scenario);
  const core = attribute(
    diffs.map((d) => d.name),
    (subset) => {
      const doc = applyDifferences(a.scenario, diffs.filter((_, i) => subset[i]));
      return outcomeOf(project(resolveAssumptions(validateScenario(doc, a.files[0])), { demography: false }), options.fund, options.year);
    },
    { shapley: options.shapley },
  );
  const fund = fundNames(a, options.fund);
  const names = fund && { fund, levers: diffs.map((d) => ({ en: d.name, zh: null })) };
  return { ...core, fund: options.fund, year: options.year, a: a.scenario.id, b: b.scenario.id, ...(names ? { names } : {}) };
}

/**
 * Attribution of base + overlay₁ + … + overlayₙ against the base, one lever per overlay, in the
 * order given (the order overlays are applied, and the order of the sequential method).
 */
export function attributeOverlays(baseFile: string, overlayFiles: readonly string[], options: { fund: string; year: number; shapley?: boolean }): Attribution {
  const run = (files: readonly string[]) => project(resolveAssumptions(combineScenario(baseFile, files)), { demography: false });
  const full = combineScenario(baseFile, overlayFiles);
  const core = attribute(
    full.overlays.map((o) => o.id),
    (subset) => outcomeOf(run(overlayFiles.filter((_, i) => subset[i])), options.fund, options.year),
    { shapley: options.shapley },
  );
  const fund = fundNames(full, options.fund);
  const names = fund && { fund, levers: full.overlays.map((o) => ({ en: o.name, zh: o.nameZh })) };
  return { ...core, fund: options.fund, year: options.year, a: combineScenario(baseFile, []).scenario.id, b: full.scenario.id, ...(names ? { names } : {}) };
}
