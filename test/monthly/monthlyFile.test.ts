import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, project, resolveAssumptions, resolveMonthly, ScenarioError } from '../../src/index';

const fixtures = join(__dirname, '..', 'fixtures', 'monthly');
const files = join(fixtures, 'files');

describe('monthly figures from a CSV file: the same months as the inline block', () => {
  const inline = resolveMonthly(loadScenario(join(fixtures, 'county.yaml'))).monthly.get('emp')!;
  // where 2021-02's income is in each file (written by hand from the layouts): long — line 4 (header,
  // 2021-01 income, 2021-01 expenditure, 2021-02 income), value column 5; by month — line 3, column 2;
  // by year — the 2021 income row is line 2, column m02 is the 4th
  const layouts = [
    { name: 'long', line: 4, column: 5 },
    { name: 'by-month', line: 3, column: 2 },
    { name: 'by-year', line: 2, column: 4 },
  ];
  for (const l of layouts) {
    it(`${l.name}: every month equal to the inline fixture, each figure located in the CSV`, () => {
      const loaded = loadScenario(join(files, `county-${l.name}.yaml`));
      const { monthly, issues } = resolveMonthly(loaded);
      expect(issues).toEqual([]);
      const h = monthly.get('emp')!;
      expect([h.figures, h.currentYear]).toEqual([inline.figures, inline.currentYear]);
      expect(h.years).toEqual(inline.years);
      const at = h.locate('2021-02', ['income']);
      expect(at.file.endsWith(`county-${l.name}.csv`)).toBe(true);
      expect([at.line, at.column]).toEqual([l.line, l.column]);
    });
    it(`${l.name}: the projection from the file is the projection from the inline block`, () => {
      const a = resolveAssumptions(loadScenario(join(files, `county-${l.name}.yaml`)));
      const b = resolveAssumptions(loadScenario(join(fixtures, 'county.yaml')));
      expect(a.warnings).toEqual([]);
      expect(a.funds[0]!.currentYear).toEqual(b.funds[0]!.currentYear);
      expect(project(a, { demography: false }).funds[0]!.rows).toEqual(project(b, { demography: false }).funds[0]!.rows);
    });
  }

  it('the long layout reads only its fund’s rows (the file’s row of fund `other` is left out)', () => {
    const h = resolveMonthly(loadScenario(join(files, 'county-long.yaml'))).monthly.get('emp')!;
    expect(h.years.get(2025)![6]).toBeNull();
  });

  it('the checks of inline figures run on a file, located in it: a falling year to date', () => {
    const a = resolveAssumptions(loadScenario(join(files, 'falling.yaml')));
    const w = a.warnings.find((x) => x.code === 'monthly_ytd_falling')!;
    expect(w.file.endsWith('falling.csv')).toBe(true);
    // 2025-02 is line 3 of the file, income its 2nd column
    expect([w.line, w.column, w.figures]).toEqual([3, 2, { line: 'income', before: 100, now: 95 }]);
    expect(w.message.zh).toMatch(/2025-02/);
  });
});

const invalid = join(fixtures, 'invalid');
const m = ['funds', 'emp', 'monthly'];
const jan = [...m, 'months', '2025-01'];

