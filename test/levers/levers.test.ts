import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  combineScenario, loadScenario, mergeScenario, parseBenefitSchedule, parseClaimSizeDistribution, project, resolveAssumptions,
  scheduleCostRatio, validateScenario, type FundResult,
} from '../../src/index';

const root = join(__dirname, '..', '..');
const golden = join(root, 'test', 'golden', 'scenarios', 'employee-two-year.yaml');
const goldenRes = join(root, 'test', 'golden', 'scenarios', 'resident-two-year.yaml');
const base = loadScenario(golden).scenario;
const baseRes = loadScenario(goldenRes).scenario;

/** Projects the golden employee case with `changes` merged in (by the extends rule) and returns its fund. */
function emp(changes: Record<string, unknown>): FundResult {
  return project(resolveAssumptions(validateScenario(mergeScenario(base, changes)))).funds[0];
}
function res(changes: Record<string, unknown>): FundResult {
  return project(resolveAssumptions(validateScenario(mergeScenario(baseRes, changes)))).funds[0];
}
const baseline = emp({});
const baselineRes = res({});
const fund = (x: Record<string, unknown>) => ({ funds: { emp: x } });
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));

// Hand figures of the golden case (test/golden/employee-two-year.yaml), 2021, pre-2021 rule:
// due base 121,000; benefits 5,720; income 5,954; balance 10,234; 2022 due base 146,410.
describe('each lever moves the outcome in the expected direction by a hand-checkable amount', () => {
  it('employer rate +1 point (adjustment): pooled employer income +121,000·1%·0.7 = +847 in 2021', () => {
    const f = emp({ adjustments: [{ fund: 'emp', lever: 'employer_rate', from: 2021, add: 0.01 }] });
    close(f.rows[0].incomeItems.employer_contributions - baseline.rows[0].incomeItems.employer_contributions, 847);
    close(f.rows[0].balance - baseline.rows[0].balance, 847);
  });

  it('phased adjustment: −1 point over 2 years gives −0.5 point in 2021 and −1 point in 2022', () => {
    const f = emp({ adjustments: [{ fund: 'emp', lever: 'employer_rate', from: 2021, add: -0.01, phase_in_years: 2 }] });
    close(f.rows[0].incomeItems.employer_contributions, 121000 * 0.055 * 0.7); // pre-2021: 30% to accounts
    close(f.rows[1].incomeItems.employer_contributions, 146410 * 0.05); // post-2021: all pooled
  });

  it('retirees contributing 1% of the pension: 60 retirees × 2,000 × 1% = 1,200 in 2021', () => {
    const f = emp(fund({ contributions: { retiree_rate: 0.01 } }));
    close(f.rows[0].incomeItems.retiree_contributions, 1200);
  });

  it('excess cost growth 10% in 2021: benefits 5,720 → 6,292, other income +57.2, balance −514.8', () => {
    const f = emp(fund({ cost_control: { excess_cost_growth: { 2020: 0, 2021: 0.1 } } }));
    close(f.rows[0].expenditure, 6292);
    close(f.rows[0].balance - baseline.rows[0].balance, -572 + 57.2);
  });

  it('DRG/procurement saving: 20% on half of spending → benefits × 0.9 = 5,148', () => {
    const f = emp(fund({ cost_control: { savings: [{ name: 'drg', from: 2021, affected_share: 0.5, saving_rate: 0.2 }] } }));
    close(f.rows[0].expenditure, 5148);
    expect(f.rows[0].balance).toBeGreaterThan(baseline.rows[0].balance);
  });

  it('saving phased over 2 years: half the saving in its first year', () => {
    const f = emp(fund({ cost_control: { savings: [{ name: 'drg', from: 2021, affected_share: 0.5, saving_rate: 0.2, phase_in_years: 2 }] } }));
    close(f.rows[0].expenditure, 5720 * 0.95);
  });

  it('out-of-region share 10% → 20% with a 50% premium: benefits × (1 + 0.2·0.5)/(1 + 0.1·0.5)', () => {
    const f = emp(fund({ cost_control: { out_of_region: { share: { 2020: 0.1, 2021: 0.2 }, cost_premium: 0.5 } } }));
    close(f.rows[0].expenditure, (5720 * 1.1) / 1.05);
  });

  it('benefit change (higher annual cap) raises spending by 1 + affected·(R − 1), R from the claim-size distribution', () => {
    const old = { benefitType: 'inpatient', hospitalLevel: 'any', deductible: { amount: 500, per: 'year' }, coinsurance: { tiers: [{ rate: 0.7 }] }, annualCap: 20000 };
    const neu = { ...old, annualCap: 40000 };
    const claims = { kind: 'lognormal', mean: 8000, cv: 1.5 };
    const R = scheduleCostRatio(parseBenefitSchedule(old), parseBenefitSchedule(neu), parseClaimSizeDistribution(claims));
    expect(R).toBeGreaterThan(1);
    const f = emp(fund({ cost_control: { benefit_changes: [{ name: 'cap', from: 2021, affected_share: 0.5, old, new: neu, claims }] } }));
    close(f.rows[0].expenditure, 5720 * (1 + 0.5 * (R - 1)));
  });

  it('one-off shock: a 13th month of benefits (1/12) adds 5,720/12 to 2021 expenditure only', () => {
    const f = emp(fund({ shocks: [{ name: '13th month', year: 2021, expenditure_share: 1 / 12 }] }));
    close(f.rows[0].expenditureItems.one_off, 5720 / 12);
    close(f.rows[1].expenditureItems.one_off, 0);
    close(f.rows[0].balance - baseline.rows[0].balance, -5720 / 12);
  });

  it('treasury top-up to 24 months: 24·5,720/12 − 10,234 = 1,206 in 2021, months exactly 24', () => {
    const f = emp(fund({ rules: { treasury_top_up: { floor_months: 24, from: 2021 } } }));
    close(f.rows[0].incomeItems.treasury_top_up, 1206);
    close(f.rows[0].reserveMonths!, 24);
    for (const r of f.rows) expect(r.reserveMonths!).toBeGreaterThanOrEqual(24 - 1e-9);
  });

  it('rate adjustment: months below 22 in 2021 → employer rate 6% → 6.5% (cap) from 2022', () => {
    const f = emp(fund({ rules: { rate_adjustment: { lever: 'employer_rate', below_months: 22, years: 1, step: 0.01, cap: 0.065, from: 2022 } } }));
    expect(f.events).toEqual([{ year: 2022, kind: 'rate_adjustment', lever: 'employer_rate', from: 0.06, to: 0.065 }]);
    close(f.rows[1].incomeItems.employer_contributions, 146410 * 0.065);
    close(f.rows[0].balance, baseline.rows[0].balance); // nothing changes before the rule acts
  });

  it('fiscal subsidy +500: balance +500 in 2021', () => {
    const f = emp(fund({ fiscal_subsidy: 600 }));
    close(f.rows[0].balance - baseline.rows[0].balance, 500);
  });

  it('resident premium +100 yuan (level adjustment): income +900 insured × 100 = +90,000 in 2021', () => {
    const f = res({ adjustments: [{ fund: 'res', lever: 'premium_per_head', from: 2021, add: 100 }] });
    close(f.rows[0].incomeItems.individual_premiums - baselineRes.rows[0].incomeItems.individual_premiums, 90000);
  });

  it('critical-illness deductible cut reprices the resident critical-illness purchase by R', () => {
    const old = { benefitType: 'criticalIllness', hospitalLevel: 'any', deductible: { amount: 13500, per: 'year' }, coinsurance: { tiers: [{ rate: 0.5 }] } };
    const neu = { ...old, deductible: { amount: 11350, per: 'year' }, coinsurance: { tiers: [{ rate: 0.6 }] } };
    const claims = { kind: 'lognormal', mean: 30000, cv: 1.2 };
    const R = scheduleCostRatio(parseBenefitSchedule(old), parseBenefitSchedule(neu), parseClaimSizeDistribution(claims));
    const f = res({ funds: { res: { cost_control: { benefit_changes: [{ name: 'ci', from: 2021, applies_to: 'critical_illness', affected_share: 1, old, new: neu, claims }] } } } });
    close(f.rows[0].expenditureItems.critical_illness_purchase, 37800 * R);
    close(f.rows[0].expenditureItems.benefits, 594000);
  });
});

