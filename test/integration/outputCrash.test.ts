// Output writing under kill -9 and concurrent writers (issue 8 F6): child processes, so integration.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OUTPUT_LOCK } from '../../src/output/outputLock';
import { OUTPUT_MANIFEST, parseManifest } from '../../src/output/outputManifest';
import { writeOutputs } from '../../src/output/writeOutputs';
import { NAMES, outputSet } from '../output/outputSet';

const work = mkdtempSync(join(tmpdir(), 'fundcast-crash-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(work, `d${++n}`);
const child = join(__dirname, '..', 'output', 'writerChild.ts');
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('.'));

describe('F6: crashes and concurrent writers', () => {
  const versions = (tag: string) => [outputSet(`${tag}0`), outputSet(`${tag}1`)];

  it('kill -9 at random points: every file is a whole old or new version; the next run cleans up and succeeds', async () => {
    const dir = fresh();
    writeOutputs(dir, outputSet('old'));
    const allowed = [outputSet('old'), ...versions('K')];
    // seeded pseudo-random kill delays (LCG), so a failure can be reproduced
    let seed = 20260801;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const kills = 10;
    for (let k = 0; k < kills; k++) {
      const p = spawn(process.execPath, ['--import', 'tsx', child, dir, '0', 'K'], { stdio: ['ignore', 'pipe', 'ignore'] });
      // once the child is in its writing loop (one write of the set takes a few ms), kill it 0–40 ms later
      await new Promise((r) => p.stdout!.once('data', r));
      await new Promise((r) => setTimeout(r, next() * 40));
      // still writing: it did not stop on an error (e.g. refusing files a killed run left)
      expect(p.exitCode, `writer ${k} exited by itself`).toBeNull();
      p.kill('SIGKILL');
      await new Promise((r) => p.on('exit', r));
      for (const name of NAMES) {
        const text = readFileSync(join(dir, name), 'utf8');
        expect(allowed.some((v) => v[name] === text), `${name} after kill ${k}`).toBe(true);
      }
    }
    // the next run removes what killed runs left (temporaries, lock) and replaces the files without force
    writeOutputs(dir, outputSet('after'));
    expect(leftovers(dir)).toEqual([]);
    for (const name of NAMES) expect(readFileSync(join(dir, name), 'utf8')).toBe(outputSet('after')[name]);
  }, 60_000);

  it('two to four concurrent runs into one folder all succeed and leave one complete set, nothing else', async () => {
    const dir = fresh();
    writeFileSync(join(work, 'user.txt'), '');
    const runs = ['P', 'Q', 'R'].map((tag) => spawn(process.execPath, ['--import', 'tsx', child, dir, '6', tag], { stdio: ['ignore', 'ignore', 'pipe'] }));
    const results = await Promise.all(runs.map((p) => new Promise<{ code: number | null; err: string }>((r) => {
      let err = '';
      p.stderr!.on('data', (d) => (err += d));
      p.on('exit', (code) => r({ code, err }));
    })));
    for (const r of results) expect(r, r.err).toMatchObject({ code: 0 });
    expect(readdirSync(dir).sort()).toEqual([...NAMES, OUTPUT_MANIFEST].sort());
    const manifest = parseManifest(readFileSync(join(dir, OUTPUT_MANIFEST), 'utf8'))!;
    // the last writer's set is complete: every file is one version of one tag, and the manifest knows it
    const tag = (manifest.files['a.json'].about as { tag: string }).tag;
    for (const name of NAMES) {
      expect(versions(tag).some((v) => v[name] === readFileSync(join(dir, name), 'utf8'))).toBe(true);
      expect(manifest.files[name].pending).toBeUndefined();
    }
    expect(existsSync(join(dir, OUTPUT_LOCK))).toBe(false);
  }, 60_000);
});
