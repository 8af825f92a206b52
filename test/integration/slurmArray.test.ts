import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBatchManifest } from '../../src/batch/batchManifest';
import { mergePartials } from '../../src/batch/mergePartials';
import { runShard } from '../../src/batch/runShard';
import { startSlurmCluster, type SlurmCluster } from '../helpers/slurmCluster';

// A real job array on a one-node Slurm cluster started from Debian's packages: deploy/slurm's
// script runs the fixture job as 3 array tasks through the installed command (bin/fundcast.cjs),
// then fundcast merge; the merged table must be the single run's bytes. Skipped — with the reason
// printed and as the skip note, never silently — only when Slurm is not installed or the test does
// not run as root; installed, a cluster that does not start fails the test.
// Wall ≈ 4–5 s, mostly waiting: the cluster starts in ~0.1 s, its first scheduling pass comes ~3 s
// later, the three tasks then each start the CLI (~0.7 s of CPU) and the merge one more. The job is
// polled with scontrol every 0.2 s (sbatch --wait sleeps seconds between its looks).
let cluster: SlurmCluster;
beforeAll(async () => {
  cluster = await startSlurmCluster();
  // scripts/test.sh repeats the line that starts with 'slurm: ' under its step summary
  if ('skipped' in cluster) console.warn(`slurm: job array test SKIPPED — ${cluster.skipped}`);
});
afterAll(async () => {
  if (cluster && !('skipped' in cluster)) await cluster.stop();
});

/** Each array task's state and exit code from `scontrol show job -o` (one line per task). */
function taskStates(jobId: string, env: NodeJS.ProcessEnv): { state: string; exit: string }[] {
  const out = spawnSync('/usr/bin/scontrol', ['show', 'job', '-o', jobId], { encoding: 'utf8', env }).stdout ?? '';
  return out
    .split('\n')
    .filter((line) => line.includes('JobId='))
    .map((line) => ({ state: /JobState=(\S+)/.exec(line)?.[1] ?? '?', exit: /ExitCode=(\S+)/.exec(line)?.[1] ?? '?' }));
}

describe('Slurm job array (deploy/slurm/fundcast-batch.sbatch)', () => {
  it('3 array tasks write the 3 partials; merged, they are the single run', async (ctx) => {
    if ('skipped' in cluster) return ctx.skip(cluster.skipped);
    const work = mkdtempSync(join(tmpdir(), 'fundcast-slurm-job-'));
    try {
      cpSync('test/fixtures/regions', join(work, 'job'), { recursive: true });
      const manifest = join(work, 'job', 'four.batch.yaml');
      const env = { ...process.env, ...cluster.env, FUNDCAST: `${process.execPath} ${resolve('bin/fundcast.cjs')}` };
      const submit = spawnSync('/usr/bin/sbatch', ['--parsable', '--array=0-2', `--chdir=${work}`, `--output=${join(work, 'task-%a.out')}`, resolve('deploy/slurm/fundcast-batch.sbatch'), manifest, join(work, 'parts')], { encoding: 'utf8', env });
      expect(submit.status, submit.stderr).toBe(0);
      const jobId = submit.stdout.trim().split(';')[0];
      const until = Date.now() + 60_000;
      let states = taskStates(jobId, env);
      // done when 3 tasks are listed and none is pending, configuring or running
      while (Date.now() < until && !(states.length === 3 && states.every((t) => !/^(PENDING|CONFIGURING|RUNNING|COMPLETING)$/.test(t.state)))) {
        await new Promise((wake) => setTimeout(wake, 200));
        states = taskStates(jobId, env);
      }
      const logs = readdirSync(work).filter((f) => f.startsWith('task-')).map((f) => readFileSync(join(work, f), 'utf8')).join('\n');
      expect(states, logs).toEqual([0, 1, 2].map(() => ({ state: 'COMPLETED', exit: '0:0' })));
      expect(readdirSync(join(work, 'parts')).filter((f) => f.endsWith('.arrow')).sort()).toEqual(['part-00000-of-00003.arrow', 'part-00001-of-00003.arrow', 'part-00002-of-00003.arrow']);
      const m = spawnSync(process.execPath, ['bin/fundcast.cjs', 'merge', join(work, 'parts'), '--out', join(work, 'merged')], { encoding: 'utf8' });
      expect(m.status, m.stderr).toBe(0);
      const single = mergePartials([{ name: 'single', bytes: runShard(loadBatchManifest(manifest), { index: 0, count: 1 }) }]).bytes;
      expect(readFileSync(join(work, 'merged', 'paths.arrow')).equals(Buffer.from(single))).toBe(true);
      console.log('slurm: a real job array of 3 tasks ran on a one-node cluster and merged to the single run');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
