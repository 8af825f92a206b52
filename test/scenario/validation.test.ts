import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, ScenarioError, type ScenarioIssue } from '../../src/index';
import { scenarioIssues } from '../helpers/scenarioIssues';

const dir = join(__dirname, '..', 'fixtures', 'invalid');

const issuesOf = (name: string): ScenarioIssue[] => scenarioIssues(join(dir, name));

interface Case {
  fixture: string;
  code: string;
  path: (string | number)[];
  en: RegExp;
  zh: RegExp;
  /** the file the issue is attributed to (ends with) */
  file?: string;
}

// One broken fixture per failure mode; each must give exactly the issue described.
const cases: Case[] = [
  { fixture: 'misspelled-key.yaml', code: 'unknown_key', path: ['funds', 'emp', 'contributions', 'employer_rat'], en: /unknown key 'employer_rat' — did you mean 'employer_rate'\?/, zh: /未知的键 'employer_rat'——是否应为 'employer_rate'/ },
  { fixture: 'misplaced-key.yaml', code: 'unknown_key', path: ['funds', 'emp', 'members', 'employer_rate'], en: /unknown key 'employer_rate' \(allowed here: actives, retirees, active_growth, retiree_growth, age_detailed\)/, zh: /未知的键 'employer_rate'/ },
  { fixture: 'wrong-type.yaml', code: 'invalid_type', path: ['funds', 'emp', 'contributions', 'employee_rate'], en: /expected a number, found the text "two percent"/, zh: /应为数字，实际为文本 "two percent"/ },
  { fixture: 'negative-count.yaml', code: 'too_small', path: ['funds', 'emp', 'members', 'retirees'], en: /expected a number ≥ 0, found the number -5/, zh: /应为不小于 0 的数，实际为数字 -5/ },
  { fixture: 'rate-above-one.yaml', code: 'too_big', path: ['funds', 'emp', 'contributions', 'employer_rate', '2026'], en: /expected a number ≤ 1, found the number 8/, zh: /应为不大于 1 的数，实际为数字 8/ },
  { fixture: 'years-out-of-order.yaml', code: 'years_out_of_order', path: ['funds', 'emp', 'contributions', 'employer_rate', '2026'], en: /year keys must be in increasing order: 2026 comes after 2028/, zh: /年份键必须按递增顺序排列/ },
  { fixture: 'end-before-base.yaml', code: 'invalid_value', path: ['end_year'], en: /end_year \(2020\) must be after base_year \(2024\)/, zh: /end_year（2020）必须晚于 base_year（2024）/ },
  { fixture: 'horizon-too-long.yaml', code: 'invalid_value', path: ['end_year'], en: /the horizon is 176 years; at most 150 years/, zh: /预测期为 176 年；最多允许基期后 150 年/ },
  { fixture: 'series-starts-late.yaml', code: 'series_start', path: ['funds', 'emp', 'contributions', 'employer_rate'], en: /first year key \(2026\) must be at or before the base year 2024/, zh: /第一个年份键（2026）必须不晚于基期年 2024/ },
  { fixture: 'bad-year-key.yaml', code: 'invalid_key', path: ['funds', 'emp', 'contributions', 'employer_rate', 'next'], en: /invalid key "next": expected a four-digit year/, zh: /键 "next" 无效：应为四位数年份/ },
  { fixture: 'yaml-syntax.yaml', code: 'yaml_syntax', path: [], en: /YAML syntax error/, zh: /YAML 语法错误/ },
  { fixture: 'duplicate-key.yaml', code: 'yaml_syntax', path: [], en: /YAML syntax error: Map keys must be unique/, zh: /YAML 语法错误/ },
  { fixture: 'missing-extends.yaml', code: 'file_not_found', path: ['extends'], en: /scenario file not found: .*no-such-file\.yaml/, zh: /找不到情景文件/ },
  { fixture: 'cycle-a.yaml', code: 'extends_cycle', path: ['extends'], en: /'extends' forms a cycle: .*cycle-a\.yaml → .*cycle-b\.yaml → .*cycle-a\.yaml/, zh: /形成循环引用/, file: 'cycle-b.yaml' },
  { fixture: 'unknown-scheme.yaml', code: 'invalid_value', path: ['funds', 'emp', 'scheme'], en: /expected scheme to be one of: employee, resident, totals; found the text "pension"/, zh: /scheme 应为以下之一：employee、resident、totals；/ },
  { fixture: 'income-share-without-income.yaml', code: 'invalid_value', path: ['funds', 'res', 'subsidy_per_head', 'income_share'], en: /no 'disposable_income' section/, zh: /缺少 'disposable_income' 部分/ },
  { fixture: 'bands-out-of-order.yaml', code: 'invalid_value', path: ['settings', 'bands', 1, 'upper'], en: /band bounds must increase: 3 is not above 6/, zh: /区间上限必须递增/ },
  { fixture: 'missing-required.yaml', code: 'missing', path: ['funds', 'emp', 'contributions', 'employer_rate'], en: /required field is missing \(expected a number or a mapping \(key: value pairs\)\)/, zh: /缺少必填字段（应为数字或映射/ },
  { fixture: 'wrong-format-version.yaml', code: 'invalid_value', path: ['fundcast'], en: /expected one of 1, found the number 2/, zh: /应为以下之一：1，实际为数字 2/ },
];

describe('every validation failure mode names the file, the path, what was expected and what was found', () => {
  for (const c of cases) {
    it(c.fixture, () => {
      const issues = issuesOf(c.fixture);
      // a YAML syntax error may be reported by the parser more than once (per unclosed bracket)
      if (c.code === 'yaml_syntax') expect(issues.length).toBeGreaterThanOrEqual(1);
      else expect(issues).toHaveLength(1);
      const [issue] = issues;
      expect(issue.code).toBe(c.code);
      expect(issue.path).toEqual(c.path);
      expect(issue.message.en).toMatch(c.en);
      expect(issue.message.zh).toMatch(c.zh);
      expect(issue.file.endsWith(c.file ?? c.fixture)).toBe(true);
    });
  }

  it('reports the line of the offending value', () => {
    const [issue] = issuesOf('rate-above-one.yaml');
    // rate-above-one.yaml line 5: "      employer_rate: {2024: 0.07, 2026: 8}"
    expect(issue.line).toBe(5);
    expect(issue.column).toBeGreaterThan(20);
  });

  it('attributes a base-file value to the base file and an override to the derived file', () => {
    const [issue] = issuesOf('negative-count.yaml');
    expect(issue.file.endsWith('negative-count.yaml')).toBe(true);
  });

  it('collects every problem of a file, not only the first', () => {
    let caught: ScenarioError | undefined;
    try {
      loadScenario(join(dir, 'misspelled-key.yaml'));
    } catch (e) {
      caught = e as ScenarioError;
    }
    // employer_rate itself still comes from the base file, so the misspelling is the only problem
    expect(caught?.issues.map((i) => i.code)).toEqual(['unknown_key']);
    expect(caught?.message).toMatch(/^Invalid scenario: 1 problem \/ 情景文件无效：1 处问题/);
  });
});
