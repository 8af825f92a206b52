import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveAssumptions } from '../../src/assumptions/resolveAssumptions';
import { project } from '../../src/engine/project';
import { resultRows } from '../../src/results/resultRows';
import { loadScenario, parseScenario } from '../../src/scenario/loadScenario';
import { ScenarioError } from '../../src/scenario/ScenarioError';

const dir = join(__dirname, '..', 'fixtures', 'history');
const minimal = join(__dirname, '..', 'fixtures', 'minimal.yaml');
const work = mkdtempSync(join(tmpdir(), 'fundcast-history-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (file: string) => project(resolveAssumptions(loadScenario(file)));

/** A scenario extending minimal.yaml whose fund 'emp' has the given history block (YAML text, indented 4). */
function withHistory(history: string, extra = ''): ReturnType<typeof resolveAssumptions> {
  const text = `fundcast: 1\nextends: ${JSON.stringify(minimal)}\nid: h\nname: h\nfunds:\n  emp:\n    opening: null\n${extra}    history:\n${history}`;
  return resolveAssumptions(parseScenario(text, 'h.yaml'));
}

function errorOf(f: () => unknown): ScenarioError {
  try {
    f();
  } catch (e) {
    if (e instanceof ScenarioError) return e;
    throw e;
  }
  throw new Error('no ScenarioError thrown');
}

describe('history: the same years inline, in a long CSV and in a wide CSV', () => {
  const inline = run(join(dir, 'inline.yaml'));
  const long = run(join(dir, 'long.yaml'));
  const wide = run(join(dir, 'wide.yaml'));

  it('reads the same figures from all three forms', () => {
    const figures = (r: typeof inline) => r.funds[0].history.map(({ source, ...rest }) => rest);
    expect(figures(long)).toEqual(figures(inline));
    expect(figures(wide)).toEqual(figures(inline));
    expect(inline.funds[0].history.map((r) => r.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
  });

  it('warns, located, that 2022 surplus 80 ≠ 1100 − 1040 = 60, in the file and line that hold it', () => {
    for (const [r, file, line] of [[inline, 'inline.yaml', 17], [long, 'long.csv', 12], [wide, 'wide.csv', 4]] as const) {
      expect(r.warnings).toHaveLength(1);
      const w = r.warnings[0];
      expect(w.code).toBe('history_surplus_mismatch');
      expect(w.file.endsWith(file)).toBe(true);
      expect(w.line).toBe(line); // the fixture line holding 2022's surplus
      expect(w.path).toEqual(['funds', 'emp', 'history', 'years', '2022', 'surplus']);
      expect(w.figures).toMatchObject({ surplus: 80, income: 1100, expenditure: 1040, income_minus_expenditure: 60 });
      expect(w.difference).toBe(20);
      expect(w.message.en).toContain('80');
      expect(w.message.zh).toContain('差额 20');
    }
  });

  it('takes the base-year balance and observed totals from the last history year (opening omitted)', () => {
    const f = inline.funds[0];
    expect(f.base.balance).toBe(5000);
    expect(f.rows[0].openingBalance).toBe(5000);
    expect(f.base.observedIncome).toBe(1220);
    expect(f.base.observedExpenditure).toBe(1000);
    // the base year's own months of reserve, by hand: 5000 ÷ (1000 / 12) = 60
    expect(f.base.reserveMonths).toBeCloseTo(60, 12);
    expect(f.base.band).toBe('excessive');
  });

  it('observed rows carry the indicators of projected rows, computed by hand', () => {
    const h = inline.funds[0].history;
    expect(h.every((r) => r.observed === true)).toBe(true);
    const y2022 = h.find((r) => r.year === 2022)!;
    expect(y2022.surplus).toBe(80); // as reported, never "fixed"
    expect(y2022.openingBalance).toBe(4670);
    expect(y2022.reserveMonths).toBeCloseTo((4730 * 12) / 1040, 12);
    expect(y2022.gapRate).toBeCloseTo((1040 - 1100) / 1100, 12);
    expect(h.find((r) => r.year === 2023)!.surplus).toBe(50); // not reported: I − E = 1150 − 1100
    expect(h[0].openingBalance).toBeNull(); // no 2019
    expect(h[0].dependencyRatio).toBeNull(); // members not given in 2020
    expect(h[4].dependencyRatio).toBe(2); // 10000 / 5000
  });

  it('flat rows: observed years first, flagged, missing figures null', () => {
    const { columns, rows } = resultRows(inline);
    expect(columns).toContain('observed');
    const emp = rows.filter((r) => r.fund === 'emp');
    expect(emp.slice(0, 5).map((r) => [r.year, r.observed])).toEqual([[2020, true], [2021, true], [2022, true], [2023, true], [2024, true]]);
    expect(emp[5]).toMatchObject({ year: 2025, observed: false });
    expect(emp[0]['income.interest']).toBeNull();
    expect(emp[4]['income.interest']).toBe(75);
    expect(emp[4]['basis.report']).toBe('final_accounts');
    expect(emp[5]['basis.report']).toBeNull();
  });
});

describe('history: consistency warnings', () => {
  const years = (rows: string) => `      years:\n${rows}`;

  it('balance(t) ≠ balance(t−1) + surplus(t): both figures and the difference', () => {
    const a = withHistory(years('        2023: {income: 100, expenditure: 90, balance: 500}\n        2024: {income: 100, expenditure: 80, balance: 530}\n'));
    expect(a.warnings.map((w) => w.code)).toEqual(['history_balance_mismatch']);
    expect(a.warnings[0].figures).toMatchObject({ balance: 530, previous_balance: 500, surplus: 20, previous_balance_plus_surplus: 520 });
    expect(a.warnings[0].difference).toBe(10);
    expect(a.warnings[0].line).toBe(11); // line 11 of the generated text: fundcast, extends, id, name, funds, emp, opening, history, years, 2023, 2024
  });

  it('parts that do not sum to totals (income items, expenditure items, members)', () => {
    const a = withHistory(years('        2024:\n          income: 100\n          expenditure: 90\n          balance: 500\n          income_items: {a: 60, b: 30}\n          expenditure_items: {c: 90}\n          members: {actives: 10, retirees: 5, insured: 16}\n'));
    expect(a.warnings.map((w) => [w.code, w.path.at(-1), w.difference])).toEqual([
      ['history_items_sum', 'income_items', -10],
      ['history_items_sum', 'members', -1],
    ]);
  });

  it('a basis change inside a series is flagged, and no identity or jump is checked across it', () => {
    const a = withHistory(years('        2023: {income: 50, expenditure: 40, balance: 100, basis: {report: quick_report}}\n        2024: {income: 100, expenditure: 90, balance: 500, basis: {report: bulletin}}\n'));
    expect(a.warnings.map((w) => w.code)).toEqual(['history_basis_change']);
    expect(a.warnings[0].figures).toMatchObject({ field: 'report', from: 'quick_report', to: 'bulletin', previous_year: 2023 });
  });

  it('a basis change across a year that states none is still flagged, against the year that stated it', () => {
    const a = withHistory(years('        2022: {income: 50, expenditure: 40, basis: {report: bulletin}}\n        2023: {income: 50, expenditure: 40}\n        2024: {income: 50, expenditure: 40, balance: 500, basis: {report: quick_report}}\n'));
    expect(a.warnings.map((w) => [w.code, w.path[4], w.figures.previous_year])).toEqual([['history_basis_change', '2024', 2022]]);
  });

  it('a year-on-year jump beyond the threshold; the threshold is configurable; gaps use the annual rate', () => {
    const rows = years('        2022: {income: 100, expenditure: 90, members: {insured: 1000}}\n        2024: {income: 130, expenditure: 99, balance: 500, members: {insured: 1000}}\n');
    // income over two years: (130/100)^(1/2) − 1 = 14.0% a year; expenditure (99/90)^(1/2) − 1 = 4.9%
    expect(withHistory(rows).warnings).toEqual([]); // default threshold 25%
    const strict = withHistory(`      checks: {jump_threshold: 0.1}\n${rows}`);
    expect(strict.warnings.map((w) => [w.code, w.path.at(-1)])).toEqual([['history_jump', 'income']]);
    expect(strict.warnings[0].figures.annual_change as number).toBeCloseTo(Math.sqrt(1.3) - 1, 12);
  });

  it('figures rounded in publication agree within the tolerance (0.05% of the largest term by default)', () => {
    // 2024 employee pooled fund, national bulletin: 17342.45 − 13222.71 = 4119.74, published surplus 4119.75
    const a = withHistory(years('        2024: {income: 17342.45, expenditure: 13222.71, surplus: 4119.75, balance: 30445.50}\n'));
    expect(a.warnings).toEqual([]);
  });
});

describe('history: base year rule and input errors', () => {
  it('a history that does not end in base_year is an error naming both years', () => {
    const e = errorOf(() => withHistory('      years:\n        2023: {income: 1, expenditure: 1, balance: 5}\n'));
    expect(e.issues[0].code).toBe('history_base_year');
    expect(e.issues[0].message.en).toContain('2023');
    expect(e.issues[0].message.en).toContain('2024');
  });

  it('opening.balance given and different from the last history balance is an error naming both', () => {
    const text = `fundcast: 1\nextends: ${JSON.stringify(minimal)}\nid: h\nname: h\nfunds:\n  emp:\n    history:\n      years:\n        2024: {income: 1, expenditure: 1, balance: 4000}\n`;
    const e = errorOf(() => resolveAssumptions(parseScenario(text, 'h.yaml')));
    expect(e.issues.map((i) => i.code)).toEqual(['history_base_disagrees']);
    expect(e.issues[0].found).toBe('5000');
    expect(e.issues[0].message.en).toContain('4000');
  });

  it('opening.balance equal to the history (within tolerance) is accepted', () => {
    const text = `fundcast: 1\nextends: ${JSON.stringify(minimal)}\nid: h\nname: h\nfunds:\n  emp:\n    history:\n      years:\n        2024: {income: 1, expenditure: 1, balance: 5000.001}\n`;
    expect(resolveAssumptions(parseScenario(text, 'h.yaml')).funds[0].openingBalance).toBe(5000);
  });

  it('no balance anywhere is an error', () => {
    const e = errorOf(() => withHistory('      years:\n        2024: {income: 1, expenditure: 1}\n'));
    expect(e.issues.map((i) => i.code)).toEqual(['missing_key']);
  });

  it('an unknown key in a history year is a strict schema error with its line', () => {
    const e = errorOf(() => withHistory('      years:\n        2024: {income: 1, expenditure: 1, balance: 1, surplsu: 0}\n'));
    expect(e.issues[0].path).toEqual(['funds', 'emp', 'history', 'years', '2024', 'surplsu']);
    expect(e.issues[0].line).toBe(10); // the 2024 line (after fundcast … history, years)
  });

  it('CSV problems are located by line and column: unknown column, text in a number cell, a folder, a missing file', () => {
    const scenario = (file: string) => {
      const p = join(work, `s-${file.replace(/\W/g, '')}.yaml`);
      writeFileSync(p, `fundcast: 1\nextends: ${JSON.stringify(minimal)}\nid: h\nname: h\nfunds:\n  emp:\n    opening: null\n    history: {file: ${file}}\n`);
      return p;
    };
    writeFileSync(join(work, 'badcol.csv'), 'year,income,expenses\n2024,1,2\n');
    let e = errorOf(() => run(scenario('badcol.csv')));
    expect(e.issues[0]).toMatchObject({ code: 'unknown_column', line: 1, column: 3, found: 'expenses' });
    writeFileSync(join(work, 'badnum.csv'), 'year,income,expenditure,balance\n2023,1,1,1\n2024,1,abc,1\n');
    e = errorOf(() => run(scenario('badnum.csv')));
    expect(e.issues[0]).toMatchObject({ code: 'invalid_type', line: 3, column: 3, found: 'abc' });
    mkdirSync(join(work, 'folder.csv'));
    e = errorOf(() => run(scenario('folder.csv')));
    expect(e.issues[0].code).toBe('input.notAFile');
    e = errorOf(() => run(scenario('missing.csv')));
    expect(e.issues[0].code).toBe('input.notFound');
    writeFileSync(join(work, 'neg.csv'), 'year,item,value\n2024,income,-5\n2024,balance,1\n');
    e = errorOf(() => run(scenario('neg.csv')));
    expect(e.issues[0]).toMatchObject({ code: 'too_small', line: 2 });
  });

  it('a long CSV giving one figure twice is an error naming the first line', () => {
    const p = join(work, 'dup.yaml');
    writeFileSync(join(work, 'dup.csv'), 'year,item,value\n2024,income,5\n2024,balance,1\n2024,income,6\n');
    writeFileSync(p, `fundcast: 1\nextends: ${JSON.stringify(minimal)}\nid: h\nname: h\nfunds:\n  emp:\n    opening: null\n    history: {file: dup.csv}\n`);
    const e = errorOf(() => run(p));
    expect(e.issues[0]).toMatchObject({ code: 'duplicate_figure', line: 4 });
    expect(e.issues[0].message.en).toContain('line 2');
  });
});

describe('history: library entry points for data without a scenario', () => {
  it('loadHistoryCsv reads a CSV alone, with defaults for the basis, and returns its warnings', async () => {
    const { loadHistoryCsv } = await import('../../src/history/resolveHistory');
    const { history, warnings } = loadHistoryCsv(join(dir, 'wide.csv'), { basis: { scope: 'pooled' } });
    expect(history.years.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(history.years[0].basis).toEqual({ report: 'final_accounts', scope: 'pooled', maternity: null });
    expect(warnings.map((w) => [w.code, w.line])).toEqual([['history_surplus_mismatch', 4]]);
  });

  it('sameBasisSpans splits at a gap and at a stated basis change, not at an unstated field', async () => {
    const { sameBasisSpans } = await import('../../src/history/sameBasisSpans');
    const y = (year: number, report: string | null, maternity: string | null = null) =>
      ({ year, basis: { report, scope: null, maternity } }) as unknown as import('../../src/history/types').HistoryYear;
    const spans = sameBasisSpans([y(2018, 'bulletin', 'excluded'), y(2019, 'bulletin', 'included'), y(2021, 'bulletin'), y(2022, null), y(2023, 'quick_report'), y(2024, 'quick_report')]);
    // 2018→2019: maternity changes; 2019→2021: a gap; 2022 states no report, so bulletin carries on and
    // 2023's quick report starts a new run (bulletin, unstated, quick report is never one series)
    expect(spans.map((s) => s.map((x) => x.year))).toEqual([[2018], [2019], [2021, 2022], [2023, 2024]]);
  });
});

describe('fundcast validate prints history warnings; --strict makes them errors', () => {
  it('exit 0 with the warning printed; exit 1 with --strict', async () => {
    const { EXIT } = await import('../../src/cli/main');
    const { runCli } = await import('../helpers/runCli');
    const plain = await runCli('validate', join(dir, 'long.yaml'));
    expect(plain.code).toBe(EXIT.ok);
    expect(plain.out).toContain('history_surplus_mismatch');
    expect(plain.out).toMatch(/long\.csv:12:3/);
    expect(plain.out).toContain('差额 20');
    expect(plain.out).toContain('with 1 warning(s)');
    const strict = await runCli('validate', join(dir, 'long.yaml'), '--strict');
    expect(strict.code).toBe(EXIT.invalidInput);
    expect(strict.out).toContain('history_surplus_mismatch');
    expect(strict.err).toContain('--strict');
    expect((await runCli('validate', minimal, '--strict')).code).toBe(EXIT.ok); // no history, no warnings
  });
});
