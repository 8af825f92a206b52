import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exitCodes';
import { runCli } from '../helpers/runCli';
import { MAX_PATH_YEARS } from '../../src/montecarlo/simulate';

const root = join(__dirname, '..', '..');
const example = join(root, 'scenarios', 'examples', 'national-stochastic.yaml');
const work = mkdtempSync(join(tmpdir(), 'fundcast-simulate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = runCli;

describe('fundcast simulate', () => {
  it('--format json: the summary as plain data, quiet on a non-terminal', async () => {
    const { code, out, err } = await run('simulate', example, '--paths', '300', '--threads', '1', '--seed', 'cli', '--format', 'json');
    expect(code).toBe(EXIT.ok);
    expect(err).toBe('');
    const r = JSON.parse(out);
    expect(r.settings).toMatchObject({ paths: 300, seed: 'cli', firstPath: 0, quantiles: [0.025, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975] });
    expect(r.funds.map((f: { id: string }) => f.id)).toEqual(['employee', 'resident']);
    const row = r.funds[0].rows[10];
    expect(Object.keys(row.balance)).toEqual(['p2.5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p97.5']);
    // quantiles ascend; probabilities are shares
    const q = Object.values(row.balance) as number[];
    expect(q).toEqual([...q].sort((a, b) => a - b));
    for (const p of [row.pDeficit, row.pExhaustedBy, ...Object.values(row.pBelow)] as number[]) expect(p >= 0 && p <= 1).toBe(true);
    const d = r.funds[0].exhaustionYear;
    expect(d.byYear.reduce((s: number, x: { share: number }) => s + x.share, 0) + d.notWithinHorizon).toBeCloseTo(1, 12);
  });

  it('the table in Chinese names the probabilities', async () => {
    const { code, out } = await run('simulate', example, '--paths', '200', '--threads', '1', '--lang', 'zh');
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/蒙特卡洛模拟：200 条路径，种子 1/);
    expect(out).toMatch(/累计结余耗尽：2060 年前发生的概率/);
  });

  it('a scenario without a stochastic block runs, and says that every path is the deterministic projection', async () => {
    const { code, out } = await run('simulate', join(root, 'scenarios', 'examples', 'small-district.yaml'), '--paths', '20', '--wide'); // --wide: sentences unwrapped
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/no stochastic block: every path is the deterministic projection/);
  });

  it('--out writes simulation.json and both summaries, and the JSON is the printed one', async () => {
    const dir = join(work, 'out');
    const { code, out } = await run('simulate', example, '--paths', '100', '--threads', '1', '--format', 'json', '--out', dir);
    expect(code).toBe(EXIT.ok);
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(['simulation.json', 'summary-en.txt', 'summary-zh.txt']));
    expect(readFileSync(join(dir, 'simulation.json'), 'utf8')).toBe(out);
  });

  it('beyond the memory limit of exact quantiles: exit 1, advice that names options the command has and a path count that fits', async () => {
    const { code, err } = await run('simulate', example, '--paths', '100000000', '--threads', '1', '--exact');
    expect(code).toBe(EXIT.invalidInput);
    const help = (await run('simulate', '--help')).out;
    const named = [...err.matchAll(/--[a-z-]+/g)].map((m) => m[0]);
    expect(named).toContain('--paths');
    expect(named).toContain('--exact'); // leaving it out lifts the limit
    for (const option of named) expect(help, option).toContain(option);
    expect(err).not.toMatch(/firstPath/); // a library option the command line cannot pass
    // the count advised: the most whole paths whose fund-years (funds × projected years) fit in MAX_PATH_YEARS
    const most = Number(/--paths (\d+)/.exec(err)![1]);
    const json = JSON.parse((await run('simulate', example, '--paths', '2', '--threads', '1', '--format', 'json')).out);
    const fundYears = json.funds.reduce((n: number, f: { rows: unknown[] }) => n + f.rows.length, 0);
    expect(most * fundYears).toBeLessThanOrEqual(MAX_PATH_YEARS);
    expect((most + 1) * fundYears).toBeGreaterThan(MAX_PATH_YEARS);
    expect(err).toMatch(/请将路径数减至/);
  });

  it('--dry-run prints the plan and the memory its data need, and runs nothing', async () => {
    const json = JSON.parse((await run('simulate', example, '--paths', '2', '--threads', '1', '--format', 'json')).out);
    const fundYears = json.funds.reduce((n: number, f: { rows: unknown[] }) => n + f.rows.length, 0);
    const exact = await run('simulate', example, '--paths', '200000', '--threads', '1', '--exact', '--dry-run');
    expect(exact.code).toBe(EXIT.ok);
    // exact quantiles keep 5 doubles per path-year and 16 bytes per path: 40·PY·N + 16·N bytes
    expect(exact.out).toContain(`${Math.round((40 * fundYears * 200000 + 16 * 200000) / 1e6).toLocaleString('en-US')} MB`);
    expect(exact.out).toMatch(/200,000 paths, 1 thread, exact quantiles/);
    const streamed = await run('simulate', example, '--paths', '10000000', '--threads', '2', '--dry-run');
    expect(streamed.code).toBe(EXIT.ok);
    expect(streamed.out).toMatch(/10,000,000 paths, 2 threads, histogram quantiles/);
    expect(streamed.out).not.toMatch(/Monte Carlo:/); // nothing ran
    // histogram runs: the same memory for 10⁶ and 10⁷ paths
    const mb = (out: string) => /about ([\d,]+) MB/.exec(out)![1];
    expect(mb((await run('simulate', example, '--paths', '1000000', '--threads', '2', '--dry-run')).out)).toBe(mb(streamed.out));
  });

  it('refuses a non-positive-definite correlation matrix with the located error (exit 1)', async () => {
    const { code, err } = await run('simulate', join(__dirname, 'fixtures', 'not-positive-definite.yaml'), '--paths', '10', '--threads', '1');
    expect(code).toBe(EXIT.invalidInput);
    expect(err).toMatch(/not-positive-definite\.yaml:13:\d+\s+stochastic\.correlations\[2\]/);
    expect(err).toMatch(/不是正定矩阵/);
  });

  it('refuses bad options (exit 1): paths, seed, more paths than the memory bound of --exact', async () => {
    expect((await run('simulate', example, '--paths', '0', '--threads', '1')).code).toBe(EXIT.invalidInput);
    expect((await run('simulate', example, '--paths', 'many')).code).toBe(EXIT.invalidInput);
    const bad = await run('simulate', example, '--seed', 'a b', '--threads', '1', '--paths', '5');
    expect(bad.code).toBe(EXIT.invalidInput);
    expect(bad.err).toMatch(/seed/);
    // 400,000 paths × 2 funds × 36 years = 28.8 million path-years > 20 million: refused before any memory is taken
    const big = await run('simulate', example, '--paths', '400000', '--threads', '1', '--exact');
    expect(big.code).toBe(EXIT.invalidInput);
    expect(big.err).toMatch(/at most 277777 paths here/);
  });
});
