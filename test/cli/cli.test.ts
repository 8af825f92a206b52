import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/main';
import { runCli } from '../helpers/runCli';

const root = join(__dirname, '..', '..');
const national = join(root, 'scenarios', 'china-national-2024.yaml');
const small = join(root, 'scenarios', 'examples', 'small-district.yaml');
const work = mkdtempSync(join(tmpdir(), 'fundcast-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = runCli;

describe('fundcast run', () => {
  it('--format json prints the stable contract: scenario, unit, funds[{id, name, firstDeficitYear, exhaustionYear, rows}]', async () => {
    const { code, out } = await run('run', national, '--format', 'json');
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(out);
    expect(json.scenario.id).toBe('china-national-2024');
    expect(json.unit.money).toBe('100m yuan');
    expect(json.funds.map((f: any) => f.id)).toEqual(['employee', 'resident']);
    for (const f of json.funds) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['id', 'name', 'firstDeficitYear', 'exhaustionYear', 'rows']));
      expect(f.rows).toHaveLength(2060 - 2024);
      for (const r of f.rows) {
        for (const k of ['year', 'income', 'expenditure', 'surplus', 'balance', 'reserveMonths', 'band']) expect(r).toHaveProperty(k);
      }
    }
  });

  it('--format csv has a header and one line per fund and year', async () => {
    const { code, out } = await run('run', national, '--format', 'csv');
    expect(code).toBe(EXIT.ok);
    const lines = out.trim().split('\n');
    expect(lines[0].startsWith('fund,year,openingBalance,income,expenditure,surplus,balance,reserveMonths,band')).toBe(true);
    expect(lines).toHaveLength(1 + 2 * 36);
  });

  it('table output in Chinese names the first deficit and exhaustion years', async () => {
    const { code, out } = await run('run', national, '--lang', 'zh', '--step', '5', '--wide'); // --wide: the fund lines unwrapped
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/首个当期赤字年份：\d{4}/);
    expect(out).toMatch(/预警区间为职工统筹基金标准的延伸应用/);
  });

  it('--out writes its files, replaces its own earlier output, and keeps everything else (issue 8 F1, F2)', async () => {
    const dir = join(work, 'out1');
    expect((await run('run', national, '--format', 'json', '--out', dir)).code).toBe(EXIT.ok);
    expect(readdirSync(dir).sort()).toEqual(['fundcast-output.json', 'results.csv', 'results.json', 'summary-en.txt', 'summary-zh.txt']);
    expect(JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')).funds).toHaveLength(2);
    // F1: a file added to the output folder survives the next run, which needs no --force
    writeFileSync(join(dir, 'notes.txt'), 'x');
    // F2: so does an input scenario kept in the output folder, run from there
    const input = join(dir, 's.yaml');
    writeFileSync(input, readFileSync(small));
    expect((await run('run', input, '--out', dir)).code).toBe(EXIT.ok);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('x');
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(small, 'utf8'));
    expect(JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')).scenario.id).toBe('small-district');
  });

  it('--out refuses a file of its names that the user wrote or edited, unless --force; never a folder of that name', async () => {
    const mine = join(work, 'mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'results.csv'), 'my table');
    const refused = await run('run', small, '--out', mine);
    expect(refused.code).toBe(EXIT.invalidInput);
    expect(refused.err).toMatch(/results\.csv.*--force/);
    expect(refused.err).toMatch(/results\.csv 已存在/);
    expect(readdirSync(mine)).toEqual(['results.csv']);
    expect((await run('run', small, '--out', mine, '--force')).code).toBe(EXIT.ok);
    expect(readFileSync(join(mine, 'results.csv'), 'utf8')).toMatch(/^fund,year/);
    mkdirSync(join(work, 'has-folder', 'results.json'), { recursive: true });
    expect((await run('run', small, '--out', join(work, 'has-folder'), '--force')).code).toBe(EXIT.invalidInput);
    expect(lstatSync(join(work, 'has-folder', 'results.json')).isDirectory()).toBe(true);
  });

  it('F3: a folder holding a file named fundcast-output.json is not replaced', async () => {
    const dir = join(work, 'fake-marker');
    mkdirSync(dir);
    writeFileSync(join(dir, 'fundcast-output.json'), '{}');
    writeFileSync(join(dir, 'thesis.tex'), 'years of work');
    expect((await run('run', small, '--out', dir)).code).toBe(EXIT.invalidInput);
    expect(readdirSync(dir).sort()).toEqual(['fundcast-output.json', 'thesis.tex']);
  });

  it('F4: --out a symbolic link writes into its target folder and keeps the link', async () => {
    const target = join(work, 'link-target');
    mkdirSync(target);
    const link = join(work, 'link');
    symlinkSync(target, link);
    expect((await run('run', small, '--out', link)).code).toBe(EXIT.ok);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readdirSync(target)).toContain('results.json');
  });
});

