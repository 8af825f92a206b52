import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/main';
import { runCli as run } from '../helpers/runCli';
import { EXIT_INFEASIBLE } from '../../src/cli/exitCodes';
import { root } from './load';

const district = join(root, 'scenarios', 'examples', 'small-district.yaml');
const national = join(root, 'scenarios', 'china-national-2024.yaml');
const hand = join(__dirname, 'fixtures', 'hand-employee.yaml');


describe('fundcast solve', () => {
  it('solves the hand fixture (x = 0.0565, see solveLever.test.ts) and prints it with the binding year', async () => {
    const { code, out } = await run('solve', hand, '--fund', 'emp', '--lever', 'employer_rate', '--target', 'min-months:6');
    expect(code).toBe(EXIT.ok);
    const v = Number(/Solved value: ([\d.]+)/.exec(out)![1]);
    expect(v - 0.0565).toBeGreaterThanOrEqual(0);
    expect(v - 0.0565).toBeLessThanOrEqual(1e-6);
    expect(out).toMatch(/Binding year: 2021/);
    expect(out).toMatch(/Target: reserve months ≥ 6 in every year 2021–2022/);
  });

  it('--format json carries the value, path and re-projected fund (no typed arrays)', async () => {
    const { code, out } = await run('solve', hand, '--fund', 'emp', '--lever', 'employer_rate', '--target', 'band:2022:6:9', '--direction', 'max', '--format', 'json');
    expect(code).toBe(EXIT.ok);
    const j = JSON.parse(out);
    expect(j.feasible).toBe(true);
    expect(11615 / 210000 - j.value).toBeGreaterThanOrEqual(0); // hand: highest rate with M_2022 ≤ 9
    expect(11615 / 210000 - j.value).toBeLessThanOrEqual(1e-6);
    expect(j.path).toEqual([{ year: 2021, value: j.value }]);
    expect(j.result.funds[0].rows.find((r: any) => r.year === 2022).reserveMonths).toBeLessThanOrEqual(9);
    expect(j).not.toHaveProperty('assumptions');
  });

  it('phase-in, bounds and Chinese output', async () => {
    const { code, out } = await run('solve', hand, '--fund', 'emp', '--lever', 'employer_rate', '--target', 'min-months:6:2022-2022', '--max-change', '0.008', '--min', '0.01', '--max', '0.2', '--lang', 'zh');
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/搜索范围：\[0\.01, 0\.2\]，自2021年起（现值 0\.04），每年调整不超过 0\.008/);
    expect(out).toMatch(/参数路径（各年起执行）：2021 0\.048, 2022 0\.0521/); // hand: 0.048 then 0.0521
  });

  it('pay-as-you-go on the small district prints one value per year', async () => {
    const { code, out } = await run('solve', district, '--fund', 'employee', '--lever', 'employer_rate', '--target', 'paygo', '--format', 'json');
    expect(code).toBe(EXIT.ok);
    const j = JSON.parse(out);
    expect(j.value).toBeNull();
    expect(j.path.map((p: any) => p.year)).toEqual(Array.from({ length: 21 }, (_, i) => 2025 + i));
  });

  it(`exit ${EXIT_INFEASIBLE} with the reason when no value within the bounds works`, async () => {
    expect(EXIT_INFEASIBLE).toBe(3);
    const { code, out } = await run('solve', hand, '--fund', 'emp', '--lever', 'employer_rate', '--target', 'min-months:6', '--max', '0.05', '--wide'); // --wide: the reason on one line
    expect(code).toBe(3);
    expect(out).toMatch(/No feasible value: .*misses it by 1\.733333 months in 2021/); // hand: at 0.05, M_2021 = 4.266667
    const zh = await run('solve', hand, '--fund', 'emp', '--lever', 'employer_rate', '--target', 'min-months:6', '--max-change', '0.005', '--lang', 'zh', '--format', 'json');
    expect(zh.code).toBe(3);
    expect(JSON.parse(zh.out).reason.code).toBe('infeasible');
  });

  it('exit 1 for invalid arguments, with a message', async () => {
    const base = ['solve', district, '--fund', 'employee', '--lever', 'employer_rate'];
    for (const [args, msg] of [
      [[...base, '--target', 'months:6'], /cannot read target 'months:6'/],
      [[...base, '--target', 'band:2099:6:9'], /target year must be a projected year 2025–2045/],
      [[...base, '--target', 'paygo', '--from', '2024'], /from must be a projected year/],
      [[...base, '--target', 'paygo', '--from', 'soon'], /a calendar year, found 'soon'/],
      [[...base, '--target', 'paygo', '--max-change', '-1'], /a positive number/],
      [[...base, '--target', 'paygo', '--min', '0.3', '--max', '0.2'], /lower < upper/],
      [['solve', district, '--fund', 'resident', '--lever', 'employer_rate', '--target', 'paygo'], /no fund 'resident'/],
      [['solve', district, '--fund', 'employee', '--lever', 'premium_per_head', '--target', 'paygo'], /unknown lever 'premium_per_head'/],
      [[...base], /required option '--target <spec>' not specified/],
    ] as const) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(EXIT.invalidInput);
      expect(r.err).toMatch(msg);
    }
    expect((await run('solve', join(root, 'nope.yaml'), '--fund', 'employee', '--lever', 'employer_rate', '--target', 'paygo')).code).toBe(EXIT.invalidInput);
  });

  it('--help documents the targets and exit code 3', async () => {
    const { code, out } = await run('solve', '--help');
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/stable:2030:2060/);
    expect(out).toMatch(/3 no feasible value within the bounds/);
  });
});

describe('fundcast verdict', () => {
  it('prints every fund\'s verdict, in Chinese when asked', async () => {
    const { code, out } = await run('verdict', national, '--lang', 'zh');
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/职工基本医疗保险统筹基金 \[employee\]/);
    expect(out).toMatch(/城乡居民基本医疗保险基金 \[resident\]/);
    expect(out).toMatch(/首个当期赤字年份：\d{4}/);
  });

  it('--format json matches the projection\'s own first deficit and exhaustion years', async () => {
    const { code, out } = await run('verdict', district, '--fund', 'employee', '--format', 'json');
    expect(code).toBe(EXIT.ok);
    const j = JSON.parse(out);
    const projected = JSON.parse((await run('run', district, '--format', 'json')).out).funds[0];
    expect(j.verdicts).toHaveLength(1);
    expect(j.verdicts[0].firstDeficitYear).toBe(projected.firstDeficitYear);
    expect(j.verdicts[0].exhaustionYear).toBe(projected.exhaustionYear);
    expect(j.verdicts[0].belowLow.years).toEqual(projected.rows.filter((r: any) => r.reserveMonths < 3).map((r: any) => r.year));
  });

  it('exit 1 for an unknown fund or option value', async () => {
    const r = await run('verdict', district, '--fund', 'nope');
    expect(r.code).toBe(EXIT.invalidInput);
    expect(r.err).toMatch(/no fund 'nope'.*没有基金/);
    expect((await run('verdict', district, '--format', 'xml')).code).toBe(EXIT.invalidInput);
  });
});
