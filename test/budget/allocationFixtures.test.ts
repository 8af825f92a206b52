import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, resolveAssumptions, ScenarioError } from '../../src/index';
import { resolveAllocation } from '../../src/budget/resolveAllocation';

const dir = join(__dirname, '..', 'fixtures', 'allocation', 'invalid');
const a = ['funds', 'emp', 'allocation'];

/** The 1-based line of the fixture marked `# broken` (where the one changed value is). */
function markedLine(fixture: string): number {
  const n = readFileSync(join(dir, fixture), 'utf8').split('\n').findIndex((l) => l.trimEnd().endsWith('  # broken'));
  if (n < 0) throw new Error(`${fixture} has no '# broken' line`);
  return n + 1;
}

// One broken fixture per key of the `allocation` block and per rule (docs/budget.md#allocation),
// each a copy of ../valid.yaml with one line changed: the first issue's code, path, file and line
// (the line marked `# broken`, or the CSV line given) and what the English and Chinese sentences say.
type Case = { fixture: string; code: string; path: (string | number)[]; en: RegExp; zh: RegExp; file?: string; line?: number; column?: number };
const cases: Case[] = [
  { fixture: 'allocation-unknown-key.yaml', code: 'unknown_key', path: [...a, 'providers_list'], en: /unknown key 'providers_list'/, zh: /未知的键 'providers_list'/ },
  { fixture: 'source-type.yaml', code: 'invalid_type', path: [...a, 'source'], en: /expected a text, found the number 7/, zh: /应为文本/ },
  { fixture: 'item-unknown.yaml', code: 'unknown_key', path: [...a, 'items', 'surgery'], en: /allowed here: inpatient, outpatient, out_of_region/, zh: /未知的键 'surgery'/ },
  { fixture: 'item-share.yaml', code: 'too_big', path: [...a, 'items', 'inpatient', 'share'], en: /≤ 1, found the number 1.7/, zh: /不大于 1/ },
  { fixture: 'item-executed.yaml', code: 'too_small', path: [...a, 'items', 'inpatient', 'executed'], en: /≥ 0, found the number -5/, zh: /不小于 0/ },
  { fixture: 'item-split.yaml', code: 'invalid_value', path: [...a, 'items', 'inpatient', 'split'], en: /"last_year", "visits", "level", "members", "fund_held", found the text "drg"/, zh: /实际为文本 "drg"/ },
  { fixture: 'item-level-weights-key.yaml', code: 'unknown_key', path: [...a, 'items', 'inpatient', 'level_weights', 'quaternary'], en: /allowed here: tertiary, secondary, primary/, zh: /未知的键 'quaternary'/ },
  { fixture: 'item-level-weight-zero.yaml', code: 'too_small', path: [...a, 'items', 'inpatient', 'level_weights', 'tertiary'], en: /> 0, found the number 0/, zh: /大于 0/ },
  { fixture: 'item-reserve.yaml', code: 'too_big', path: [...a, 'items', 'inpatient', 'reserve'], en: /< 1, found the number 1/, zh: /小于 1/ },
  { fixture: 'shares-sum.yaml', code: 'invalid_value', path: [...a, 'items'], line: 7, en: /shares must sum to 1; they sum to 0.9$/, zh: /比例之和必须为 1；实际为 0.9/ },
  { fixture: 'mixed-basis.yaml', code: 'invalid_value', path: [...a, 'items'], line: 7, en: /outpatient give share, inpatient give executed/, zh: /统一按规定比例或统一按上年执行数/ },
  { fixture: 'executed-zero.yaml', code: 'invalid_value', path: [...a, 'items'], line: 7, en: /executed figures are all 0/, zh: /上年执行数均为 0/ },
  { fixture: 'share-and-executed.yaml', code: 'invalid_value', path: [...a, 'items', 'inpatient'], en: /exactly one of share .* or executed .*; found both/, zh: /两者都有/ },
  { fixture: 'level-weights-needed.yaml', code: 'invalid_value', path: [...a, 'items', 'inpatient', 'level_weights'], en: /split by level: give level_weights/, zh: /按医院等级分配：请给出 level_weights/ },
  { fixture: 'level-weights-unused.yaml', code: 'invalid_value', path: [...a, 'items', 'outpatient', 'level_weights'], en: /only to split: level or visits, not members/, zh: /不适用于 members/ },
  { fixture: 'reserve-held.yaml', code: 'invalid_value', path: [...a, 'items', 'outpatient', 'reserve'], en: /held by the fund \(fund_held\)/, zh: /不再预留调剂金/ },
  { fixture: 'no-items.yaml', code: 'invalid_value', path: [...a, 'items'], en: /at least one item/, zh: /至少需要一个项目/ },
  { fixture: 'providers-both.yaml', code: 'invalid_value', path: [...a, 'providers_file'], en: /give the providers once.*found both/, zh: /两者都有/ },
  { fixture: 'providers-none.yaml', code: 'invalid_value', path: [...a, 'providers'], line: 6, en: /give the providers once.*found neither/, zh: /两者都没有/ },
  { fixture: 'providers-file-type.yaml', code: 'invalid_type', path: [...a, 'providers_file'], en: /expected a text, found the number 5/, zh: /应为文本/ },
  { fixture: 'provider-id.yaml', code: 'invalid_format', path: [...a, 'providers', 0, 'id'], en: /lower-case identifier.*found the text "A!"/, zh: /格式不符/ },
  { fixture: 'provider-unknown-field.yaml', code: 'unknown_key', path: [...a, 'providers', 0, 'visit'], en: /did you mean 'visits'/, zh: /是否应为 'visits'/ },
  { fixture: 'provider-level.yaml', code: 'invalid_value', path: [...a, 'providers', 0, 'level'], en: /"tertiary", "secondary", "primary", "三级", "二级", "一级", found the text "fourth"/, zh: /实际为文本 "fourth"/ },
  { fixture: 'provider-kind.yaml', code: 'invalid_value', path: [...a, 'providers', 0, 'kind'], en: /"hospital", "alliance", "other", found the text "clinic"/, zh: /实际为文本 "clinic"/ },
  { fixture: 'provider-members.yaml', code: 'too_small', path: [...a, 'providers', 0, 'members'], en: /≥ 0, found the number -1/, zh: /不小于 0/ },
  { fixture: 'provider-visits-item.yaml', code: 'unknown_key', path: [...a, 'providers', 0, 'visits', 'surgery'], en: /unknown key 'surgery'/, zh: /未知的键 'surgery'/ },
  { fixture: 'provider-last-year.yaml', code: 'invalid_type', path: [...a, 'providers', 0, 'last_year', 'inpatient'], en: /expected a number, found the text "many"/, zh: /应为数字/ },
  { fixture: 'provider-actual.yaml', code: 'too_small', path: [...a, 'providers', 0, 'actual'], en: /≥ 0, found the number -3/, zh: /不小于 0/ },
  { fixture: 'provider-name.yaml', code: 'missing', path: [...a, 'providers', 0, 'name'], en: /required field is missing \(expected a text\)/, zh: /缺少必填字段/ },
  { fixture: 'provider-name-zh.yaml', code: 'too_small', path: [...a, 'providers', 0, 'name_zh'], en: /at least 1 characters, found the text ""/, zh: /至少 1 个字符/ },
  { fixture: 'settlement-band-open.yaml', code: 'invalid_value', path: [...a, 'settlement', 'saving', 0, 'up_to'], en: /every saving band but the last needs an upper end/, zh: /每个结余分档都需要上限/ },
  { fixture: 'settlement-band-order.yaml', code: 'invalid_value', path: [...a, 'settlement', 'overrun', 1, 'up_to'], en: /overrun band ends must increase: 0.1 is not above 0.2/, zh: /超支分档上限必须递增/ },
  { fixture: 'settlement-kept.yaml', code: 'too_big', path: [...a, 'settlement', 'saving', 0, 'kept'], en: /≤ 1, found the number 1.6/, zh: /不大于 1/ },
  { fixture: 'settlement-fund-missing.yaml', code: 'missing', path: [...a, 'settlement', 'overrun', 0, 'fund'], en: /required field is missing \(expected a number\)/, zh: /缺少必填字段/ },
  { fixture: 'settlement-up-to.yaml', code: 'too_small', path: [...a, 'settlement', 'saving', 0, 'up_to'], en: /> 0, found the number 0/, zh: /大于 0/ },
  { fixture: 'settlement-source.yaml', code: 'invalid_type', path: [...a, 'settlement', 'source'], en: /expected a text, found the number 3/, zh: /应为文本/ },
  { fixture: 'settlement-saving-missing.yaml', code: 'missing', path: [...a, 'settlement', 'saving'], line: 13, en: /required field is missing \(expected a list\)/, zh: /缺少必填字段/ },
  // found when the block is resolved against its providers (resolveAllocation)
  { fixture: 'duplicate-provider.yaml', code: 'duplicate_provider', path: [...a, 'providers', 1, 'id'], en: /provider id 'a' is given twice \(providers 1 and 2\)/, zh: /医疗机构编号 'a' 重复/ },
  { fixture: 'figure-needed.yaml', code: 'missing_figure', path: [...a, 'providers', 1, 'visits', 'inpatient'], en: /provider b has no visits.inpatient, which item inpatient \(split: visits\) needs; write 0 to exclude it/, zh: /医疗机构 b 缺少 visits.inpatient.*如不参与分配请填 0/ },
  { fixture: 'level-weight-missing.yaml', code: 'missing_weight', path: [...a, 'items', 'inpatient', 'level_weights', 'primary'], en: /no weight for primary, the level of provider b/, zh: /没有医疗机构 b 所属等级 primary 的权重/ },
  { fixture: 'no-weight.yaml', code: 'no_weight', path: [...a, 'items', 'outpatient', 'split'], en: /every provider's weight \(split: members\) is 0/, zh: /均为 0，无法分配/ },
  { fixture: 'file-missing.yaml', code: 'file_not_found', path: [...a, 'providers_file'], en: /provider list not found: .*no-such-providers\.csv/, zh: /找不到文件/ },
  { fixture: 'csv-empty.yaml', code: 'too_small', path: [...a, 'providers_file'], en: /csv-empty\.csv has no providers/, zh: /中没有任何机构/ },
  // a provider CSV: located in the CSV (line, column)
  { fixture: 'csv-unknown-column.yaml', code: 'unknown_column', path: [...a, 'providers'], file: 'csv-unknown-column.csv', line: 1, column: 4, en: /unknown column 'beds' in a provider list/, zh: /未知列 'beds'/ },
  { fixture: 'csv-missing-name.yaml', code: 'missing_column', path: [...a, 'providers'], file: 'csv-missing-name.csv', line: 1, en: /needs a 'name' column/, zh: /需要 'name' 列/ },
  { fixture: 'csv-cells.yaml', code: 'csv_cells', path: [...a, 'providers', 1], file: 'csv-cells.csv', line: 3, en: /expected 5 cells, found 4/, zh: /应有 5 个字段，实际 4 个/ },
  { fixture: 'csv-number.yaml', code: 'invalid_type', path: [...a, 'providers', 0, 'members'], file: 'csv-number.csv', line: 2, column: 4, en: /members is not a number: 'many'/, zh: /members 不是数字/ },
  { fixture: 'csv-level.yaml', code: 'invalid_value', path: [...a, 'providers', 1, 'level'], file: 'csv-level.csv', line: 3, column: 3, en: /found the text "四级"/, zh: /实际为文本 "四级"/ },
  { fixture: 'csv-figure-needed.yaml', code: 'missing_figure', path: [...a, 'providers', 1, 'visits', 'inpatient'], file: 'csv-figure-needed.csv', line: 3, en: /provider b has no visits.inpatient/, zh: /医疗机构 b 缺少 visits.inpatient/ },
];

describe('broken allocation fixtures: a located error in English and Chinese for every key and rule', () => {
  for (const c of cases) {
    it(c.fixture, () => {
      let error: unknown;
      try {
        const loaded = loadScenario(join(dir, c.fixture));
        resolveAllocation(loaded, 'emp');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ScenarioError);
      const issue = (error as ScenarioError).issues[0]!;
      expect(issue.file.endsWith(c.file ?? c.fixture)).toBe(true);
      expect([issue.code, issue.path]).toEqual([c.code, c.path]);
      expect(issue.line).toBe(c.line ?? markedLine(c.fixture));
      if (c.column !== undefined) expect(issue.column).toBe(c.column);
      expect(issue.message.en).toMatch(c.en);
      expect(issue.message.zh).toMatch(c.zh);
    });
  }

  it('the unbroken fixture is accepted, resolves and projects', () => {
    const loaded = loadScenario(join(dir, '..', 'valid.yaml'));
    expect(() => resolveAssumptions(loaded)).not.toThrow();
    const plan = resolveAllocation(loaded, 'emp')!;
    // inpatient by visits (10, 20), outpatient by members (100, 200)
    expect(plan.items.map((i) => [i.id, i.weight, i.split, i.providerWeights])).toEqual([
      ['inpatient', 0.7, 'visits', [10, 20]],
      ['outpatient', 0.3, 'members', [100, 200]],
    ]);
  });
});
