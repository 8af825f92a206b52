import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/main';
import { runCli as run } from '../helpers/runCli';
import { CHROMIUM_PATH } from '../../src/report/chromium';

const root = join(__dirname, '..', '..');
const national = join(root, 'scenarios', 'china-national-2024.yaml');
const small = join(root, 'scenarios', 'examples', 'small-district.yaml');
const rateCut = join(root, 'scenarios', 'reforms', 'employer-rate-cut.yaml');
const work = mkdtempSync(join(tmpdir(), 'fundcast-report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PNG = [0x89, 0x50, 0x4e, 0x47];

describe('fundcast chart', () => {
  it('writes every chart as SVG and PNG, with the comparison when overlays are given', async () => {
    const dir = join(work, 'charts');
    const { code, err } = await run('chart', national, '--with', rateCut, '--out', dir, '--footnote', '示意性假设');
    expect(code, err).toBe(EXIT.ok);
    const names = readdirSync(dir).filter((f) => !f.startsWith('fundcast-')).sort();
    const charts = ['employee-balance', 'employee-reserve', 'employee-reserve-comparison', 'resident-balance', 'resident-reserve', 'resident-reserve-comparison'];
    expect(names).toEqual(charts.flatMap((c) => [`${c}.png`, `${c}.svg`]).sort());
    for (const c of charts) {
      expect([...readFileSync(join(dir, `${c}.png`)).subarray(0, 4)]).toEqual(PNG);
      const svg = readFileSync(join(dir, `${c}.svg`), 'utf8');
      expect(svg).toContain('示意性假设');
      expect(svg).not.toMatch(/="[^"]*NaN/);
    }
    // Chinese by default (the scenario has Chinese names); the comparison names both runs
    expect(readFileSync(join(dir, 'employee-reserve-comparison.svg'), 'utf8')).toMatch(/现行政策[\s\S]*含改革方案/);
    expect(readFileSync(join(dir, 'employee-balance.svg'), 'utf8')).toContain('金额（亿元）');
  });

  it('never writes over a user\'s file of the same name without --force', async () => {
    const dir = join(work, 'user');
    mkdirSync(dir);
    writeFileSync(join(dir, 'employee-reserve.svg'), 'my own drawing');
    const refused = await run('chart', small, '--out', dir, '--lang', 'en');
    expect(refused.code).toBe(EXIT.invalidInput);
    expect(readFileSync(join(dir, 'employee-reserve.svg'), 'utf8')).toBe('my own drawing');
    expect(existsSync(join(dir, 'employee-balance.svg'))).toBe(false); // nothing written: whole or not at all
    const forced = await run('chart', small, '--out', dir, '--lang', 'en', '--force');
    expect(forced.code, forced.err).toBe(EXIT.ok);
    expect(readFileSync(join(dir, 'employee-reserve.svg'), 'utf8')).toContain('months of reserve');
  });

  it('run --chart DIR writes the same charts beside the usual output', async () => {
    const dir = join(work, 'run-charts');
    const { code, out, err } = await run('run', small, '--chart', dir, '--lang', 'en');
    expect(code, err).toBe(EXIT.ok);
    expect(out).toContain('Year'); // the table is still printed
    expect(readdirSync(dir).filter((f) => f.endsWith('.png')).sort()).toEqual(['employee-balance.png', 'employee-reserve.png']);
    expect(readFileSync(join(dir, 'employee-balance.svg'), 'utf8')).toContain('Amount (10k yuan)');
  });
});

describe('fundcast report', () => {
  it('prints the HTML report, in Chinese for a scenario with Chinese names, English on request', async () => {
    const zh = await run('report', national);
    expect(zh.code, zh.err).toBe(EXIT.ok);
    expect(zh.out.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(zh.out).toContain('<html lang="zh-CN">');
    expect(zh.out).toMatch(/fundcast \d+\.\d+\.\d+/);
    const en = await run('report', small, '--lang', 'en');
    expect(en.out).toContain('<html lang="en">');
  });

  it('adds the comparison chart when overlays are given', async () => {
    const { out } = await run('report', national, '--with', rateCut);
    expect(out.match(/<figure /g)).toHaveLength(6);
    expect(out).toContain('含改革方案');
  });

  it('--simulate adds the Monte Carlo fans; the same seed gives the same report', async () => {
    const stochastic = join(root, 'scenarios', 'examples', 'national-stochastic.yaml');
    const a = await run('report', stochastic, '--simulate', '--paths', '200', '--seed', '3', '--lang', 'en');
    expect(a.code, a.err).toBe(EXIT.ok);
    expect(a.out).toContain('<section id="fans">');
    expect(a.out).toContain('200 simulated paths, seed 3');
    expect((await run('report', stochastic, '--simulate', '--paths', '200', '--seed', '3', '--lang', 'en')).out).toBe(a.out);
    expect((await run('report', stochastic, '--paths', '200')).code).toBe(EXIT.invalidInput);
    expect((await run('report', stochastic, '--simulate', '--paths', 'many')).code).toBe(EXIT.invalidInput);
  });

  it('refuses --pdf without --out (exit 1)', async () => {
    const { code, err } = await run('report', national, '--pdf');
    expect(code).toBe(EXIT.invalidInput);
    expect(err).toMatch(/--pdf needs --out/);
  });

  it.skipIf(!existsSync(CHROMIUM_PATH))('writes report-<lang>.html and .pdf into --out', async () => {
    const dir = join(work, 'report');
    const { code, err } = await run('report', small, '--out', dir, '--pdf');
    expect(code, err).toBe(EXIT.ok);
    expect(readFileSync(join(dir, 'report-zh.html'), 'utf8')).toContain('<!DOCTYPE html>');
    expect(readFileSync(join(dir, 'report-zh.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);
});
