import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { readInputFile } from '../input/readInputFile';
import { loadRegions, type RegionSet } from '../regions/loadRegions';
import { POOLING_RULES } from '../regions/types';
import { paramMeta as meta } from '../scenario/paramMeta';
import { readYamlDocument } from '../scenario/readYamlDocument';
import { ScenarioError } from '../scenario/ScenarioError';
import { scenarioHash } from '../scenario/scenarioHash';
import { issuesFromZod } from '../scenario/zodIssues';

/**
 * The zod schema of a batch manifest (`fundcast_batch: 1`): the job that `fundcast batch` splits
 * into shards — region files (the scenarios) × Monte Carlo paths, under the pooling rules.
 *
 *   fundcast_batch: 1
 *   id: province-mc
 *   scenarios: [province.regions.yaml, province-high-cost.regions.yaml]   # relative to the manifest
 *   paths: 1000
 *   seed: '1'
 *   rules: [separate, adjustment_fund]                                    # default: separate, full (+ adjustment_fund where configured)
 */
export const batchManifestSchema = z.strictObject({
  fundcast_batch: z.literal(1).meta(meta('format version', 'Batch manifest format version; must be 1.')),
  id: z.string().regex(/^[a-z0-9][a-z0-9._+-]*$/, { error: 'a lower-case identifier (letters, digits, . _ + -)' }),
  description: z.string().optional(),
  scenarios: z.array(z.string().min(1)).min(1).max(1000).meta(meta('file paths', 'Region files (fundcast_regions: 1), relative to the manifest.')),
  paths: z.number().int().min(1).max(1_000_000).meta(meta('count', 'Monte Carlo paths of every scenario (1 for a deterministic region file: every path is the same).')),
  seed: z.union([z.string().regex(/^[0-9A-Za-z._-]{1,64}$/), z.number().int().min(0)]).optional().meta(meta('text', "The seed (default '1'); with the scenario and region ids it keys every random stream.")),
  rules: z.array(z.enum(POOLING_RULES)).min(1).optional().meta(meta('pooling rule ids', 'Pooling rules computed for every path (default: every rule each region file configures).')),
});

/** A loaded batch manifest: the job, its region sets and the job's hash. */
export interface BatchJob {
  file: string;
  id: string;
  paths: number;
  seed: string;
  rules: string[] | undefined;
  scenarios: RegionSet[];
  /** SHA-256 of the manifest and of every region scenario as validated: partials of one job carry it, merge refuses others */
  hash: string;
}

/**
 * Reads a batch manifest and every region file it names (loadRegions). Problems are located
 * (ScenarioError with file and line). The job hash covers the manifest's values and each region's
 * validated scenario (with its history and flows), so a shard computed from other inputs is
 * refused at merge.
 */
export function loadBatchManifest(file: string): BatchJob {
  const text = readInputFile(file, 'batch manifest');
  const { source, issues } = readYamlDocument(text, file);
  if (!source) throw new ScenarioError(issues);
  const parsed = batchManifestSchema.safeParse(source.data);
  if (!parsed.success) throw new ScenarioError([...issues, ...issuesFromZod(parsed.error, batchManifestSchema, source.data, (p) => ({ file, ...(source.position(p) ?? {}) }))]);
  const m = parsed.data;
  const dir = dirname(resolve(file));
  const scenarios = m.scenarios.map((s) => loadRegions(resolve(dir, s)));
  const hash = createHash('sha256')
    .update(scenarioHash({ id: m.id, paths: m.paths, seed: String(m.seed ?? '1'), rules: m.rules ?? null }))
    .update(scenarioHash(scenarios.map((s) => ({ doc: s.doc, regions: s.scenarios.map((x) => x.scenario), insured: s.rows.map((r) => r.insured), flows: s.outOfRegion }))))
    .digest('hex');
  return { file, id: m.id, paths: m.paths, seed: String(m.seed ?? '1'), rules: m.rules, scenarios, hash };
}