// One broken fixture per new key and per way a file can be wrong: the file the first issue names
// (the scenario or the CSV), its code, path, line and column, and what both sentences must say.
const cases: { fixture: string; file: string; code: string; path: (string | number)[]; line: number | undefined; column?: number; en: RegExp; zh: RegExp }[] = [
  { fixture: 'file-and-months.yaml', file: 'file-and-months.yaml', code: 'monthly_months_and_file', path: [...m, 'file'], line: 7, en: /both `months` and `file`/, zh: /只能给其一/ },
  { fixture: 'file-number.yaml', file: 'file-number.yaml', code: 'invalid_type', path: [...m, 'file'], line: 7, en: /expected a text, found the number 7/, zh: /应为文本/ },
  { fixture: 'file-missing.yaml', file: 'file-missing.yaml', code: 'input.notFound', path: [...m, 'file'], line: 7, en: /not found: .*no-such-file\.csv/, zh: /找不到文件/ },
  { fixture: 'file-layout.yaml', file: 'layout.csv', code: 'missing_column', path: [...m, 'file'], line: 1, column: 1, en: /line,year,month,value \(long\)/, zh: /月度数据 CSV 须为以下格式之一/ },
  { fixture: 'file-unknown-column.yaml', file: 'unknown-column.csv', code: 'unknown_column', path: [...m, 'file'], line: 1, column: 4, en: /unknown column 'spending'/, zh: /未知列 'spending'/ },
  { fixture: 'file-duplicate-column.yaml', file: 'duplicate-column.csv', code: 'duplicate_column', path: [...m, 'file'], line: 1, column: 4, en: /'1' repeats a month/, zh: /月份列 '1'/ },
  { fixture: 'file-cells.yaml', file: 'cells.csv', code: 'csv_cells', path: [...m, 'file'], line: 3, column: 1, en: /expected 3 cells, found 2/, zh: /应有 3 个字段，实际 2 个/ },
  { fixture: 'file-period.yaml', file: 'period.csv', code: 'invalid_month', path: [...m, 'file'], line: 3, column: 1, en: /'2025-13' is not a month written YYYY-MM/, zh: /不是 YYYY-MM/ },
  { fixture: 'file-year.yaml', file: 'year.csv', code: 'invalid_year', path: [...m, 'file'], line: 2, column: 2, en: /'25' is not a four-digit year/, zh: /不是四位年份/ },
  { fixture: 'file-month.yaml', file: 'month.csv', code: 'invalid_month', path: [...m, 'file'], line: 3, column: 3, en: /'Feb' is not a month number/, zh: /不是 1—12 的月份数/ },
  { fixture: 'file-basis.yaml', file: 'basis.csv', code: 'invalid_value', path: [...m, 'file'], line: 2, column: 5, en: /basis 'monthly' is not a footing/, zh: /口径 'monthly' 无效/ },
  { fixture: 'file-footing.yaml', file: 'footing.csv', code: 'monthly_footing', path: [...m, 'file'], line: 3, column: 5, en: /footing '累计' but the monthly block says figures: month/, zh: /同一基金只能用一种口径/ },
  { fixture: 'file-line.yaml', file: 'line.csv', code: 'unknown_line', path: [...m, 'file'], line: 3, column: 1, en: /unknown line 'premiums'/, zh: /未知项目 'premiums'/ },
  { fixture: 'file-value.yaml', file: 'value.csv', code: 'invalid_type', path: [...m, 'file'], line: 2, column: 4, en: /income of 2025-01 has no value/, zh: /没有数值/ },
  { fixture: 'file-number-text.yaml', file: 'number-text.csv', code: 'invalid_type', path: [...m, 'file'], line: 3, column: 4, en: /expenditure of 2025-02 is not a number: '1 200'/, zh: /不是数字/ },
  { fixture: 'file-duplicate.yaml', file: 'duplicate.csv', code: 'duplicate_figure', path: [...m, 'file'], line: 4, column: 4, en: /income of 2025-01 is given twice \(first on line 2\)/, zh: /重复给出（首次在第 2 行）/ },
  { fixture: 'file-mixed-basis.yaml', file: 'mixed-basis.csv', code: 'mixed_basis', path: [...m, 'file'], line: 3, column: 5, en: /different scope: 'pooled' \(line 2\) and 'with_accounts'/, zh: /scope 不一致/ },
  { fixture: 'file-schema.yaml', file: 'schema.csv', code: 'too_small', path: [...jan, 'members', 'actives'], line: 2, column: 4, en: /≥ 0, found the number -5/, zh: /不小于 0/ },
  { fixture: 'file-scope-value.yaml', file: 'scope-value.csv', code: 'invalid_value', path: [...jan, 'basis', 'scope'], line: 2, column: 3, en: /"pooled", "with_accounts", found the text "everything"/, zh: /实际为文本 "everything"/ },
  // a month is located at its first figure (line 3, the income column)
  { fixture: 'file-future.yaml', file: 'future.csv', code: 'monthly_future', path: [...m, 'months', '2026-01'], line: 3, column: 2, en: /2026-01 is after the current year 2025/, zh: /晚于当前年度 2025 年/ },
];

describe('broken monthly files: a located error in English and Chinese', () => {
  for (const c of cases) {
    it(c.fixture, () => {
      let error: unknown;
      try {
        resolveAssumptions(loadScenario(join(invalid, c.fixture)));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ScenarioError);
      const issue = (error as ScenarioError).issues[0]!;
      expect(issue.file.endsWith(c.file)).toBe(true);
      expect([issue.code, issue.path, issue.line]).toEqual([c.code, c.path, c.line]);
      if (c.column !== undefined) expect(issue.column).toBe(c.column);
      expect(issue.message.en).toMatch(c.en);
      expect(issue.message.zh).toMatch(c.zh);
    });
  }
});