describe('a lever set to its baseline value changes nothing', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['adjustment of +0', { adjustments: [{ fund: 'emp', lever: 'employer_rate', from: 2021, add: 0 }] }],
    ['adjustment ×1', { adjustments: [{ fund: 'emp', lever: 'excess_cost_growth', from: 2021, multiply: 1 }] }],
    ['excess cost growth 0', fund({ cost_control: { excess_cost_growth: 0 } })],
    ['saving of 0%', fund({ cost_control: { savings: [{ name: 'x', from: 2021, affected_share: 0.5, saving_rate: 0 }] } })],
    ['constant out-of-region share', fund({ cost_control: { out_of_region: { share: 0.2, cost_premium: 0.5 } } })],
    ['shock of 0', fund({ shocks: [{ name: 'x', year: 2021, expenditure_amount: 0 }] })],
    ['top-up floor never reached', fund({ rules: { treasury_top_up: { floor_months: 0, from: 2021 } } })],
    ['retiree rate 0', fund({ contributions: { retiree_rate: 0 } })],
  ];
  for (const [name, changes] of cases) {
    it(name, () => {
      const f = emp(changes);
      f.rows.forEach((r, i) => {
        expect(r.balance).toBe(baseline.rows[i].balance);
        expect(r.income).toBe(baseline.rows[i].income);
        expect(r.expenditure).toBe(baseline.rows[i].expenditure);
      });
    });
  }
});

