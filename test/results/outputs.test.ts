import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toDataFrame } from '../../src/dataframe';
import { formatTable, resultRows, runScenario, toCsv } from '../../src/index';

const result = runScenario(join(__dirname, '..', '..', 'scenarios', 'china-national-2024.yaml'));

describe('flat outputs carry the same numbers as the result', () => {
  it('resultRows: one row per fund and year, items prefixed, absent items null', () => {
    const { columns, rows } = resultRows(result);
    expect(rows).toHaveLength(2 * 36);
    expect(columns.slice(0, 9)).toEqual(['fund', 'year', 'openingBalance', 'income', 'expenditure', 'surplus', 'balance', 'reserveMonths', 'band']);
    const emp2030 = rows.find((r) => r.fund === 'employee' && r.year === 2030)!;
    const src = result.funds[0].rows.find((r) => r.year === 2030)!;
    expect(emp2030.balance).toBe(src.balance);
    expect(emp2030['income.employer_contributions']).toBe(src.incomeItems.employer_contributions);
    const res2030 = rows.find((r) => r.fund === 'resident' && r.year === 2030)!;
    expect(res2030['members.actives']).toBeNull(); // residents have no actives
  });

  it('CSV round-trips the numbers at full precision', () => {
    const lines = toCsv(result).trim().split('\n');
    const header = lines[0].split(',');
    const first = lines[1].split(',');
    expect(Number(first[header.indexOf('balance')])).toBe(result.funds[0].rows[0].balance);
    expect(first[header.indexOf('members.insured')]).toBe(''); // null → empty cell
  });

  it('toDataFrame gives the employee rows with their columns (danfojs)', () => {
    const df = toDataFrame(result, 'employee');
    expect(df.shape).toEqual([36, expect.any(Number)]);
    expect(df.column('balance').values).toEqual(result.funds[0].rows.map((r) => r.balance));
    expect(df.columns).not.toContain('members.insured'); // columns empty for this fund are dropped
    expect(() => toDataFrame(result, 'nope')).toThrow(/no rows for fund 'nope'/);
  });

  it('formatTable shows the first and last years and every step in between', () => {
    const text = formatTable(result, { step: 10 });
    for (const y of [2025, 2035, 2045, 2055, 2060]) expect(text).toContain(`│ ${y} │`);
    expect(text).not.toContain('│ 2026 │');
  });
});
