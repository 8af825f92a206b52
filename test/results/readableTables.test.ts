import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { READING_COLUMNS, toDataFrame } from '../../src/dataframe';
import { resultTableHtml, runScenario } from '../../src/index';

const result = runScenario(join(__dirname, '..', '..', 'scenarios', 'china-national-2025.yaml'));
const employee = result.funds.find((f) => f.id === 'employee')!;

describe('readable tables for notebooks (issue 12 item 6)', () => {
  it('toDataFrame with READING_COLUMNS and digits keeps those columns in order, rounded to the digit', () => {
    const df = toDataFrame(result, 'employee', { columns: READING_COLUMNS, digits: 1 });
    expect(df.columns).toEqual(READING_COLUMNS);
    const balances = df.column('balance').values as number[];
    const source = [...(employee.history ?? []).map((h) => h.balance), ...employee.rows.map((r) => r.balance)];
    expect(balances).toHaveLength(source.length);
    // rounding to 0.1 moves a value by at most 0.05 (plus float noise), and leaves one decimal
    balances.forEach((b, i) => {
      if (source[i] === null) return expect(b).toBeNull(); // an observed year without a balance
      expect(Math.abs(b - (source[i] as number))).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(Math.round(b * 10) / 10).toBe(b);
    });
    expect(() => toDataFrame(result, 'employee', { columns: ['year', 'nope'] })).toThrow(/no result column 'nope'/);
  });

  it('resultTableHtml: one table per fund, seven columns, Chinese labels, escaped names, the step respected', () => {
    const html = resultTableHtml(result, { lang: 'zh', step: 5 });
    expect(html.match(/<table/g)).toHaveLength(result.funds.length);
    expect(html).toContain('<th style="text-align:right;padding:2px 8px">可支付月数</th>');
    expect(html).toContain(employee.nameZh!);
    const rows = html.split('<tr>').length - 1;
    // per fund: header + observed years with money + 2026, 2031, … 2056 (every 5) + 2060
    const projected = employee.rows.filter((r, i) => i === 0 || i === employee.rows.length - 1 || (r.year - employee.rows[0].year) % 5 === 0).length;
    const one = resultTableHtml(result, { lang: 'en', fund: 'employee', step: 5 });
    const observed = (employee.history ?? []).filter((h) => [h.income, h.expenditure, h.surplus, h.balance].some((v) => v !== null)).length; // years with a money figure
    expect(one.split('<tr>').length - 1).toBe(1 + observed + projected);
    expect(rows).toBeGreaterThan(one.split('<tr>').length - 1);
    expect(one).toContain('(obs.)');
    const evil = { ...result, funds: [{ ...employee, name: '<script>x</script>' }] };
    expect(resultTableHtml(evil)).not.toContain('<script>');
    expect(() => resultTableHtml(result, { fund: 'nope' })).toThrow(/no rows for fund 'nope'/);
  });
});
