import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/main';
import { runCli as run } from '../helpers/runCli';
import { displayWidth } from '../../src/results/displayWidth';

const work = mkdtempSync(join(tmpdir(), 'fundcast-risk-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));


describe('sensitivity and solve-risk commands', () => {
  it('sensitivity prints the three sets and the tornado within 80 columns, and writes the chart', async () => {
    const dir = join(work, 'charts');
    for (const lang of ['en', 'zh']) {
      const r = await run('sensitivity', 'scenarios/china-national-2025.yaml', '--fund', 'resident', '--output', 'exhaustion', '--lang', lang, '--chart', dir);
      expect(r.code).toBe(EXIT.ok);
      expect(Math.max(...r.out.split('\n').map(displayWidth))).toBeLessThanOrEqual(80);
    }
    expect(existsSync(join(dir, 'tornado-resident.png'))).toBe(true);
  });

  it('sensitivity --format json carries the sets and bars', async () => {
    const r = await run('sensitivity', 'scenarios/china-national-2025.yaml', '--fund', 'employee', '--output', 'balance:2030', '--format', 'json');
    const j = JSON.parse(r.out);
    expect(j.sets.map((s: { set: string }) => s.set)).toEqual(['low-cost', 'intermediate', 'high-cost']);
    expect(j.tornado.length).toBe(5);
  });

  it('bad outputs and funds exit 1 with both languages', async () => {
    const r = await run('sensitivity', 'scenarios/china-national-2025.yaml', '--fund', 'nope');
    expect(r.code).toBe(EXIT.invalidInput);
    expect(r.err).toMatch(/no fund 'nope'.*情景中没有基金/s);
  });

  it('solve-risk answers with a probability and a Monte Carlo range; an impossible bound exits 3', async () => {
    const ok = await run('solve-risk', 'scenarios/examples/national-stochastic.yaml', '--fund', 'employee', '--lever', 'employer_rate', '--target', 'below:3:2040', '--paths', '300', '--threads', '1', '--format', 'json');
    expect(ok.code).toBe(EXIT.ok);
    const j = JSON.parse(ok.out);
    expect(j.feasible).toBe(true);
    expect(j.probability).toBeLessThanOrEqual(0.1);
    const no = await run('solve-risk', 'scenarios/examples/national-stochastic.yaml', '--fund', 'employee', '--lever', 'employer_rate', '--target', 'below:3:2040', '--paths', '300', '--threads', '1', '--max', '0.03');
    expect(no.code).toBe(3);
    expect((await run('solve-risk', 'scenarios/examples/national-stochastic.yaml', '--fund', 'employee', '--lever', 'employer_rate', '--target', 'soon')).code).toBe(EXIT.invalidInput);
  });
});

describe('solve-risk --top-up', () => {
  it('prints the provision path and its risk; needs a below target', async () => {
    const r = await run('solve-risk', 'scenarios/china-national-2025.yaml', '--fund', 'resident', '--top-up', '--target', 'below:3:2040', '--paths', '300', '--threads', '1', '--format', 'json');
    expect(r.code).toBe(EXIT.ok);
    const j = JSON.parse(r.out);
    expect(j.probability).toBeLessThanOrEqual(0.1);
    expect(j.path.length).toBe(2040 - 2025);
    expect((await run('solve-risk', 'scenarios/china-national-2025.yaml', '--fund', 'resident', '--top-up', '--target', 'exhaustion:2040')).code).toBe(EXIT.invalidInput);
    expect((await run('solve-risk', 'scenarios/china-national-2025.yaml', '--fund', 'resident', '--target', 'below:3:2040')).code).toBe(EXIT.invalidInput);
  });
});
