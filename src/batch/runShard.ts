import type { BatchJob } from './batchManifest';
import { emptyOutcomes, encodeOutcomes, PARTIAL_FORMAT } from './partialFormat';
import { prepareRegions } from './regionPathOutcomes';
import { regionPathOutcomes } from './regionPathOutcomes';
import { shardUnits, type ShardSpec } from './shardSpec';

/** What the merged files need to know of each scenario: ids, names and years (schema metadata `scenarios`, JSON). */
export interface ScenarioInfo {
  id: string;
  name: string;
  firstYear: number;
  endYear: number;
  regions: { id: string; name: string; nameZh: string | null }[];
}

/** The scenarios of a job as ScenarioInfo. */
export function scenarioInfo(job: BatchJob): ScenarioInfo[] {
  return job.scenarios.map((s) => ({ id: s.doc.id, name: s.doc.name, firstYear: s.doc.base_year + 1, endYear: s.doc.end_year, regions: s.rows.map((r) => ({ id: r.id, name: r.name, nameZh: r.nameZh ?? null })) }));
}

/** The file name of shard i of N: `part-00003-of-00008.arrow` (five digits, so names sort in shard order). */
export function partialFileName(shard: ShardSpec): string {
  const pad = (x: number) => String(x).padStart(5, '0');
  return `part-${pad(shard.index)}-of-${pad(shard.count)}.arrow`;
}

/**
 * Computes shard i of N of a batch job and returns its partial result as Arrow IPC bytes. The job's
 * units of work are (scenario s, path p), u = s·paths + p, in that order; the shard takes units
 * ⌊i·U/N⌋ … ⌊(i+1)·U/N⌋ − 1 (shardUnits) and writes their outcome rows (regionPathOutcomes) with
 * the metadata merge checks: fundcast_format, job_id, job_hash, shard, shards, units_from,
 * units_to, units_total, paths, scenarios. Pure function of (job, shard): a killed shard run again
 * gives the same bytes.
 */
export function runShard(job: BatchJob, shard: ShardSpec): Uint8Array {
  const total = job.scenarios.length * job.paths;
  const { from, to } = shardUnits(shard, total);
  const out = emptyOutcomes();
  job.scenarios.forEach((set, s) => {
    const lo = Math.max(from, s * job.paths);
    const hi = Math.min(to, (s + 1) * job.paths);
    if (hi <= lo) return;
    regionPathOutcomes(prepareRegions(set, job.rules), job.seed, lo - s * job.paths, hi - s * job.paths, out);
  });
  return encodeOutcomes(out, {
    fundcast_format: PARTIAL_FORMAT,
    job_id: job.id,
    job_hash: job.hash,
    shard: String(shard.index),
    shards: String(shard.count),
    units_from: String(from),
    units_to: String(to),
    units_total: String(total),
    paths: String(job.paths),
    scenarios: JSON.stringify(scenarioInfo(job)),
  });
}
