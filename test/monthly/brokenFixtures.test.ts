import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, resolveAssumptions, ScenarioError } from '../../src/index';

const dir = join(__dirname, '..', 'fixtures', 'monthly', 'invalid');
const m = ['funds', 'emp', 'monthly'];
const month = [...m, 'months', '2025-01'];

// One broken fixture per key of the `monthly` block (docs/monthly.md): the first issue's code, its
// path and line in the fixture, and what the English and the Chinese sentence must say.
const cases: { fixture: string; code: string; path: (string | number)[]; line: number; en: RegExp; zh: RegExp }[] = [
  { fixture: 'figures-unknown.yaml', code: 'invalid_value', path: [...m, 'figures'], line: 6, en: /"year_to_date", "month", found the text "cumulative"/, zh: /实际为文本 "cumulative"/ },
  { fixture: 'figures-missing.yaml', code: 'invalid_value', path: [...m, 'figures'], line: 6, en: /found nothing \(the field is missing\)/, zh: /实际为缺失/ },
  { fixture: 'months-missing.yaml', code: 'missing', path: [...m, 'months'], line: 6, en: /required field is missing/, zh: /缺少必填字段/ },
  { fixture: 'month-key.yaml', code: 'invalid_key', path: [...m, 'months', '2025-13'], line: 7, en: /"2025-13": expected a month written YYYY-MM/, zh: /键 "2025-13" 无效/ },
  { fixture: 'month-future.yaml', code: 'monthly_future', path: [...m, 'months', '2026-01'], line: 7, en: /2026-01 is after the current year 2025/, zh: /2026-01 晚于当前年度 2025 年/ },
  { fixture: 'month-unknown-field.yaml', code: 'unknown_key', path: [...month, 'incomes'], line: 7, en: /did you mean 'income'/, zh: /是否应为 'income'/ },
  { fixture: 'month-income-text.yaml', code: 'invalid_type', path: [...month, 'income'], line: 7, en: /expected a number, found the text "many"/, zh: /应为数字，实际为文本 "many"/ },
  { fixture: 'month-expenditure-text.yaml', code: 'invalid_type', path: [...month, 'expenditure'], line: 7, en: /expected a number, found a list/, zh: /应为数字/ },
  { fixture: 'month-item-name.yaml', code: 'invalid_key', path: [...month, 'expenditure_items', 'Benefits'], line: 7, en: /lower-case item name/, zh: /键 "Benefits" 无效/ },
  { fixture: 'month-income-item-value.yaml', code: 'invalid_type', path: [...month, 'income_items', 'premium'], line: 7, en: /found the text "yes"/, zh: /实际为文本 "yes"/ },
  { fixture: 'month-balance-text.yaml', code: 'invalid_type', path: [...month, 'balance'], line: 7, en: /found the text "high"/, zh: /实际为文本 "high"/ },
  { fixture: 'month-members-negative.yaml', code: 'too_small', path: [...month, 'members', 'actives'], line: 7, en: /≥ 0, found the number -1/, zh: /不小于 0/ },
  { fixture: 'month-basis.yaml', code: 'invalid_value', path: [...month, 'basis', 'scope'], line: 7, en: /"pooled", "with_accounts", found the text "everything"/, zh: /实际为文本 "everything"/ },
  { fixture: 'month-source.yaml', code: 'invalid_type', path: [...month, 'source'], line: 7, en: /expected a text, found the number 7/, zh: /应为文本/ },
  { fixture: 'block-basis.yaml', code: 'invalid_value', path: [...m, 'basis', 'report'], line: 7, en: /found the text "rumour"/, zh: /实际为文本 "rumour"/ },
  { fixture: 'block-source.yaml', code: 'invalid_type', path: [...m, 'source'], line: 7, en: /expected a text/, zh: /应为文本/ },
  { fixture: 'profile-line.yaml', code: 'invalid_key', path: [...m, 'profile', 'premiums'], line: 7, en: /expected a line: income, expenditure/, zh: /键 "premiums" 无效/ },
  { fixture: 'profile-name.yaml', code: 'invalid_value', path: [...m, 'profile', 'income'], line: 7, en: /"even", "resident_income_late", found the text "lumpy"/, zh: /实际为文本 "lumpy"/ },
  { fixture: 'min-years.yaml', code: 'too_small', path: [...m, 'min_years'], line: 7, en: /≥ 2, found the number 1/, zh: /不小于 2/ },
  { fixture: 'coverage.yaml', code: 'too_big', path: [...m, 'coverage'], line: 7, en: /< 1, found the number 80/, zh: /小于 1/ },
  { fixture: 'rules-unknown.yaml', code: 'unknown_key', path: [...m, 'rules', 'ahead'], line: 7, en: /unknown key 'ahead'/, zh: /未知的键 'ahead'/ },
  { fixture: 'rules-ahead.yaml', code: 'too_small', path: [...m, 'rules', 'ahead_of_profile'], line: 7, en: /> 0, found the number -0.1/, zh: /大于 0/ },
  { fixture: 'rules-deficit-expected.yaml', code: 'invalid_type', path: [...m, 'rules', 'deficit_expected'], line: 7, en: /true or false, found the text "maybe"/, zh: /布尔值/ },
  { fixture: 'rules-year-end.yaml', code: 'too_small', path: [...m, 'rules', 'year_end_months_below'], line: 7, en: /≥ 0, found the number -3/, zh: /不小于 0/ },
  { fixture: 'rules-running.yaml', code: 'invalid_type', path: [...m, 'rules', 'deficit_months_running'], line: 7, en: /whole number, found the number 1.5/, zh: /应为整数/ },
  { fixture: 'budget-line.yaml', code: 'monthly_budget_line', path: [...m, 'budget', 'hospital'], line: 7, en: /'hospital' is not an income or expenditure line of the budget table of the employee scheme \(expected one of .*inpatient/, zh: /'hospital' 不是 employee 险种基金预算表的收入或支出行次/ },
  { fixture: 'budget-balance-row.yaml', code: 'monthly_budget_line', path: [...m, 'budget', 'closing_balance'], line: 7, en: /'closing_balance' is not an income or expenditure line/, zh: /不是 employee 险种基金预算表的收入或支出行次/ },
  { fixture: 'budget-scheme.yaml', code: 'monthly_budget_line', path: [...m, 'budget', 'standard_subsidy'], line: 7, en: /'standard_subsidy' is not an income or expenditure line of the budget table of the employee scheme/, zh: /'standard_subsidy'/ },
  { fixture: 'budget-value.yaml', code: 'invalid_type', path: [...m, 'budget', 'inpatient'], line: 7, en: /expected a number, found the text "lots"/, zh: /应为数字，实际为文本 "lots"/ },
];

describe('broken monthly fixtures: a located error in English and Chinese for every key', () => {
  for (const c of cases) {
    it(c.fixture, () => {
      let error: unknown;
      try {
        resolveAssumptions(loadScenario(join(dir, c.fixture)));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ScenarioError);
      const issue = (error as ScenarioError).issues[0]!;
      expect(issue.file.endsWith(c.fixture)).toBe(true);
      expect([issue.code, issue.path, issue.line]).toEqual([c.code, c.path, c.line]);
      expect(issue.message.en).toMatch(c.en);
      expect(issue.message.zh).toMatch(c.zh);
    });
  }
});
