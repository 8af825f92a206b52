// In the integration project: it mocks node:fs, which needs an isolated module graph (the unit project shares one).
// A file-system failure in the middle of a write (simulated: the disk fills up at the second
// rename) leaves each file whole (old or new) and no temporary file behind.
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const failAt = { rename: Infinity, calls: 0 };
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  return {
    ...real,
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      if (++failAt.calls === failAt.rename) throw Object.assign(new Error('ENOSPC: no space left on device, rename'), { code: 'ENOSPC' });
      return real.renameSync(from, to);
    },
  };
});

const { writeOutputs } = await import('../../src/output/writeOutputs');
const work = mkdtempSync(join(tmpdir(), 'fundcast-fail-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('writeOutputs when the file system fails part-way', () => {
  it('removes its temporaries, leaves every file at a whole version, and the next run succeeds without force', () => {
    const dir = join(work, 'o');
    writeOutputs(dir, { 'a.txt': 'old a', 'b.txt': 'old b', 'c.txt': 'old c' });
    // renames of the next write: the manifest (old + pending), a.txt, then b.txt fails
    failAt.calls = 0;
    failAt.rename = 3;
    expect(() => writeOutputs(dir, { 'a.txt': 'new a', 'b.txt': 'new b', 'c.txt': 'new c' })).toThrow(/ENOSPC/);
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(['old a', 'new a']).toContain(readFileSync(join(dir, 'a.txt'), 'utf8'));
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('old b');
    expect(readFileSync(join(dir, 'c.txt'), 'utf8')).toBe('old c');
    failAt.rename = Infinity;
    writeOutputs(dir, { 'a.txt': 'new a', 'b.txt': 'new b', 'c.txt': 'new c' });
    expect(['a.txt', 'b.txt', 'c.txt'].map((f) => readFileSync(join(dir, f), 'utf8'))).toEqual(['new a', 'new b', 'new c']);
  });
});
