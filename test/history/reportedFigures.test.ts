import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHistoryCsv, parseScenario, resolveAssumptions } from '../../src/index';
import { itReportsIssues, scenarioIssues } from '../helpers/scenarioIssues';

const minimal = join(__dirname, '..', 'fixtures', 'minimal.yaml');

/** Warnings of a scenario extending minimal.yaml whose fund 'emp' has these history years (YAML, indented 8). */
function warningsOf(years: string, settings = '') {
  const text = `fundcast: 1\nextends: ${JSON.stringify(minimal)}\nid: h\nname: h\n${settings}funds:\n  emp:\n    opening: null\n    history:\n      basis: {scope: pooled}\n      years:\n${years}`;
  return resolveAssumptions(parseScenario(text, 'h.yaml')).warnings.filter((w) => w.code.startsWith('history_reported'));
}

// By hand: 2023 I = 1,250, E = 1,000, B = 6,000; 2024 I = 1,210, E = 1,100, B = 6,110 (= 6,000 + 110).
// A figure agrees within half a unit of its last written decimal (YAML keeps no trailing zeros: 6.0 is 6, ±0.5).
//   months 2023: current 6,000·12/1,000 = 72; next year 6,000·12/1,100 = 65.4545… → a published 65.5 is next year's
//   gap rate 2023: (E − I)/I = −250/1,250 = −0.2; (E − I)/E = −0.25 → a published −0.25 is on expenditure
//   surplus rate 2023: S/I = 250/1,250 = 0.2 → a published 0.2 is this project's basis: no warning
//   balance rate 2023: B/I = 4.8, B/E = 6 → a published 6.0 is on expenditure
//   months 2024: current 6,110·12/1,100 = 66.6545…; no 2025 year, so no next-year figure → 80 matches nothing
//   gap rate 2024: −110/1,210 = −0.090909 → a published −9.09 is a percentage
const YEARS = [
  '        2023: {income: 1250, expenditure: 1000, balance: 6000, reported: {reserve_months: 65.5, gap_rate: -0.25, surplus_rate: 0.2, balance_rate: 6.0}}',
  '        2024: {income: 1210, expenditure: 1100, balance: 6110, reported: {reserve_months: 80, gap_rate: -9.09}}',
].join('\n') + '\n';

