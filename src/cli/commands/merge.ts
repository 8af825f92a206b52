import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { mergePartials } from '../../batch/mergePartials';
import { batchSummaryFiles, summarizeOutcomes } from '../../batch/summarizeOutcomes';
import { FundcastError } from '../../errors/FundcastError';
import { readInputBytes } from '../../input/readInputFile';
import { writeOutputs } from '../../output/writeOutputs';
import type { CommandContext } from '../commandTypes';
import { asInputError } from './regions';

/** Largest partial file merge reads (2 GiB). */
const MAX_PARTIAL_BYTES = 2 ** 31;
const PARTIAL_NAME = /^part-\d{5}-of-\d{5}\.arrow$/;

/**
 * `fundcast merge <partial…|dir> --out DIR [--force]`: merges the partial results of a batch job
 * (a folder means every part-NNNNN-of-NNNNN.arrow in it), refusing a missing or duplicated shard
 * by its index, and writes `paths.arrow` (every path's outcomes, Arrow IPC — the same bytes for
 * any number of shards), `summary.csv`, `exhausted-by-year.csv` and `ranking.csv`; prints the
 * summary.
 */
export function configure(command: Command, { io }: CommandContext): void {
  command
    .argument('<partials...>', 'partial result files, or folders holding them')
    .requiredOption('--out <dir>', 'folder of the merged results')
    .option('--force', 'replace files in --out that fundcast cannot tell are its own')
    .action((inputs: string[], o: { out: string; force?: boolean }) => {
      try {
        const files: string[] = [];
        for (const p of inputs) {
          if (statSync(p, { throwIfNoEntry: false })?.isDirectory()) {
            const names = readdirSync(p).filter((n) => PARTIAL_NAME.test(n)).sort();
            if (!names.length) throw new FundcastError('batch.merge.none', { where: p });
            files.push(...names.map((n) => join(p, n)));
          } else files.push(p);
        }
        const merged = mergePartials(files.map((f) => ({ name: f, bytes: readInputBytes(f, 'partial result', MAX_PARTIAL_BYTES) })));
        const summary = summarizeOutcomes(merged);
        const text = batchSummaryFiles(merged, summary);
        writeOutputs(o.out, { 'paths.arrow': merged.bytes, ...text }, { force: o.force, label: `--out ${o.out}`, protect: files, about: { command: 'merge', job: merged.jobId, job_hash: merged.jobHash } });
        io.out(`merged ${files.length} partial(s) of job '${merged.jobId}': ${merged.columns.path.length} rows / 已合并\n`);
        io.out(text['ranking.csv']);
      } catch (e) {
        throw asInputError(e);
      }
    });
}