describe('exit codes', () => {
  it('0 for a valid scenario', async () => {
    const { code, out } = await run('validate', national);
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/^OK: .*'china-national-2024', 2 fund\(s\), 2024–2060/m);
    // its resident fund keeps disposable_income for overlays that index premiums: a located warning, not an error
    expect(out).toMatch(/^warning unused_value: .*china-national-2024\.yaml:\d+:\d+ {2}funds\.resident\.disposable_income/m);
  });

  it('1 for a misspelled key, naming the key and its path', async () => {
    const { code, err } = await run('validate', join(root, 'test', 'fixtures', 'invalid', 'misspelled-key.yaml'));
    expect(code).toBe(EXIT.invalidInput);
    expect(err).toMatch(/funds\.emp\.contributions\.employer_rat/);
    expect(err).toMatch(/unknown key 'employer_rat'/);
    expect(err).toMatch(/未知的键/);
  });

  it('1 for a missing file and for bad arguments', async () => {
    expect((await run('run', join(work, 'nope.yaml'))).code).toBe(EXIT.invalidInput);
    expect((await run('run', national, '--format', 'xml')).code).toBe(EXIT.invalidInput);
    expect((await run('run', national, '--step', '0')).code).toBe(EXIT.invalidInput);
    expect((await run('frobnicate')).code).toBe(EXIT.invalidInput);
  });

  it('2 for any other failure (an output folder that cannot be created)', async () => {
    const file = join(work, 'a-file');
    writeFileSync(file, 'x');
    const { code, err } = await run('run', national, '--out', join(file, 'sub'));
    expect(code).toBe(EXIT.failure);
    expect(err).toMatch(/fundcast failed/);
    expect(existsSync(join(file, 'sub'))).toBe(false);
  });
});

describe('fundcast compare and schema', () => {
  it('compare shows both scenarios and the differences', async () => {
    const { code, out } = await run('compare', national, join(root, 'scenarios', 'examples', 'employer-rate-cut.yaml'), '--format', 'json');
    expect(code).toBe(EXIT.ok);
    const c = JSON.parse(out);
    const emp = c.funds.find((f: any) => f.id === 'employee');
    const y2030 = emp.years.find((y: any) => y.year === 2030);
    expect(y2030.balance.diff).toBeCloseTo(y2030.balance.b - y2030.balance.a, 6);
    expect(y2030.balance.diff).toBeLessThan(0); // a lower employer rate leaves less in the fund
    // the resident fund is untouched by the employer-rate cut
    expect(c.funds.find((f: any) => f.id === 'resident').years.every((y: any) => y.balance.diff === 0)).toBe(true);
  });

  it('schema prints a JSON Schema in which every parameter carries its unit', async () => {
    const { code, out } = await run('schema');
    expect(code).toBe(EXIT.ok);
    // a whole scenario's schema is $defs.scenario (the root picks it, the partial one or the overlay's)
    const schema = JSON.parse(out).$defs.scenario;
    const emp = schema.properties.funds.additionalProperties.oneOf?.[0] ?? schema.properties.funds.additionalProperties.anyOf[0];
    expect(emp.properties.contributions.properties.employer_rate.unit).toBe('share of contribution base (0–1)');
    // walk: every property with a description also has a unit, except plain text fields
    const missing: string[] = [];
    const walk = (node: any, path: string) => {
      if (!node || typeof node !== 'object') return;
      if (node.properties) {
        for (const [k, v] of Object.entries<any>(node.properties)) {
          const leaf = !v.properties && !v.additionalProperties?.properties && !v.anyOf?.some((o: any) => o.properties) && !v.oneOf;
          if (leaf && v.description && !v.unit) missing.push(`${path}.${k}`);
          walk(v, `${path}.${k}`);
        }
      }
      for (const key of ['anyOf', 'oneOf', 'allOf']) (node[key] ?? []).forEach((o: any) => walk(o, path));
      if (node.additionalProperties) walk(node.additionalProperties, `${path}.*`);
      if (node.items) walk(node.items, `${path}[]`);
    };
    walk(schema, '');
    expect(missing).toEqual([]);
  });
});

describe('the installed command', () => {
  it('bin/fundcast.cjs runs end to end and sets the exit code', () => {
    const bin = join(root, 'bin', 'fundcast.cjs');
    const ok = execFileSync(process.execPath, [bin, 'run', national, '--format', 'json'], { encoding: 'utf8' });
    expect(JSON.parse(ok).funds).toHaveLength(2);
    const bad = spawnSync(process.execPath, [bin, 'validate', join(root, 'test', 'fixtures', 'invalid', 'negative-count.yaml')], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/funds\.emp\.members\.retirees/);
  });
});

