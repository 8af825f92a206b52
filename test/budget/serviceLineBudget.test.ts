import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProjection } from '../../src/cli/runProjection';
import { draftBudget } from '../../src/budget/draftBudget';
import { checkBudget } from '../../src/budget/checkBudget';
import type { FundBudget } from '../../src/budget/types';

// A fund with service lines (docs/service-lines.md): the engine itself splits benefits into inpatient,
// general and chronic outpatient care, so those budget lines are engine items, not executed shares.
const result = runProjection(join(__dirname, '..', 'fixtures', 'service-lines', 'lines.yaml'));
const YUAN = { yuan: 1, '10k yuan': 1e4, '100m yuan': 1e8 } as Record<string, number>;
const u = YUAN[result.unit.money];
const year = result.scenario.baseYear + 1;
const line = (b: FundBudget, id: string) => b.lines.find((l) => l.id === id)!;

describe('draft of a fund with service lines: the engine splits benefits', () => {
  for (const id of ['res', 'emp']) {
    const row = result.funds.find((f) => f.id === id)!.rows.find((r) => r.year === year)!;
    const b = draftBudget(result, id, year, {});
    it(`${id}: 住院 and the two 门诊 lines are the engine's service-line spending (within 2 yuan: one rounding of the total, one of the split)`, () => {
      expect(Math.abs(line(b, 'inpatient').draft! - row.serviceLines!.inpatient.spending * u)).toBeLessThanOrEqual(2);
      expect(Math.abs(line(b, 'general_outpatient').draft! - row.serviceLines!.general_outpatient.spending * u)).toBeLessThanOrEqual(2);
      expect([line(b, 'inpatient').source, line(b, 'general_outpatient').source]).toEqual(['engine', 'engine']);
    });
    it(`${id}: totals equal the run to the yuan and every part sums (checkBudget)`, () => {
      expect(line(b, 'expenditure_total').draft).toBe(Math.round(row.expenditure * u));
      expect(line(b, 'income_total').draft).toBe(Math.round(row.income * u));
      expect(checkBudget(b)).toEqual([]);
    });
  }
  it('res: its three lines are all its benefits (shares 0.6 + 0.25 + 0.15 = 1): 门诊 = 普通门诊 + 门诊慢特病, nothing left unsplit', () => {
    const b = draftBudget(result, 'res', year, {});
    expect(line(b, 'outpatient').draft).toBe(line(b, 'general_outpatient').draft! + (b.lines.find((l) => l.id === 'chronic_outpatient')!.draft ?? 0));
    expect(line(b, 'benefits').draft).toBe(line(b, 'inpatient').draft! + line(b, 'outpatient').draft!);
    expect(line(b, 'benefits').fromItems).toEqual([]);
  });
  it('emp: pharmacy, out-of-region and other care have no line: whole on 基本医疗保险待遇支出 (assumption), or by the executed shares of 住院:门诊', () => {
    const bare = draftBudget(result, 'emp', year, {});
    const rest = line(bare, 'benefits').fromItems;
    expect(rest.map((f) => f.item)).toEqual(['service_lines.pharmacy+out_of_region+other']);
    expect(line(bare, 'benefits').source).toBe('assumption');
    const withShares = draftBudget(result, 'emp', year, { executed: { inpatient: 300, outpatient: 100 } });
    const r = rest[0].yuan;
    const inpatientRest = line(withShares, 'inpatient').draft! - line(bare, 'inpatient').draft!;
    // the rest split 3 : 1 to the yuan (largest remainder)
    expect(Math.abs(inpatientRest - (r * 3) / 4)).toBeLessThanOrEqual(0.75);
    expect(inpatientRest + line(withShares, 'outpatient').draft! - line(bare, 'outpatient').draft!).toBe(r);
    expect(line(withShares, 'benefits').fromItems).toEqual([]);
    expect(checkBudget(withShares).filter((f) => f.column === 'draft')).toEqual([]);
  });
});
