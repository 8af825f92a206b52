import { FundcastError } from '../errors/FundcastError';
import { decodeOutcomes, emptyOutcomes, encodeOutcomes, MERGED_FORMAT, OUTCOME_COLUMNS, PARTIAL_FORMAT, type OutcomeColumns } from './partialFormat';
import type { ScenarioInfo } from './runShard';
import { shardUnits } from './shardSpec';

/** The merged job: every outcome row in unit order, the job's metadata, and the merged Arrow bytes. */
export interface MergedJob {
  columns: OutcomeColumns;
  jobId: string;
  jobHash: string;
  paths: number;
  scenarios: ScenarioInfo[];
  /** Arrow IPC file of the merged table (fundcast_format fundcast-batch-paths/1): the same bytes for any number of shards */
  bytes: Uint8Array;
}

/**
 * Merges the partial results of one batch job. Checks, naming the shard index or the file: every
 * file is a partial (format tag and columns); all come from the same job (job hash) and the same
 * number of shards N; no index is given twice (`batch.merge.duplicate`); every index 0 … N − 1 is
 * there (`batch.merge.missing`, the first missing index and all of them); each shard covers the
 * units shardUnits gives it. Then concatenates the rows in shard order — exactly the rows of a
 * single run, since a shard's rows are its units' rows in unit order — and encodes them as one
 * record batch with the job's metadata only (no shard numbers), so 1, 2 or 7 shards give the same
 * bytes. `files[k].name` is how file k is named in errors.
 */
export function mergePartials(files: readonly { name: string; bytes: Uint8Array }[]): MergedJob {
  if (!files.length) throw new FundcastError('batch.merge.none', { where: 'merge' });
  const parts = files.map((f) => ({ name: f.name, ...decodeOutcomes(f.bytes, f.name, PARTIAL_FORMAT) }));
  const first = parts[0];
  const count = Number(first.metadata.shards);
  for (const p of parts) {
    for (const field of ['job_hash', 'shards', 'units_total'] as const) {
      if (p.metadata[field] !== first.metadata[field]) throw new FundcastError('batch.merge.mismatch', { file: p.name, field, expected: first.metadata[field], found: p.metadata[field] ?? '' });
    }
  }
  const byIndex = new Map<number, (typeof parts)[number]>();
  for (const p of parts) {
    const index = Number(p.metadata.shard);
    const seen = byIndex.get(index);
    if (seen) throw new FundcastError('batch.merge.duplicate', { index, first: seen.name, second: p.name });
    byIndex.set(index, p);
  }
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !byIndex.has(i));
  if (missing.length) throw new FundcastError('batch.merge.missing', { index: missing[0], count, missing: missing.slice(0, 20).join(', ') + (missing.length > 20 ? ', …' : '') });
  const total = Number(first.metadata.units_total);
  const columns = emptyOutcomes();
  for (let i = 0; i < count; i++) {
    const p = byIndex.get(i)!;
    const { from, to } = shardUnits({ index: i, count }, total);
    if (Number(p.metadata.units_from) !== from || Number(p.metadata.units_to) !== to) throw new FundcastError('batch.merge.mismatch', { file: p.name, field: 'units', expected: `${from}–${to}`, found: `${p.metadata.units_from}–${p.metadata.units_to}` });
    for (const c of OUTCOME_COLUMNS) {
      const into = columns[c] as unknown[];
      for (const x of p.columns[c] as unknown[]) into.push(x);
    }
  }
  const metadata = { fundcast_format: MERGED_FORMAT, job_id: first.metadata.job_id, job_hash: first.metadata.job_hash, units_total: String(total), paths: first.metadata.paths, scenarios: first.metadata.scenarios };
  return { columns, jobId: metadata.job_id, jobHash: metadata.job_hash, paths: Number(metadata.paths), scenarios: JSON.parse(metadata.scenarios) as ScenarioInfo[], bytes: encodeOutcomes(columns, metadata) };
}
