import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadBatchManifest } from '../../src/batch/batchManifest';
import { mergePartials } from '../../src/batch/mergePartials';
import { runShard } from '../../src/batch/runShard';

// The batch/v1 Job schema of the Kubernetes API: kubernetes-models' Job model validates against
// JSON-Schema validators compiled with ajv from the Kubernetes OpenAPI document.
const require_ = createRequire(__filename);
const { Job } = require_('kubernetes-models/batch/v1/Job') as { Job: new (x: unknown) => { validate(): void } };
const validationError = (x: unknown): string | null => {
  try {
    new Job(x).validate();
    return null;
  } catch (e) {
    return (e as Error).message;
  }
};

const DEPLOY = 'deploy/kubernetes';
type Container = { command: string[]; volumeMounts: { name: string; mountPath: string }[] };
const jobOf = (file: string) => parse(readFileSync(join(DEPLOY, file), 'utf8')) as { spec: { completions?: number; parallelism?: number; completionMode?: string; template: { spec: { containers: Container[] } } } };

describe('Kubernetes manifests (deploy/kubernetes)', () => {
  it.each(['fundcast-batch-job.yaml', 'fundcast-merge-job.yaml'])('%s validates against the batch/v1 Job schema', (file) => {
    expect(validationError(jobOf(file))).toBeNull();
  });
  it('the validator is not a rubber stamp: a wrong type and a missing container list are refused', () => {
    const bad = jobOf('fundcast-batch-job.yaml') as unknown as { spec: Record<string, unknown> & { template: { spec: Record<string, unknown> } } };
    bad.spec.completions = 'eight';
    expect(validationError(bad)).toMatch(/completions/);
    const noContainers = jobOf('fundcast-batch-job.yaml') as unknown as { spec: { template: { spec: Record<string, unknown> } } };
    delete noContainers.spec.template.spec.containers;
    expect(validationError(noContainers)).toMatch(/containers/);
  });
  it('the batch Job is Indexed, and its --shards equals its completions', () => {
    const { spec } = jobOf('fundcast-batch-job.yaml');
    expect(spec.completionMode).toBe('Indexed');
    const command = spec.template.spec.containers[0].command;
    expect(command[command.indexOf('--shards') + 1]).toBe(String(spec.completions));
  });

  // Runs the Job's own command as plain processes, one per index with JOB_COMPLETION_INDEX set as
  // Kubernetes sets it, two at a time (the machine's cores), through the installed command
  // (bin/fundcast.cjs → dist/cli.cjs, built by the global setup): 8 starts of ~0.4 s of CPU each,
  // which is why this sits with the integration tests.
  it('its command, run locally for every index with JOB_COMPLETION_INDEX, then the merge Job’s command, gives the single run', async () => {
    const root = mkdtempSync(join(tmpdir(), 'fundcast-k8s-'));
    const mounts: Record<string, string> = { job: join(root, 'job'), results: join(root, 'results') };
    cpSync('test/fixtures/regions', mounts.job, { recursive: true });
    cpSync(join(mounts.job, 'four.batch.yaml'), join(mounts.job, 'job.batch.yaml'));
    const local = (file: string) => {
      const { spec } = jobOf(file);
      const c = spec.template.spec.containers[0];
      // a mounted path becomes the local folder of its volume
      const args = c.command.slice(1).map((a) => c.volumeMounts.reduce((s, m) => (s.startsWith(m.mountPath) ? mounts[m.name] + s.slice(m.mountPath.length) : s), a));
      return { args, completions: spec.completions ?? 1 };
    };
    const run = (args: string[], env: Record<string, string>) =>
      new Promise<void>((resolve, reject) => {
        const p = spawn(process.execPath, ['bin/fundcast.cjs', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
        let err = '';
        p.stderr.on('data', (d) => (err += d));
        p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`fundcast ${args.join(' ')} exited ${code}: ${err}`))));
      });
    const batch = local('fundcast-batch-job.yaml');
    const indexes = Array.from({ length: batch.completions }, (_, i) => i);
    for (let i = 0; i < indexes.length; i += 2) await Promise.all(indexes.slice(i, i + 2).map((k) => run(batch.args, { JOB_COMPLETION_INDEX: String(k) })));
    await run(local('fundcast-merge-job.yaml').args, {});
    const merged = readFileSync(join(mounts.results, 'merged', 'paths.arrow'));
    const single = mergePartials([{ name: 'single', bytes: runShard(loadBatchManifest(join(mounts.job, 'job.batch.yaml')), { index: 0, count: 1 }) }]).bytes;
    expect(merged.equals(Buffer.from(single))).toBe(true);
  });
});
