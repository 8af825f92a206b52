import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FundcastError } from '../../src/errors/FundcastError';
import { loadRegions } from '../../src/regions/loadRegions';
import { rankRegions } from '../../src/regions/rankRegions';
import { ScenarioError } from '../../src/scenario/ScenarioError';

const SRC = 'test/fixtures/regions';
const FILES = ['four.regions.yaml', 'four-regions.csv', 'four-flows.csv'];

/** A copy of the four-region fixture with one file's text changed by `edit`: one broken fixture per failure mode. */
function broken(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'fundcast-regions-'));
  for (const f of FILES) copyFileSync(join(SRC, f), join(dir, f));
  writeFileSync(join(dir, file), edit(readFileSync(join(SRC, file), 'utf8')));
  return join(dir, 'four.regions.yaml');
}

function thrown(file: string): FundcastError | ScenarioError {
  try {
    loadRegions(file);
  } catch (e) {
    if (e instanceof FundcastError || e instanceof ScenarioError) return e;
    throw e;
  }
  throw new Error('accepted but must be rejected');
}

describe('region files: every failure located, in English and Chinese', () => {
  it('a bad number in the table: file, line and column', () => {
    const e = thrown(broken('four-regions.csv', (t) => t.replace('County B,乙县,90000', 'County B,乙县,many'))) as FundcastError;
    expect(e.code).toBe('regions.table.column');
    expect(e.en).toMatch(/four-regions\.csv:4: column 'insured': expected a number/);
    expect(e.zh).toMatch(/第 4 行 'insured' 列/);
  });
  it('an unknown column', () => {
    const e = thrown(broken('four-regions.csv', (t) => t.replace('interest_rate\n', 'interest\n'))) as FundcastError;
    expect(e.code).toBe('regions.table.header');
    expect(e.en).toMatch(/unknown interest/);
  });
  it('a region listed twice', () => {
    const e = thrown(broken('four-regions.csv', (t) => t + 'city,City again,,1,1,1,1,,,\n')) as FundcastError;
    expect([e.code, e.en]).toEqual(['regions.table.duplicate', expect.stringMatching(/line 2/)]);
    expect(e.zh).toMatch(/重复/);
  });
  it('an override for a region the table does not have', () => {
    const e = thrown(broken('four.regions.yaml', (t) => t.replace('county-b: {expenditure', 'county-c: {expenditure'))) as FundcastError;
    expect(e.code).toBe('regions.unknownRegion');
    expect(e.en).toMatch(/four\.regions\.yaml:\d+: overrides: unknown region 'county-c'/);
    expect(e.zh).toMatch(/未知地区/);
  });
  it('a bad value in an override: located at its line in the region file', () => {
    const file = broken('four.regions.yaml', (t) => t.replace('{expenditure: {growth: 0.08}}', '{expenditure: {growth: 8}}'));
    const e = thrown(file) as ScenarioError;
    const issue = e.issues.find((i) => i.path.join('.') === 'overrides.county-b.expenditure.growth');
    expect(issue, JSON.stringify(e.issues.map((i) => i.path))).toBeDefined();
    expect(issue!.line).toBe(readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('growth: 8')) + 1);
    expect(issue!.message.zh).toMatch(/\S/);
  });
  it('a bad shared value: located under shared (reported once, not once per region)', () => {
    const e = thrown(broken('four.regions.yaml', (t) => t.replace('  interest_rate: 0.015\noverrides', '  interest_rate: 9\noverrides'))) as ScenarioError;
    const issues = e.issues.filter((i) => i.path.join('.') === 'shared.interest_rate');
    expect(issues).toHaveLength(1);
    expect(issues[0].line).toBeGreaterThan(0);
  });
  it('a bad local parameter in the table: located at the table line', () => {
    // a number the table accepts, out of the scenario schema's bounds for an interest rate (−0.1 … 0.5)
    const e = thrown(broken('four-regions.csv', (t) => t.replace('36000,37000,20000,,,', '36000,37000,20000,,,0.9'))) as ScenarioError;
    const issue = e.issues.find((i) => i.file === 'four-regions.csv');
    expect(issue, JSON.stringify(e.issues)).toBeDefined();
    expect([issue!.line, issue!.path]).toEqual([4, ['county-b', 'interest_rate']]);
  });
  it('an unknown key in the region file (with the allowed ones)', () => {
    const e = thrown(broken('four.regions.yaml', (t) => t.replace('pooling:', 'poolin:'))) as ScenarioError;
    expect(e.issues[0].path).toEqual(['poolin']);
    expect(e.issues[0].line).toBeGreaterThan(0);
  });
  it('an unknown pays rule of the adjustment fund', () => {
    const e = thrown(broken('four.regions.yaml', (t) => t.replace('pays: balance_floor', 'pays: everything'))) as ScenarioError;
    expect(e.issues[0].path).toEqual(['pooling', 'adjustment_fund', 'pays']);
  });
  it('rules that make flows depend on the balance are refused', () => {
    const e = thrown(broken('four.regions.yaml', (t) => t.replace('  interest_rate: 0.015\noverrides', '  interest_rate: 0.015\n  rules: {}\noverrides'))) as FundcastError;
    expect(e.code).toBe('regions.balanceDependent');
    expect(e.zh).toMatch(/不能使用/);
  });
  it('out-of-region shares above 1 for a residence', () => {
    const e = thrown(broken('four-flows.csv', (t) => t + 'county-a,district,0.95\n')) as FundcastError;
    expect(e.code).toBe('regions.flows.share');
    expect(e.en).toMatch(/four-flows\.csv:6: .*'county-a'.* more than 1/);
  });
  it('out-of-region care to an unknown region', () => {
    const e = thrown(broken('four-flows.csv', (t) => t.replace('district,outside', 'district,elsewhere'))) as FundcastError;
    expect(e.code).toBe('regions.unknownRegion');
    expect(e.en).toMatch(/four-flows\.csv:5/);
  });
});

describe('rankRegions', () => {
  it('earliest exhaustion first, then probability, first deficit, top-up per insured, id', () => {
    const r = (id: string, exhaustionYear: number | null, probabilityOfExhaustion: number | null, firstDeficitYear: number | null, topUpPerInsured: number) => ({ id, name: id, nameZh: null, exhaustionYear, probabilityOfExhaustion, firstDeficitYear, topUpPerInsured });
    const ranked = rankRegions([r('e', null, 0, null, 0), r('d', null, 0.2, 2030, 10), r('c', 2040, 0.9, 2030, 5), r('b', 2031, 0.5, 2029, 1), r('a', 2031, 0.5, 2029, 1), r('f', null, 0.2, 2030, 50)]);
    expect(ranked.map((x) => x.id)).toEqual(['a', 'b', 'c', 'f', 'd', 'e']);
    expect(ranked.map((x) => x.rank)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
