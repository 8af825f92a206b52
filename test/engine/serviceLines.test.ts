import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, project, resolveAssumptions, type FundResult } from '../../src/index';
import { savingFactor } from '../../src/assumptions/savingFactor';
import { itReportsIssues } from '../helpers/scenarioIssues';

const dir = join(__dirname, '..', 'fixtures', 'service-lines');
const run = (file: string) => project(resolveAssumptions(loadScenario(file)));
const lines = run(join(dir, 'lines.yaml'));
const emp = lines.funds[0];
const res = lines.funds[1];
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-300);
const benefitsOf = (f: FundResult, i: number) => {
  const e = f.rows[i].expenditureItems;
  return f.scheme === 'employee' ? e.benefits_actives + e.benefits_retirees : e.benefits;
};

describe('service lines: utilisation × cost per case by line (lines.yaml, worked by hand)', () => {
  // k = 1e-4 (persons × yuan → 10k yuan); actives 10,000 flat, retirees 5,000 growing 2%.
  // Inpatient: actives 0.5 × 2,000 = 1,000 yuan a head at 0.1 admissions, retirees 0.6 × 7,000 = 4,200 at 0.3;
  // use +1%, price +3% a year; DRG from July 2026 on 80% of the line at 5%: 2026 factor 1 − 0.8·0.05·6/12 = 0.98.
  it('inpatient spending, admissions and cost per admission in 2026', () => {
    const r = emp.rows[1];
    expect(r.year).toBe(2026);
    const retirees = 5000 * 1.02 ** 2;
    const perHeadFactor = 1.01 ** 2 * 1.03 ** 2 * 0.98;
    const spending = (10000 * 1000 + retirees * 4200) * perHeadFactor * 1e-4;
    const admissions = (10000 * 0.1 + retirees * 0.3) * 1.01 ** 2;
    expect(rel(r.serviceLines!.inpatient.spending, spending)).toBeLessThan(1e-12);
    expect(rel(r.serviceLines!.inpatient.cases!, admissions)).toBeLessThan(1e-12);
    expect(rel(r.care!.costPerAdmission!, (spending * 1e4) / admissions)).toBeLessThan(1e-12);
    expect(rel(r.care!.admissionRate!, admissions / (10000 + retirees))).toBeLessThan(1e-12);
  });

  it('a procurement saving phased in over two years acts on the pharmacy line only', () => {
    // pharmacy: actives 0.2 × 2,000, retirees 0.1 × 7,000, at the fund's 5% growth; 2025: 1 − 0.5·0.5·(1/2) = 0.875
    const r = emp.rows[0];
    const pharmacy = (10000 * 400 + 5000 * 1.02 * 700) * 1.05 * 0.875 * 1e-4;
    expect(rel(r.serviceLines!.pharmacy.spending, pharmacy)).toBeLessThan(1e-12);
    // other lines are untouched by it: 'other' is 5% of each status's spending at 5% growth
    const other = (10000 * 100 + 5000 * 1.02 * 350) * 1.05 * 1e-4;
    expect(rel(r.serviceLines!.other.spending, other)).toBeLessThan(1e-12);
    expect(rel(r.care!.drugShare!, pharmacy / benefitsOf(emp, 0))).toBeLessThan(1e-12);
    expect(r.serviceLines!.general_outpatient.cases).toBeCloseTo(2 * (10000 + 5100), 9);
    expect(r.serviceLines!.pharmacy.cases).toBeNull();
  });

  it('the lines sum to the benefit items in every year, both funds', () => {
    for (const f of [emp, res]) {
      f.rows.forEach((r, i) => {
        const sum = Object.values(r.serviceLines!).reduce((s, l) => s + l.spending, 0);
        expect(rel(sum, benefitsOf(f, i))).toBeLessThan(1e-12);
        expect(Object.values(r.serviceLines!).reduce((s, l) => s + l.share, 0)).toBeCloseTo(1, 12);
      });
    }
  });

  it("each line's change splits into members, aging, use, price and policy that sum to the change (LMDI)", () => {
    // 2025 inpatient over the base year 2024: (10,000·1,000 + 5,000·4,200) · 1e-4 = 3,100
    const first = emp.rows[0].serviceLines!.inpatient;
    const parts = (c: typeof first.change) => c.members + c.aging + c.use + c.price + c.policy;
    expect(rel(parts(first.change), first.spending - 3100)).toBeLessThan(1e-9);
    for (const f of [emp, res]) {
      for (let i = 1; i < f.rows.length; i++) {
        for (const [id, l] of Object.entries(f.rows[i].serviceLines!)) {
          const change = l.spending - f.rows[i - 1].serviceLines![id].spending;
          expect(Math.abs(parts(l.change) - change)).toBeLessThan(1e-9 * l.spending);
        }
      }
    }
    // the resident inpatient line has no use growth: its use part is 0; its price part is positive
    expect(res.rows[2].serviceLines!.inpatient.change.use).toBe(0);
    expect(res.rows[2].serviceLines!.inpatient.change.price).toBeGreaterThan(0);
    // members shrink 0.5% a year: a negative members part of about 0.5% of the line
    const m = res.rows[2].serviceLines!.inpatient;
    expect(m.change.members / res.rows[1].serviceLines!.inpatient.spending).toBeCloseTo(Math.log(0.995), 3);
  });

  it('with the fund’s own growth on every line and no line saving, lines reproduce the per-head projection (same-totals.yaml = minimal.yaml)', () => {
    const one = run(join(__dirname, '..', 'fixtures', 'minimal.yaml')).funds[0];
    const split = run(join(dir, 'same-totals.yaml')).funds[0];
    expect(one.rows[0].serviceLines).toBeUndefined();
    one.rows.forEach((r, i) => {
      const s = split.rows[i];
      for (const key of ['income', 'expenditure', 'balance'] as const) expect(rel(s[key], r[key])).toBeLessThan(1e-12);
      for (const [item, v] of Object.entries(r.expenditureItems)) expect(rel(s.expenditureItems[item], v)).toBeLessThan(1e-12);
      // nothing but members and price moves a default line
      for (const l of Object.values(s.serviceLines!)) {
        expect(l.change.use).toBe(0);
        expect(Math.abs(l.change.policy)).toBeLessThan(1e-9 * l.spending);
      }
    });
  });
});

