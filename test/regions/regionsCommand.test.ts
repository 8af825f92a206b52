import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';

const FILE = 'test/fixtures/regions/four.regions.yaml';

describe('fundcast regions', () => {
  it('prints each pooling rule with the regions ranked (district first: its expenditure grows 7 % against income 4 %)', async () => {
    const { code, out } = await runCli('regions', FILE);
    expect(code).toBe(0);
    expect(out).toMatch(/separate regional funds/);
    expect(out).toMatch(/adjustment fund/);
    expect(out.split('\n').find((l) => /│ 1 │/.test(l))).toMatch(/District/);
    expect(Math.max(...out.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
  });
  it('shows who pays and who receives as the budget lines; the nets add up to what the fund paid out net', async () => {
    const { code, out } = await runCli('regions', FILE, '--lang', 'zh');
    expect(code).toBe(0);
    const block = out.slice(out.indexOf('调剂金: 全省结余'));
    expect(block).toMatch(/上解上级支出.*上级补助收入.*净额/);
    const row = (name: string) => block.split('\n').find((l) => l.startsWith(`│ ${name}`))!.split('│').slice(2, 5).map((c) => Number(c.trim()));
    // the city remits 5 % of its own income, 240,000 growing 4 % a year, in 2025–2034, and receives nothing
    let remitted = 0;
    for (let t = 1; t <= 10; t++) remitted += 0.05 * 240000 * 1.04 ** t;
    const [up, down, net] = row('市本级');
    expect(Math.abs(up - remitted)).toBeLessThanOrEqual(1); // rounded to the 10k yuan
    expect([down, net]).toEqual([0, -up]);
    const fund = /调剂金: 下级上解收入 (\d+), 补助下级支出 (\d+)/.exec(block)!;
    const nets = ['乙县', '某区', '甲县', '市本级'].reduce((s, n) => s + row(n)[2], 0);
    // Σ (received − paid) over the regions = what the fund paid − what it received; 4 rounded nets and 2 rounded totals
    expect(Math.abs(nets - (Number(fund[2]) - Number(fund[1])))).toBeLessThanOrEqual(3);
  });
  it('writes the CSV files; transfers.csv carries the four budget lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fundcast-regions-out-'));
    const { code } = await runCli('regions', FILE, '--out', dir);
    expect(code).toBe(0);
    const transfers = readFileSync(join(dir, 'transfers.csv'), 'utf8');
    for (const line of ['上解上级支出', '上级补助收入', '下级上解收入', '补助下级支出']) expect(transfers).toContain(line);
    const ranking = readFileSync(join(dir, 'ranking.csv'), 'utf8').trim().split('\n');
    expect(ranking[0]).toBe('rule,rank,region,name,first_deficit_year,exhaustion_year,probability_of_exhaustion,top_up_per_insured');
    expect(ranking.length).toBe(1 + 3 * 4);
  });
  it('a broken region file exits 1 with a bilingual located message', async () => {
    const { code, err } = await runCli('regions', 'test/fixtures/regions/missing.regions.yaml');
    expect(code).toBe(1);
    expect(err).toMatch(/missing\.regions\.yaml/);
  });
  it('an unknown rule is an error in both languages', async () => {
    const { code, err } = await runCli('regions', FILE, '--rule', 'everything');
    expect(code).toBe(1);
    expect(err).toMatch(/unknown pooling rule 'everything'.*未知统筹规则/s);
  });
});
