import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OUTPUT_MANIFEST, parseManifest } from '../../src/output/outputManifest';
import { OutputError } from '../../src/output/OutputError';
import { writeOutputFile, writeOutputs } from '../../src/output/writeOutputs';

const work = mkdtempSync(join(tmpdir(), 'fundcast-out-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(work, `d${++n}`);

function refusal(f: () => unknown): OutputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(OutputError);
    return e as OutputError;
  }
  throw new Error('expected an OutputError');
}

describe('writeOutputs: only its own names, never a user file', () => {
  it('F1: a file the user adds to an output folder survives the next run', () => {
    const dir = fresh();
    writeOutputs(dir, { 'results.json': '1' });
    writeFileSync(join(dir, 'notes.txt'), 'x');
    writeOutputs(dir, { 'results.json': '2' });
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('x');
    expect(readFileSync(join(dir, 'results.json'), 'utf8')).toBe('2');
    expect(readdirSync(dir).sort()).toEqual([OUTPUT_MANIFEST, 'notes.txt', 'results.json']);
  });

  it('F3: a folder holding a fake manifest is not replaced; the fake manifest needs --force', () => {
    const dir = fresh();
    mkdirSync(dir);
    writeFileSync(join(dir, OUTPUT_MANIFEST), 'anything');
    writeFileSync(join(dir, 'thesis.docx'), 'years of work');
    const e = refusal(() => writeOutputs(dir, { 'results.json': '1' }));
    expect(e.code).toBe('output.outputNotOurs');
    expect(e.en).toMatch(/fundcast-output\.json/);
    expect(e.zh).toMatch(/fundcast-output\.json.*已存在/);
    expect(readdirSync(dir).sort()).toEqual([OUTPUT_MANIFEST, 'thesis.docx']);
    writeOutputs(dir, { 'results.json': '1' }, { force: true });
    expect(readFileSync(join(dir, 'thesis.docx'), 'utf8')).toBe('years of work');
  });

  it('an existing file of the same name is refused without force, naming it; nothing is written', () => {
    const dir = fresh();
    mkdirSync(dir);
    writeFileSync(join(dir, 'results.csv'), 'mine');
    const e = refusal(() => writeOutputs(dir, { 'results.json': 'j', 'results.csv': 'c' }));
    expect(e.details.file).toBe(join(dir, 'results.csv'));
    expect(e.message).toMatch(/results\.csv.*--force.*\/.*results\.csv/);
    expect(readdirSync(dir)).toEqual(['results.csv']);
    writeOutputs(dir, { 'results.json': 'j', 'results.csv': 'c' }, { force: true });
    expect(readFileSync(join(dir, 'results.csv'), 'utf8')).toBe('c');
  });

  it('a re-run replaces its own unchanged files without force, but not one the user edited', () => {
    const dir = fresh();
    writeOutputs(dir, { 'a.txt': '1', 'b.txt': '1' });
    expect(writeOutputs(dir, { 'a.txt': '2', 'b.txt': '1' })).toMatchObject({ written: ['a.txt'], unchanged: ['b.txt'] });
    writeFileSync(join(dir, 'b.txt'), 'edited by hand');
    const e = refusal(() => writeOutputs(dir, { 'a.txt': '3', 'b.txt': '3' }));
    expect(e.en).toMatch(/b\.txt/);
    expect(e.en).not.toMatch(/a\.txt/);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('2');
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('edited by hand');
  });

  it('a manifest entry of a file not written in this run is kept, and that file is never deleted', () => {
    const dir = fresh();
    writeOutputs(dir, { 'chart.svg': '<svg/>' });
    writeOutputs(dir, { 'results.json': '{}' });
    expect(existsSync(join(dir, 'chart.svg'))).toBe(true);
    expect(Object.keys(parseManifest(readFileSync(join(dir, OUTPUT_MANIFEST), 'utf8'))!.files).sort()).toEqual(['chart.svg', 'results.json']);
  });

  it('F2: an input file is never overwritten, not even with force', () => {
    const dir = fresh();
    mkdirSync(dir);
    writeFileSync(join(dir, 'results.json'), 'fundcast: 1');
    const e = refusal(() => writeOutputs(dir, { 'results.json': '{}' }, { force: true, protect: [join(dir, 'results.json')] }));
    expect(e.code).toBe('output.outputIsInput');
    expect(readFileSync(join(dir, 'results.json'), 'utf8')).toBe('fundcast: 1');
  });
});

describe('writeOutputs: links and folders', () => {
  it('F4: --out a symbolic link to a folder writes into the target and keeps the link', () => {
    const target = fresh();
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'k');
    const link = fresh();
    symlinkSync(target, link);
    writeOutputs(link, { 'results.json': '{}' });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readdirSync(target).sort()).toEqual([OUTPUT_MANIFEST, 'keep.txt', 'results.json']);
  });

  it('a dangling link, a file given as the folder, and a name that is a link, folder or FIFO are refused, even with force', () => {
    const dangling = fresh();
    symlinkSync(join(work, 'missing'), dangling);
    expect(refusal(() => writeOutputs(dangling, { 'a.txt': '1' })).code).toBe('output.outputNotAFolder.danglingLink');
    expect(existsSync(join(work, 'missing'))).toBe(false);
    const file = fresh();
    writeFileSync(file, 'x');
    expect(refusal(() => writeOutputs(file, { 'a.txt': '1' })).code).toBe('output.outputNotAFolder.exists');
    const dir = fresh();
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'elsewhere.txt'), 'precious');
    symlinkSync(join(dir, 'elsewhere.txt'), join(dir, 'link.txt'));
    spawnSync('mkfifo', [join(dir, 'pipe')]);
    for (const name of ['sub', 'link.txt', ...(existsSync(join(dir, 'pipe')) ? ['pipe'] : [])]) {
      const e = refusal(() => writeOutputs(dir, { [name]: 'new' }, { force: true }));
      expect(e.code).toBe('output.outputNotAFile');
    }
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'elsewhere.txt'), 'utf8')).toBe('precious');
    expect(lstatSync(join(dir, 'sub')).isDirectory()).toBe(true);
  });
});

describe('writeOutputFile (one named file, no manifest)', () => {
  it('F5: never overwrites a user file without force, whatever it contains; identical content is left alone', () => {
    const dir = fresh();
    mkdirSync(dir);
    const file = join(dir, 'schema.json');
    writeFileSync(file, '{"title": "fundcast scenario (format 1)", "mine": true}');
    const e = refusal(() => writeOutputFile(file, '{"title": "fundcast scenario (format 1)"}'));
    expect(e.code).toBe('output.outputNotOurs');
    expect(readFileSync(file, 'utf8')).toMatch(/mine/);
    expect(writeOutputFile(file, '{"title": "fundcast scenario (format 1)", "mine": true}').unchanged).toEqual(['schema.json']);
    writeOutputFile(file, 'new', { force: true });
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['schema.json']);
  });
});