describe('savingFactor: a saving with a start month is prorated in its first year', () => {
  const drg = { name: 'DRG', from: 2026, affected_share: 0.8, saving_rate: 0.1 };
  it('a July start gives half of the first year, then the whole saving', () => {
    expect(savingFactor({ ...drg, start_month: 7 }, 2025)).toBe(1);
    expect(savingFactor({ ...drg, start_month: 7 }, 2026)).toBeCloseTo(1 - 0.08 * 0.5, 15);
    expect(savingFactor({ ...drg, start_month: 7 }, 2027)).toBeCloseTo(1 - 0.08, 15);
    expect(savingFactor({ ...drg, start_month: 7, phase_in_years: 2 }, 2026)).toBeCloseTo(1 - 0.08 * 0.5 * 0.5, 15);
  });
  it('without a start month it is the whole-year formula, to the bit', () => {
    for (const y of [2026, 2027]) expect(savingFactor({ ...drg, phase_in_years: 3 }, y)).toBe(1 - 0.8 * 0.1 * Math.min(1, (y - 2026 + 1) / 3));
  });
});

describe('service lines: each broken key gives a located bilingual error', () => {
  itReportsIssues(join(dir, 'invalid'), [
    ['shares-not-one.yaml', ['funds', 'emp', 'service_lines', 'lines'], /shares of actives spending sum to 0\.9, not 1/, /比例之和为 0\.9，不等于 1/],
    ['saving-unknown-line.yaml', ['funds', 'emp', 'cost_control', 'savings', 0, 'line'], /acts on service line 'pharmacy', which this fund's service_lines do not have \(lines: inpatient, other\)/, /service_lines 中没有此类别/],
    ['unknown-line.yaml', ['funds', 'emp', 'service_lines', 'lines', 'inpatent'], /did you mean 'inpatient'/, /是否应为 'inpatient'/],
    ['start-month.yaml', ['funds', 'emp', 'cost_control', 'savings', 0, 'start_month'], /≤ 12, found the number 13/, /不大于 12/],
    ['bad-use.yaml', ['funds', 'emp', 'service_lines', 'lines', 'inpatient', 'use', 'retiree'], /did you mean 'retirees'/, /是否应为 'retirees'/],
    ['resident-critical-illness.yaml', ['funds', 'res', 'service_lines', 'lines', 'critical_illness'], /its own expenditure item \(critical_illness_per_head\)/, /单独的支出项目/],
  ]);
});