describe('fundcast schema --out', () => {
  it('writes the schema, leaves an identical file alone, and never replaces a file of the user without --force (F5)', async () => {
    const file = join(work, 'scenario.schema.json');
    expect((await run('schema', '--out', file)).code).toBe(EXIT.ok);
    expect(JSON.parse(readFileSync(file, 'utf8')).title).toBe('fundcast scenario (format 1)');
    expect((await run('schema', '--out', file)).code).toBe(EXIT.ok);
    const mine = join(work, 'my-notes.json');
    // F5: merely containing the schema's title does not make a file fundcast's
    writeFileSync(mine, '{"title": "fundcast scenario (format 1)", "mine": true}');
    const refused = await run('schema', '--out', mine);
    expect(refused.code).toBe(EXIT.invalidInput);
    expect(refused.err).toMatch(/my-notes\.json.*--force/);
    expect(readFileSync(mine, 'utf8')).toBe('{"title": "fundcast scenario (format 1)", "mine": true}');
    expect((await run('schema', '--out', mine, '--force')).code).toBe(EXIT.ok);
    expect(JSON.parse(readFileSync(mine, 'utf8')).mine).toBeUndefined();
  });
});

describe('argument errors (issue 8): exit 1, in English and Chinese, naming the option and value', () => {
  const small = join(root, 'scenarios', 'examples', 'small-district.yaml');
  const overlay = join(root, 'scenarios', 'reforms', 'employer-rate-cut.yaml');
  it.each([
    [['attribute', small, overlay, '--fund', 'nope', '--year', '2030'], /--fund nope: no fund 'nope'/, /--fund nope：.*没有基金 'nope'/],
    [['attribute', small, overlay, '--fund', 'employee', '--year', '2999'], /--year 2999: year 2999 is outside the projection 2025–2045/, /--year 2999：年份 2999 不在预测期内/],
    [['attribute', small, overlay, '--fund', 'employee', '--year', 'soon'], /--year must be a calendar year, found 'soon'/, /--year 须为日历年份/],
    [['run', small, '--format', 'xml'], /'xml' is not allowed; choose one of table, csv, json/, /取值 'xml' 无效；可选：table、csv、json/],
    [['rnu', small], /unknown command 'rnu' \(did you mean run\?\)/, /未知命令 'rnu'（是否应为 run？）/],
    [['run'], /missing required argument 'scenario'/, /缺少必需参数 'scenario'/],
    [['run', small, '--bogus'], /unknown option '--bogus'/, /未知选项 '--bogus'/],
    [['run', small, '--step', '0'], /--step must be a whole number ≥ 1, found '0'/, /--step 须为不小于 1 的整数/],
    [['run', small, '--out'], /option '--out <dir>' needs a value/, /缺少取值/],
    [['run', small, small], /too many arguments: expected 1, found 2/, /参数过多/],
  ])('%j', async (args, en, zh) => {
    const { code, err } = await run(...(args as string[]));
    expect(code).toBe(EXIT.invalidInput);
    expect(err).toMatch(en);
    expect(err).toMatch(zh);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('output to a full disk (> /dev/full) is one line in both languages and exit 2, not a stack', () => {
    if (!existsSync('/dev/full')) return;
    const fd = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [join(root, 'bin', 'fundcast.cjs'), 'run', small], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(EXIT.failure);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/cannot write the output to standard output \(ENOSPC.*\/ 无法将结果写入标准输出/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      closeSync(fd);
    }
  });
});

describe('every command reports argument errors in both languages', () => {
  const small = join(root, 'scenarios', 'examples', 'small-district.yaml');
  const stochastic = join(root, 'scenarios', 'examples', 'national-stochastic.yaml');
  const CJK = /[\u4e00-\u9fff]/;
  it.each([
    ['run', small, '--bogus'],
    ['validate'],
    ['compare', small],
    ['attribute', small, small],
    ['solve', small, '--fund', 'employee', '--lever', 'employer_rate'],
    ['verdict', small, '--fund', 'nope'],
    ['schema', 'extra-argument'],
    ['simulate', stochastic, '--floor', 'x'],
    ['simulate', stochastic, '--paths', '0.5'],
    ['report'],
    ['chart'],
    ['calibrate'],
    ['backtest'],
    ['template'],
    ['import'],
  ])('%s …', async (...args) => {
    const { code, err } = await run(...(args as string[]));
    expect(code).toBe(EXIT.invalidInput);
    expect(err).toMatch(/^error: .* \/ /);
    expect(err).toMatch(CJK);
  });
});

describe('files named on the command line are read only when they are regular files (issue 8)', () => {
  it.each([
    [['import', join(work, 'no-such.xlsx'), '--out', join(work, 'imp')], /workbook not found: .*no-such\.xlsx/, /找不到文件/],
    [['import', work, '--out', join(work, 'imp')], /is a folder; fundcast reads only regular files/, /是文件夹；fundcast 只读取普通文件/],
    [['import', '/dev/zero', '--out', join(work, 'imp')], /is a device/, /设备文件/],
    [['run', work], /is a folder/, /文件夹/],
    [['validate', '/dev/zero'], /is a device/, /设备文件/],
  ])('%j', async (args, en, zh) => {
    const { code, err } = await run(...(args as string[]));
    expect(code).toBe(EXIT.invalidInput);
    expect(err).toMatch(en);
    expect(err).toMatch(zh);
  });
});