describe('reported figures: which basis reproduces them (issue 19, item 6)', () => {
  const w = warningsOf(YEARS);
  const at = (year: number, figure: string) => w.find((x) => x.path.join('.') === `funds.emp.history.years.${year}.reported.${figure}`);

  it('months of reserve on next year\'s expenditure: a located warning naming both figures', () => {
    const m = at(2023, 'reserve_months')!;
    expect(m.code).toBe('history_reported_basis');
    expect(m.file).toBe('h.yaml');
    expect(m.line).toBe(11);
    expect(m.figures).toMatchObject({ reported: 65.5, current_year: 72 });
    expect(m.figures.next_year as number).toBeCloseTo(6000 * 12 / 1100, 12);
    expect(m.difference).toBeCloseTo(65.5 - 72, 12);
    expect(m.message.en).toContain("the reported months of reserve 65.5 is reproduced balance × 12 ÷ next year's expenditure (65.4545) — not on this scenario's basis, balance × 12 ÷ the year's expenditure (72); figures on the pooled-fund (统筹基金) scope");
    expect(m.message.zh).toContain('报告的可支付月数 65.5 按累计结余 × 12 ÷ 下年支出（65.4545）可以复现——而非本情景的口径累计结余 × 12 ÷ 当年支出（72）');
  });

  it('rates on expenditure instead of income; the project\'s own basis raises nothing', () => {
    expect(at(2023, 'gap_rate')!.code).toBe('history_reported_basis');
    expect(at(2023, 'gap_rate')!.message.en).toMatch(/gap rate -0\.25 is reproduced as a share of expenditure \(-0\.25\) — not on this scenario's basis, as a share of income \(-0\.2\)/);
    expect(at(2023, 'balance_rate')!.message.en).toMatch(/balance rate 6 is reproduced as a share of expenditure \(6\) — not on this scenario's basis, as a share of income \(4\.8\)/);
    expect(at(2023, 'surplus_rate')).toBeUndefined();
  });

  it('no basis: says so with every figure tried, and spots a percentage', () => {
    const m = at(2024, 'reserve_months')!;
    expect(m.code).toBe('history_reported_mismatch');
    expect(m.message.en).toContain("is reproduced by no basis fundcast knows: balance × 12 ÷ the year's expenditure = 66.6545");
    expect(m.message.en).toContain('with individual accounts');
    expect(m.message.zh).toContain('按 fundcast 已知的任何口径都无法复现');
    const g = at(2024, 'gap_rate')!;
    expect(g.code).toBe('history_reported_mismatch');
    expect(g.message.en).toContain('it matches as a percentage: write it as a share (-9.09 % → -0.0909)');
    expect(g.message.zh).toContain('按百分数理解则一致');
  });

  it("on the scenario's next-year basis, the next-year months raise nothing", () => {
    const next = warningsOf(YEARS, 'settings: {reserve_months_basis: next_year}\n');
    expect(next.find((x) => x.path.join('.').endsWith('2023.reported.reserve_months'))).toBeUndefined();
    expect(next.find((x) => x.path.join('.').endsWith('2023.reported.gap_rate'))!.code).toBe('history_reported_basis');
  });

  it('a figure the year cannot check is said to be unchecked', () => {
    const u = warningsOf('        2023: {income: 1250, expenditure: 1000, reported: {reserve_months: 5}}\n        2024: {income: 1210, expenditure: 1100, balance: 6110}\n');
    expect(u.map((x) => x.code)).toEqual(['history_reported_unchecked']);
    expect(u[0].message.en).toMatch(/cannot be checked: the history does not give the balance and expenditure/);
  });

  it('reads reported.* columns from a history CSV', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fundcast-reported-'));
    const file = join(dir, 'h.csv');
    writeFileSync(file, 'year,income,expenditure,balance,reported.reserve_months\n2023,1250,1000,6000,65.5\n2024,1210,1100,6110,\n');
    const { history, warnings } = loadHistoryCsv(file);
    expect(history.years[0].reported).toEqual({ reserve_months: 65.5 });
    expect(warnings.find((x) => x.code === 'history_reported_basis')!.line).toBe(2);
  });
});

describe('a combined pool beside its parts is checked against their sum', () => {
  const fund = (id: string, years: string, extra = '') => `  ${id}:\n    scheme: totals\n    name: ${id}\n    history:\n${extra}      years:\n${years}    income: {growth: 0.03}\n    expenditure: {growth: 0.04}\n    interest_rate: 0.01\n`;
  const text = (pool2024: string) => [
    'fundcast: 1\nid: pool\nname: pool\nbase_year: 2024\nend_year: 2030\nunits: {money: 10k yuan, persons: persons}\nfunds:\n',
    fund('a', '        2023: {income: 100, expenditure: 90, balance: 50}\n        2024: {income: 110, expenditure: 95, balance: 65}\n'),
    fund('b', '        2023: {income: 200, expenditure: 210, balance: 80}\n        2024: {income: 205, expenditure: 220, balance: 65}\n'),
    fund('pool', `        2023: {income: 300, expenditure: 300, balance: 130}\n        2024: ${pool2024}\n`, '      sum_of: [a, b]\n'),
  ].join('');
  const pools = (t: string) => resolveAssumptions(parseScenario(t, 'p.yaml')).warnings.filter((w) => w.code === 'history_pool_sum');

  it('a pool equal to the sum of its parts raises nothing', () => {
    // 2024: a 110 + b 205 = 315 income, 95 + 220 = 315 expenditure, 65 + 65 = 130 balance
    expect(pools(text('{income: 315, expenditure: 315, balance: 130}'))).toEqual([]);
  });

  it('a pool whose balance is not the sum: a located warning naming the pool, each part and the sum', () => {
    const w = pools(text('{income: 315, expenditure: 315, balance: 140}'));
    expect(w).toHaveLength(1);
    expect(w[0].path).toEqual(['funds', 'pool', 'history', 'years', '2024', 'balance']);
    expect(w[0].file).toBe('p.yaml');
    expect(w[0].line).toBeGreaterThan(0);
    expect(w[0].figures).toEqual({ combined: 140, sum: 130, a: 65, b: 65 });
    expect(w[0].difference).toBe(10);
    expect(w[0].message.en).toBe("fund 'pool', 2024: the combined pool's balance 140 ≠ the sum of its parts a 65 + b 65 = 130 (difference 10)");
    expect(w[0].message.zh).toBe("基金 'pool' 2024 年：合计基金的累计结余 140 ≠ 各组成基金之和 a 65 + b 65 = 130（差额 10）");
  });
});

describe('broken fixtures of the new history keys: located errors in English and Chinese', () => {
  const y = ['funds', 'emp', 'history', 'years', '2024', 'reported'];
  itReportsIssues(join(__dirname, '..', 'fixtures', 'history', 'invalid'), [
    ['reported-unknown-key.yaml', [...y, 'months'], /unknown key 'months' \(allowed here: reserve_months/, /未知的键 'months'/],
    ['reported-months-text.yaml', [...y, 'reserve_months'], /expected a number, found the text "six"/, /应为数字，实际为文本 "six"/],
    ['reported-gap-range.yaml', [...y, 'gap_rate'], /≤ 100, found the number 500/, /不大于 100/],
    ['sum-of-one.yaml', ['funds', 'emp', 'history', 'sum_of'], /at least 2 items, found a list of 1/, /至少 2 项/],
    ['sum-of-unknown.yaml', ['funds', 'emp', 'history', 'sum_of', 0], /names 'emp' — the fund itself/, /基金自身/],
    ['sum-of-unknown.yaml', ['funds', 'emp', 'history', 'sum_of', 1], /names 'ghost' — no such fund/, /没有该基金/],
  ]);
  it('reported-csv.yaml: the bad cell of a reported.* column, located in the CSV', () => {
    const issues = scenarioIssues(join(__dirname, '..', 'fixtures', 'history', 'invalid', 'reported-csv.yaml'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 2, column: 5, path: ['funds', 'emp', 'history', 'file'] });
    expect(issues[0].file).toMatch(/reported-bad\.csv$/);
    expect(issues[0].message.en).toBe("reported.gap_rate of 2024 is not a number: 'high'");
    expect(issues[0].message.zh).toBe("2024 年的 reported.gap_rate 不是数字：'high'");
  });
});
