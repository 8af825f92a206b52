import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveAssumptions } from '../../src/assumptions/resolveAssumptions';
import { InputFileError } from '../../src/input/InputFileError';
import { MAX_INPUT_BYTES, readInputFile } from '../../src/input/readInputFile';
import { combineScenario, isOverlayFile } from '../../src/scenario/combineScenario';
import { loadScenario, parseScenario } from '../../src/scenario/loadScenario';
import { MAX_LISTED_ISSUES, ScenarioError } from '../../src/scenario/ScenarioError';
import type { ScenarioIssue } from '../../src/scenario/ScenarioIssue';
import { MAX_YAML_DEPTH, readYamlDocument } from '../../src/scenario/readYamlDocument';

const root = join(__dirname, '..', '..');
const small = join(root, 'scenarios', 'examples', 'small-district.yaml');
const work = mkdtempSync(join(tmpdir(), 'fundcast-input-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const fifo = join(work, 'pipe');
spawnSync('mkfifo', [fifo]);
const haveFifo = existsSync(fifo);

function issuesOf(f: () => unknown): ScenarioIssue[] {
  try {
    f();
  } catch (e) {
    if (e instanceof ScenarioError) return e.issues;
    throw e;
  }
  throw new Error('accepted, but must be rejected');
}

function scenarioFile(name: string, text: string): string {
  const file = join(work, name);
  writeFileSync(file, text);
  return file;
}

describe('only regular files of bounded size are read (issue 8: EISDIR, /dev/zero, FIFO, extends: "")', () => {
  const targets: [string, string, RegExp][] = [
    ['an empty path', '""', /the path of the scenario file is empty/],
    ['a folder', JSON.stringify(work), /is a folder; fundcast reads only regular files/],
    ['/dev/zero', '/dev/zero', /is a device; fundcast reads only regular files/],
    ...(haveFifo ? [['a FIFO', JSON.stringify(fifo), /named pipe \(FIFO\)/] as [string, string, RegExp]] : []),
  ];
  for (const [what, ref, en] of targets) {
    it(`extends: ${what} is a located error, not a hang or crash`, () => {
      const file = scenarioFile(`extends-${what.replace(/\W/g, '')}.yaml`, `fundcast: 1\nid: x\nextends: ${ref}\n`);
      const [issue] = issuesOf(() => loadScenario(file));
      expect(issue).toMatchObject({ file: expect.stringMatching(/extends-.*\.yaml$/), path: ['extends'], line: 3 });
      expect(issue.message.en).toMatch(en);
      expect(issue.message.zh).toMatch(/路径为空|普通文件/);
    });
    it(`overlays: [${what}] is a located error`, () => {
      const file = scenarioFile(`overlay-${what.replace(/\W/g, '')}.yaml`, `${readFileSync(small, 'utf8')}\noverlays: [${ref}]\n`);
      const [issue] = issuesOf(() => loadScenario(file));
      expect(issue.path).toEqual(['overlays', 0]);
      expect(issue.line).toBeGreaterThan(1);
    });
  }

  it('the scenario itself: a folder or FIFO given on the command line is an error naming it', () => {
    expect(issuesOf(() => loadScenario(work))[0]).toMatchObject({ code: 'not_a_file' });
    if (haveFifo) expect(issuesOf(() => loadScenario(fifo))[0].message.en).toMatch(/FIFO/);
    expect(isOverlayFile(work)).toBe(false);
    if (haveFifo) expect(isOverlayFile(fifo)).toBe(false);
    expect(isOverlayFile('/dev/zero')).toBe(false);
  });

  it('a file over the limit is refused before it is read (a 200 MB string never reaches the parser)', () => {
    const big = join(work, 'big.yaml');
    // sparse file: its size is over the limit without writing the bytes
    writeFileSync(big, 'id: "');
    spawnSync('truncate', ['-s', String(MAX_INPUT_BYTES + 1), big]);
    const [issue] = issuesOf(() => loadScenario(big));
    expect(issue).toMatchObject({ code: 'file_too_large' });
    expect(issue.message.en).toMatch(/larger than 4 MiB/);
    expect(issue.message.zh).toMatch(/输入文件上限为 4 MiB/);
    // the reader itself stops at the limit
    expect(() => readInputFile(big)).toThrow(InputFileError);
    expect(readInputFile(small).length).toBeGreaterThan(0);
  });

  it('cost_curve: a folder or device is a located error at the cost_curve path', () => {
    const dir = join(root, 'test', 'membership', 'fixtures');
    const base = readFileSync(join(dir, 'curve-gap.yaml'), 'utf8').replace('extends: age-detailed-base.yaml', `extends: ${JSON.stringify(join(dir, 'age-detailed-base.yaml'))}`);
    for (const [target, en] of [['/dev/zero', /is a device/], [work, /is a folder/]] as const) {
      const file = scenarioFile('curve.yaml', base.replace('cost_curve: curve-with-gap.csv', `cost_curve: ${JSON.stringify(target)}`));
      const issues = issuesOf(() => resolveAssumptions(loadScenario(file)));
      const issue = issues.find((i) => i.path.at(-1) === 'cost_curve');
      expect(issue, JSON.stringify(issues)).toBeDefined();
      expect(issue!.message.en).toMatch(en);
      expect(issue!.line).toBeGreaterThan(1);
    }
  });

  it('parseScenario resolves a relative cost_curve against its baseDir, not the working directory', () => {
    const dir = join(root, 'test', 'membership', 'fixtures');
    const text = readFileSync(join(dir, 'curve-gap.yaml'), 'utf8');
    // curve-with-gap.csv lies in `dir`, not in the working directory: found only through baseDir
    const issues = issuesOf(() => resolveAssumptions(parseScenario(text, 'inline.yaml', dir)));
    expect(issues.find((i) => i.path.at(-1) === 'cost_curve')?.message.en).toMatch(/age 50 \(male\) is in no band/);
  });
});

describe('YAML limits: aliases, nesting, unresolved aliases (issue 8)', () => {
  it('an alias without its anchor is a located error, not a crash', () => {
    const { issues } = readYamlDocument('fundcast: 1\nid: x\nname: *nowhere\n', 'a.yaml');
    expect(issues[0]).toMatchObject({ code: 'yaml_alias', line: 3, column: 7, path: ['name'] });
    expect(issues[0].message.en).toMatch(/alias \*nowhere has no anchor/);
    expect(issues[0].message.zh).toMatch(/没有对应的锚点/);
    expect(issuesOf(() => parseScenario('fundcast: 1\nid: *x\n'))[0].code).toBe('yaml_alias');
  });

  it('an anchor before its alias still works', () => {
    const { source, issues } = readYamlDocument('a: &r {x: 1}\nb: *r\n', 'a.yaml');
    expect(issues).toEqual([]);
    expect(source!.data).toEqual({ a: { x: 1 }, b: { x: 1 } });
  });

  it('exponential alias expansion ("billion laughs") is refused', () => {
    let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 10; i++) text += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    const { issues } = readYamlDocument(text, 'laughs.yaml');
    expect(issues[0]?.code).toBe('yaml_alias');
    expect(issues[0].message.en).toMatch(/aliases expand too much/);
  });

  it(`nesting deeper than ${MAX_YAML_DEPTH} levels is a located error, however deep`, () => {
    for (const depth of [MAX_YAML_DEPTH + 1, 100_000]) {
      const { issues } = readYamlDocument(`a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`, 'deep.yaml');
      expect(issues[0]?.code, `depth ${depth}`).toBe('yaml_too_deep');
      expect(issues[0].message.en).toMatch(/YAML nesting is deeper than 40 levels/);
      expect(issues[0].message.zh).toMatch(/YAML 嵌套超过 40 层/);
    }
    const block = Array.from({ length: MAX_YAML_DEPTH + 2 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' 1\n';
    expect(readYamlDocument(block, 'block.yaml').issues[0]).toMatchObject({ code: 'yaml_too_deep' });
    expect(readYamlDocument(`a: ${'['.repeat(MAX_YAML_DEPTH - 1)}${']'.repeat(MAX_YAML_DEPTH - 1)}\n`, 'ok.yaml').issues).toEqual([]);
  });

  it('duplicate keys are still errors, naming the key and its first line', () => {
    const { issues } = readYamlDocument('fundcast: 1\nid: a\nname: n\nid: b\n', 'dup.yaml');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'yaml_syntax', line: 4 });
    expect(issues[0].message.en).toMatch(/Map keys must be unique; 'id' appears twice .* \(first on line 2\)/);
  });
});

describe('large maps are read in linear time (issue 8: 160k keys took 306 s)', () => {
  // Before the fix, 40,000 unknown fund ids took about a minute (pairwise duplicate-key checks in the
  // parser, then locating every one of 40,000 issues); the time is measured in bench/yamlKeys.bench.ts.
  it('40,000 bad entries: the duplicate found, the first MAX_LISTED_ISSUES issues located, the count bounded', () => {
    const n = 40_000;
    const funds = Array.from({ length: n }, (_, i) => `  f${i}: {scheme: nope}`).join('\n');
    const text = readFileSync(small, 'utf8').replace(/^funds:\n/m, `funds:\n${funds}\n  f7: {scheme: nope}\n`);
    const dup = issuesOf(() => parseScenario(text));
    expect(dup).toHaveLength(1);
    expect(dup[0].message.en).toMatch(/'f7' appears twice/);
    const issues = issuesOf(() => parseScenario(text.replace(/\n {2}f7: \{scheme: nope\}\n(?![\s\S]*\n {2}f7:)/, '\n')));
    expect(issues).toHaveLength(MAX_LISTED_ISSUES);
    expect(issues.every((i) => typeof i.line === 'number')).toBe(true);
    const message = new ScenarioError(issues).message;
    expect(message).toMatch(/^Invalid scenario: at least 100 problems/);
  }, 120_000);
});

describe('combineScenario and isOverlayFile read through the same limits', () => {
  it('an overlay that is a folder is a located error, not EISDIR', () => {
    mkdirSync(join(work, 'overlay-dir.yaml'), { recursive: true });
    const issues = issuesOf(() => combineScenario(small, [join(work, 'overlay-dir.yaml')]));
    expect(issues[0].code).toBe('not_a_file');
  });
});

describe('text given in memory meets the same size limit', () => {
  it('parseScenario refuses a string over MAX_INPUT_BYTES before parsing it (a 200 MB string no longer exhausts memory)', () => {
    const text = `fundcast: 1\nid: x\nname: "${'x'.repeat(MAX_INPUT_BYTES)}"\n`;
    const [issue] = issuesOf(() => parseScenario(text, 'big.yaml'));
    expect(issue).toMatchObject({ code: 'file_too_large', file: 'big.yaml' });
    expect(issue.message.en).toMatch(/larger than 4 MiB/);
  });
});