describe('levers are checked, not silently ignored', () => {
  const invalid = (changes: Record<string, unknown>) => () => resolveAssumptions(validateScenario(mergeScenario(base, changes)));
  it('an adjustment of an unknown lever or fund is an error', () => {
    expect(invalid({ adjustments: [{ fund: 'emp', lever: 'premium_per_head', from: 2021, add: 1 }] })).toThrow(/unknown lever 'premium_per_head' for a employee fund/);
    expect(invalid({ adjustments: [{ fund: 'nope', lever: 'employer_rate', from: 2021, add: 1 }] })).toThrow(/no fund 'nope'/);
  });
  it('an adjustment that drives a rate out of [0, 1] is an error', () => {
    expect(invalid({ adjustments: [{ fund: 'emp', lever: 'employer_rate', from: 2021, add: -0.5 }] })).toThrow(/employer_rate becomes -0.44/);
  });
  it('a shock outside the projection is an error', () => {
    expect(invalid(fund({ shocks: [{ name: 'x', year: 2030, expenditure_amount: 1 }] }))).toThrow(/shock year 2030 is outside the projection 2021–2022/);
  });
  it('a shock must give exactly one amount', () => {
    expect(invalid(fund({ shocks: [{ name: 'x', year: 2021, expenditure_amount: 1, income_amount: 1 }] }))).toThrow(/exactly one of expenditure_share, expenditure_amount, income_amount/);
  });
  it('a critical-illness repricing on the employee fund is an error', () => {
    const s = { benefitType: 'criticalIllness', hospitalLevel: 'any', deductible: { amount: 1, per: 'year' }, coinsurance: { tiers: [{ rate: 0.5 }] } };
    expect(invalid(fund({ cost_control: { benefit_changes: [{ name: 'x', from: 2021, applies_to: 'critical_illness', affected_share: 1, old: s, new: s, claims: { kind: 'lognormal', mean: 1000, cv: 1 } }] } }))).toThrow(/employee fund buys no critical-illness cover/);
  });
});

describe('reform overlays', () => {
  const national = join(root, 'scenarios', 'china-national-2024.yaml');
  const reforms = ['employer-rate-cut', 'drg-extension', 'procurement-savings'].map((r) => join(root, 'scenarios', 'reforms', `${r}.yaml`));

  it('never mutate the base: the base file and its projection are unchanged after combining', () => {
    const before = readFileSync(national, 'utf8');
    const first = project(resolveAssumptions(loadScenario(national)));
    combineScenario(national, reforms);
    expect(readFileSync(national, 'utf8')).toBe(before);
    expect(project(resolveAssumptions(loadScenario(national)))).toEqual(first);
  });

  it('combine: lists of savings accumulate, so base + DRG + procurement saves more than either alone', () => {
    const bal = (files: string[]) => project(resolveAssumptions(combineScenario(national, files))).funds[0].rows.find((r) => r.year === 2035)!.balance;
    const b0 = bal([]);
    const both = bal(reforms.slice(1));
    expect(both - b0).toBeGreaterThan(bal([reforms[1]]) - b0);
    expect(both - b0).toBeGreaterThan(bal([reforms[2]]) - b0);
    expect(combineScenario(national, reforms).overlays.map((o) => o.id)).toEqual(['employer-rate-cut', 'drg-extension', 'procurement-savings']);
  });

  it('an overlay that changes a fund the scenario lacks is an error naming the overlay and the fund', () => {
    const district = join(root, 'scenarios', 'examples', 'small-district.yaml');
    expect(() => combineScenario(district, [reforms[1]])).toThrow(/overlay 'drg-extension' changes fund 'resident', which the scenario does not have \(its funds: employee\)/);
  });

  it('the overlay cut matches the hand-written example scenario (same rate path)', () => {
    const viaOverlay = project(resolveAssumptions(combineScenario(national, [reforms[0]]))).funds[0];
    const viaExample = project(resolveAssumptions(loadScenario(join(root, 'scenarios', 'examples', 'employer-rate-cut.yaml')))).funds[0];
    // overlay: 6.15% − 1/3, 2/3, 1 point; example: 5.82%, 5.48%, 5.15% (rounded to 0.01 point)
    const y2030 = (f: FundResult) => f.rows.find((r) => r.year === 2030)!.incomeItems.employer_contributions;
    expect(Math.abs(y2030(viaOverlay) / y2030(viaExample) - 1)).toBeLessThan(1e-12);
  });
});
