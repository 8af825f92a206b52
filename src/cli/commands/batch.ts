import type { Command } from 'commander';
import { loadBatchManifest } from '../../batch/batchManifest';
import { partialFileName, runShard } from '../../batch/runShard';
import { shardSpec, shardUnits } from '../../batch/shardSpec';
import { writeOutputs } from '../../output/writeOutputs';
import type { CommandContext } from '../commandTypes';
import { asInputError } from './regions';

/**
 * `fundcast batch <manifest> [--shard i/N | --shards N] --out DIR [--force]`: computes one shard of
 * a batch job (region files × Monte Carlo paths, every pooling rule) and writes its partial result
 * `part-<i>-of-<N>.arrow` (Arrow IPC, docs/batch.md) into DIR, atomically. Without `--shard` the
 * index comes from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX (and N from `--shards` or
 * SLURM_ARRAY_TASK_COUNT). Re-running a shard writes the same bytes (an existing identical file is
 * left as it is).
 */
export function configure(command: Command, { io }: CommandContext): void {
  command
    .argument('<manifest>', 'batch manifest (YAML, fundcast_batch: 1)')
    .option('--shard <i/N>', 'this run computes shard i of N (0 ≤ i < N)')
    .option('--shards <N>', 'number of shards, the index read from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX')
    .requiredOption('--out <dir>', 'folder of the partial results')
    .option('--force', 'replace a partial that fundcast cannot tell is its own')
    .action((file: string, o: { shard?: string; shards?: string; out: string; force?: boolean }) => {
      try {
        const shard = shardSpec(o.shard, o.shards, process.env);
        const job = loadBatchManifest(file);
        const bytes = runShard(job, shard);
        const name = partialFileName(shard);
        writeOutputs(o.out, { [name]: bytes }, { force: o.force, label: `--out ${o.out}`, protect: [file], about: { command: 'batch', job: job.id, job_hash: job.hash } });
        const { from, to } = shardUnits(shard, job.scenarios.length * job.paths);
        io.out(`${name}: shard ${shard.index} of ${shard.count}, units ${from}–${to - 1} of ${job.scenarios.length * job.paths} (scenario × path) / 分片已写出\n`);
      } catch (e) {
        throw asInputError(e);
      }
    });
}
