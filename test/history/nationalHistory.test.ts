import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAssumptions } from '../../src/assumptions/resolveAssumptions';
import { splitCsvLine } from '../../src/general/splitCsvLine';
import { project } from '../../src/engine/project';
import { loadHistoryCsv } from '../../src/history/resolveHistory';
import { sameBasisSpans } from '../../src/history/sameBasisSpans';
import { loadScenario, parseScenario } from '../../src/scenario/loadScenario';

const root = join(__dirname, '..', '..');
const file = join(root, 'data', 'national', 'history', 'national-history.csv');
const table = (path: string) => {
  const [head, ...lines] = readFileSync(path, 'utf8').trim().split('\n').map(splitCsvLine);
  return lines.map((cells) => Object.fromEntries(head.map((h, i) => [h, cells[i]])));
};
const stats = table(join(root, 'data', 'national', 'national-fund-statistics.csv'));
const history = table(file);
const FUNDS = ['employee', 'employee_with_accounts', 'resident', 'all', 'employee_quick_report', 'resident_quick_report', 'all_quick_report'];

describe('data/national/history/national-history.csv', () => {
  it('every value is a figure of national-fund-statistics.csv for that year, or one of the documented derivations', () => {
    // the one derivation by subtraction (SOURCES.md): 2023 employee pooled balance = all pooled 33,979.75 − resident 7,663.70
    const derived = new Map([['employee 2023 balance', (33979.75 - 7663.7).toFixed(2)]]);
    for (const r of history) {
      const key = `${r.fund} ${r.year} ${r.item}`;
      if (derived.has(key)) expect(r.value, key).toBe(derived.get(key));
      else expect(stats.some((s) => s.year === r.year && s.value === r.value), key).toBe(true);
    }
    expect(history.length).toBe(100);
  });

  it('reads as one history per series with the stated warnings only (two real balance breaks, the 2018 basis)', () => {
    const found: string[] = [];
    for (const fund of FUNDS) {
      const { history: h, warnings } = loadHistoryCsv(file, { fund });
      expect(h.years.length).toBeGreaterThan(0);
      for (const w of warnings) found.push(`${fund} ${w.path[4]} ${w.code} ${w.difference === null ? '' : w.difference.toFixed(2)}`);
    }
    expect(found).toEqual([
      'resident 2022 history_balance_mismatch 42.09', // 7,534.13 − (6,716.58 + 10,128.90 − 9,353.44)
      'resident 2023 history_balance_mismatch 17.51', // 7,663.70 − (7,534.13 + 10,569.71 − 10,457.65)
      'all 2019 history_basis_change ',
    ]);
  });

  it('same-basis spans: the 2018 all-scheme year stands alone; quick reports are their own series', () => {
    const spans = (fund: string) => sameBasisSpans(loadHistoryCsv(file, { fund }).history.years).map((s) => s.map((y) => y.year));
    expect(spans('all')).toEqual([[2018], [2019, 2020, 2021, 2022, 2023, 2024, 2025]]);
    expect(spans('employee')).toEqual([[2019], [2023, 2024, 2025]]);
    expect(spans('resident_quick_report')).toEqual([[2020, 2021], [2024, 2025]]);
  });

  it('a scenario reads it with history: {file}: the 2025 default with its histories from the file projects the same years', () => {
    const inline = project(resolveAssumptions(loadScenario(join(root, 'scenarios', 'china-national-2025.yaml'))));
    const text = `fundcast: 1
extends: ${JSON.stringify(join(root, 'scenarios', 'china-national-2025.yaml'))}
id: national-2025-history-file
name: national 2025, histories read from the data file
funds:
  employee:
    history: {file: ${JSON.stringify(file)}}
  resident:
    history: {file: ${JSON.stringify(file)}}
`;
    const fromFile = project(resolveAssumptions(parseScenario(text, 'from-file.yaml')));
    for (const id of ['employee', 'resident']) {
      const a = inline.funds.find((f) => f.id === id)!;
      const b = fromFile.funds.find((f) => f.id === id)!;
      expect(b.base.balance).toBe(a.base.balance);
      expect(b.rows).toEqual(a.rows);
      expect(b.history.at(-1)!.year).toBe(2025);
    }
  });
});
