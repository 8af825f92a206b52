import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBatchManifest, type BatchJob } from '../../src/batch/batchManifest';
import { mergePartials } from '../../src/batch/mergePartials';
import { runShard } from '../../src/batch/runShard';
import { shardSpec, shardUnits } from '../../src/batch/shardSpec';
import { batchSummaryFiles, summarizeOutcomes } from '../../src/batch/summarizeOutcomes';
import { FundcastError } from '../../src/errors/FundcastError';
import { loadRegions } from '../../src/regions/loadRegions';
import { projectRegions } from '../../src/regions/projectRegions';
import { runCli } from '../helpers/runCli';

const MANIFEST = 'test/fixtures/regions/four.batch.yaml';
let job: BatchJob;
let single: Uint8Array;
const shards = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `part ${i}`, bytes: runShard(job, { index: i, count: n }) }));
const errorOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof FundcastError) return e;
    throw e;
  }
  throw new Error('accepted but must be refused');
};

beforeAll(() => {
  job = loadBatchManifest(MANIFEST);
  single = mergePartials(shards(1)).bytes;
});

describe('batch: shard invariance', () => {
  it.each([2, 7])('merging %i shards gives the single run’s bytes (paths table and summaries)', (n) => {
    const merged = mergePartials(shards(n));
    expect(Buffer.from(merged.bytes).equals(Buffer.from(single))).toBe(true);
    const one = mergePartials(shards(1));
    expect(batchSummaryFiles(merged, summarizeOutcomes(merged))).toEqual(batchSummaryFiles(one, summarizeOutcomes(one)));
  });
  it('more shards than units: the empty shards merge too (45 shards of 40 units)', () => {
    expect(Buffer.from(mergePartials(shards(45)).bytes).equals(Buffer.from(single))).toBe(true);
  });
  it('a shard computed again gives the same bytes (a killed shard is simply re-run)', () => {
    const a = runShard(job, { index: 3, count: 7 });
    const b = runShard(loadBatchManifest(MANIFEST), { index: 3, count: 7 });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
  it('random streams are keyed by scenario, region and path, not by a scenario’s place in the manifest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fundcast-batch-'));
    const file = join(dir, 'only-mc.batch.yaml');
    writeFileSync(file, readFileSync(MANIFEST, 'utf8').replace('scenarios: [four.regions.yaml, four-mc.regions.yaml]', `scenarios: [${join(process.cwd(), 'test/fixtures/regions/four-mc.regions.yaml')}]`));
    const alone = mergePartials([{ name: 'x', bytes: runShard(loadBatchManifest(file), { index: 0, count: 1 }) }]).columns;
    const both = mergePartials(shards(1)).columns;
    const pick = (c: typeof both) => c.end_balance.filter((_, i) => c.scenario[i] === 'four-regions-mc');
    expect(pick(alone)).toEqual(pick(both));
    // regions with their own streams: the uncertain file's paths differ between regions and between paths
    const district = both.end_balance.filter((_, i) => both.scenario[i] === 'four-regions-mc' && both.rule[i] === 'separate' && both.entity[i] === 'district');
    expect(new Set(district).size).toBe(20);
  });
  it('a deterministic region file gives the deterministic projection on every path', () => {
    const det = projectRegions(loadRegions('test/fixtures/regions/four.regions.yaml'));
    const c = mergePartials(shards(1)).columns;
    for (const { pooling, ranking } of det.rules) {
      for (const r of ranking) {
        const rows = c.exhaustion_year.filter((_, i) => c.scenario[i] === 'four-regions' && c.rule[i] === pooling.rule.id && c.entity[i] === r.id);
        expect(rows).toEqual(Array(20).fill(r.exhaustionYear));
      }
    }
  });
});

