import { FundcastError } from '../errors/FundcastError';

/** Which shard of how many: index 0 … count − 1. */
export interface ShardSpec {
  index: number;
  count: number;
}

/** Environment variables that batch systems set to a task's index: Slurm job arrays, then Kubernetes Indexed Jobs. */
export const SHARD_INDEX_VARIABLES = ['SLURM_ARRAY_TASK_ID', 'JOB_COMPLETION_INDEX'] as const;

/**
 * The shard a `fundcast batch` run computes: `--shard i/N` when given; else N from `--shards N`
 * (or SLURM_ARRAY_TASK_COUNT) and i from the first of SLURM_ARRAY_TASK_ID, JOB_COMPLETION_INDEX
 * that is set. A Slurm array must be `--array=0-(N−1)`; a Kubernetes Indexed Job has
 * `completions: N`. Throws FundcastError (`batch.shard.*`) for a malformed spec, an index outside
 * 0 … N − 1 or no shard at all.
 * @example shardSpec('3/8', undefined, {}) // { index: 3, count: 8 }
 */
export function shardSpec(spec: string | undefined, shards: string | undefined, env: Readonly<Record<string, string | undefined>>): ShardSpec {
  const whole = (s: string) => (/^(0|[1-9][0-9]{0,6})$/.test(s) ? Number(s) : NaN);
  if (spec !== undefined) {
    const m = /^([^/]+)\/([^/]+)$/.exec(spec.trim());
    const index = m ? whole(m[1]) : NaN;
    const count = m ? whole(m[2]) : NaN;
    if (!(count >= 1 && index >= 0 && index < count)) throw new FundcastError('batch.shard.spec', { found: spec });
    return { index, count };
  }
  const countText = shards ?? env.SLURM_ARRAY_TASK_COUNT;
  const name = SHARD_INDEX_VARIABLES.find((v) => env[v] !== undefined && env[v] !== '');
  if (countText === undefined || name === undefined) throw new FundcastError('batch.shard.missing', {});
  const count = whole(countText);
  if (!(count >= 1)) throw new FundcastError('batch.shard.spec', { found: `?/${countText}` });
  const index = whole(env[name]!.trim());
  if (!(index >= 0 && index < count)) throw new FundcastError('batch.shard.env', { name, found: env[name]!, count });
  return { index, count };
}

/**
 * The units of work [from, to) of shard i of N over `total` units: ⌊i·U/N⌋ … ⌊(i+1)·U/N⌋ — contiguous,
 * in order, every unit in exactly one shard, sizes differing by at most one.
 * @example shardUnits({ index: 1, count: 3 }, 10) // { from: 3, to: 6 }
 */
export function shardUnits(shard: ShardSpec, total: number): { from: number; to: number } {
  return { from: Math.floor((shard.index * total) / shard.count), to: Math.floor(((shard.index + 1) * total) / shard.count) };
}