describe('batch: merge refuses an incomplete or mixed set', () => {
  it('a missing shard, by its index', () => {
    const parts = shards(7).filter((_, i) => i !== 4);
    const e = errorOf(() => mergePartials(parts));
    expect([e.code, e.details.index]).toEqual(['batch.merge.missing', 4]);
    expect(e.zh).toMatch(/缺少第 4 个分片/);
  });
  it('a duplicated shard, by its index and both files', () => {
    const parts = shards(3);
    const e = errorOf(() => mergePartials([...parts, { name: 'copy of part 1', bytes: parts[1].bytes }]));
    expect([e.code, e.details.index]).toEqual(['batch.merge.duplicate', 1]);
    expect(e.en).toMatch(/part 1 and copy of part 1/);
  });
  it('a shard of another split or another job', () => {
    const e = errorOf(() => mergePartials([shards(2)[0], { name: 'other', bytes: runShard(job, { index: 1, count: 3 }) }]));
    expect(e.code).toBe('batch.merge.mismatch');
  });
  it('a file that is not a partial', () => {
    expect(errorOf(() => mergePartials([{ name: 'notes.txt', bytes: new TextEncoder().encode('hello') }])).code).toBe('batch.merge.notPartial');
  });
});

describe('shards and the batch systems’ index variables', () => {
  it('--shard i/N, else SLURM_ARRAY_TASK_ID, else JOB_COMPLETION_INDEX', () => {
    expect(shardSpec('3/8', undefined, {})).toEqual({ index: 3, count: 8 });
    expect(shardSpec(undefined, '4', { SLURM_ARRAY_TASK_ID: '2' })).toEqual({ index: 2, count: 4 });
    expect(shardSpec(undefined, undefined, { SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_COUNT: '3' })).toEqual({ index: 1, count: 3 });
    expect(shardSpec(undefined, '5', { JOB_COMPLETION_INDEX: '4' })).toEqual({ index: 4, count: 5 });
    expect(errorOf(() => shardSpec('8/8', undefined, {})).code).toBe('batch.shard.spec');
    expect(errorOf(() => shardSpec(undefined, '4', { JOB_COMPLETION_INDEX: '4' })).code).toBe('batch.shard.env');
    expect(errorOf(() => shardSpec(undefined, '4', {})).code).toBe('batch.shard.missing');
  });
  it('shard ranges cover every unit once, in order, sizes within one (10 units, 1 … 12 shards)', () => {
    for (let n = 1; n <= 12; n++) {
      const ranges = Array.from({ length: n }, (_, i) => shardUnits({ index: i, count: n }, 10));
      expect(ranges[0].from).toBe(0);
      expect(ranges.at(-1)!.to).toBe(10);
      ranges.slice(1).forEach((r, i) => expect(r.from).toBe(ranges[i].to));
      const sizes = ranges.map((r) => r.to - r.from);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });
});

describe('fundcast batch and merge', () => {
  it('two shards by JOB_COMPLETION_INDEX, merged from the folder: paths.arrow equals the single run; a re-run is unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fundcast-batch-cli-'));
    const parts = join(dir, 'parts');
    for (const i of ['0', '1']) {
      process.env.JOB_COMPLETION_INDEX = i;
      expect((await runCli('batch', MANIFEST, '--shards', '2', '--out', parts)).code).toBe(0);
    }
    delete process.env.JOB_COMPLETION_INDEX;
    const before = readFileSync(join(parts, 'part-00001-of-00002.arrow'));
    expect((await runCli('batch', MANIFEST, '--shard', '1/2', '--out', parts)).code).toBe(0);
    expect(readFileSync(join(parts, 'part-00001-of-00002.arrow')).equals(before)).toBe(true);
    const merged = await runCli('merge', parts, '--out', join(dir, 'merged'));
    expect(merged.code, merged.err).toBe(0);
    const bytes = readFileSync(join(dir, 'merged', 'paths.arrow'));
    expect(bytes.equals(Buffer.from(single))).toBe(true);
    // readable as a plain Arrow table: 2 scenarios × 20 paths × (3 rules × 5 entities + 1 adjustment fund row)
    expect(tableFromIPC(bytes).numRows).toBe(2 * 20 * (3 * 5 + 1));
    expect(readFileSync(join(dir, 'merged', 'summary.csv'), 'utf8').split('\n')[0]).toMatch(/^scenario,rule,entity,paths,/);
  });
  it('merge with a shard missing exits 1 naming the index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fundcast-batch-cli-'));
    expect((await runCli('batch', MANIFEST, '--shard', '0/3', '--out', dir)).code).toBe(0);
    expect((await runCli('batch', MANIFEST, '--shard', '2/3', '--out', dir)).code).toBe(0);
    const r = await runCli('merge', dir, '--out', join(dir, 'merged'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/shard 1 of 3 is missing/);
  });
});
