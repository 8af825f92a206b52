import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/index';

const fixture = (name: string) => join(__dirname, '..', 'fixtures', name);
const TOL = 1e-9; // relative; the hand arithmetic below is exact in decimal

function close(actual: number, expected: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(TOL * Math.max(1, Math.abs(expected)));
}

describe('golden two-year employee case (hand calculation; fixtures/golden-employee.yaml, k = 1)', () => {
  const fund = runScenario(fixture('golden-employee.yaml')).funds[0];
  const [y2021, y2022] = fund.rows;

  it('2021, pre-2021 account rule', () => {
    // actives 100·1.1 = 110, retirees 50·1.2 = 60, base 1000·1.1 = 1100 → due base 110·1100 = 121,000
    // employer 121,000·6% = 7,260; 30% to accounts → pooled 7,260·0.7 = 5,082; no retiree credit (pre2021)
    // benefits 110·(20·1.1) + 60·(50·1.1) = 2,420 + 3,300 = 5,720; other income 10% = 572
    // interest 2%·10,000 = 200; subsidy 100 → income 5,082 + 0 + 100 + 572 + 200 = 5,954
    // surplus 5,954 − 5,720 = 234; balance 10,234; months 12·10,234/5,720 = 21.4699… → excessive
    close(y2021.incomeItems.employer_contributions, 5082);
    close(y2021.incomeItems.interest, 200);
    close(y2021.incomeItems.other_income, 572);
    close(y2021.income, 5954);
    close(y2021.expenditure, 5720);
    close(y2021.surplus, 234);
    close(y2021.balance, 10234);
    close(y2021.reserveMonths!, (12 * 10234) / 5720);
    expect(y2021.band).toBe('excessive');
    close(y2021.memo.employer_contributions_to_accounts, 2178);
    close(y2021.memo.employee_contributions_to_accounts, 2420);
    close(y2021.dependencyRatio!, 110 / 60);
  });

  it('2022, post-2021 account rule', () => {
    // actives 121, retirees 72, base 1,210 → due 146,410; employer 6% = 8,784.6, all pooled
    // retiree credit 72·2,000·5% = 7,200; benefits 121·24.2 + 72·60.5 = 2,928.2 + 4,356 = 7,284.2
    // other 728.42; interest 2%·10,234 = 204.68; income 8,784.6 + 100 + 728.42 + 204.68 = 9,817.7
    // expenditure 7,284.2 + 7,200 = 14,484.2; surplus −4,666.5; balance 5,567.5; months 4.6127… → low
    close(y2022.income, 9817.7);
    close(y2022.expenditureItems.retiree_account_credits, 7200);
    close(y2022.expenditure, 14484.2);
    close(y2022.surplus, -4666.5);
    close(y2022.balance, 5567.5);
    close(y2022.reserveMonths!, (12 * 5567.5) / 14484.2);
    expect(y2022.band).toBe('low');
    expect(fund.firstDeficitYear).toBe(2022);
    expect(fund.exhaustionYear).toBeNull();
  });
});

describe('golden two-year resident case (hand calculation; fixtures/golden-resident.yaml, k = 1)', () => {
  const fund = runScenario(fixture('golden-resident.yaml')).funds[0];
  const [y2021, y2022] = fund.rows;

  it('2021', () => {
    // insured 1000·0.9 = 900; subsidy 500·1.1 = 550; premium 200 (fixed); income 20,000·1.05 = 21,000
    // critical illness 0.2%·21,000 = 42; spending 600·1.1 = 660
    // income 900·550 + 900·200 + 1% of 100,000 = 495,000 + 180,000 + 1,000 = 676,000
    // expenditure 900·660 + 900·42 = 594,000 + 37,800 = 631,800; surplus 44,200; balance 144,200
    close(y2021.incomeItems.fiscal_subsidies_per_head, 495000);
    close(y2021.incomeItems.individual_premiums, 180000);
    close(y2021.income, 676000);
    close(y2021.expenditureItems.critical_illness_purchase, 37800);
    close(y2021.expenditure, 631800);
    close(y2021.balance, 144200);
    close(y2021.reserveMonths!, (12 * 144200) / 631800);
    expect(y2021.band).toBe('insufficient');
    expect(y2021.dependencyRatio).toBeNull();
  });

  it('2022', () => {
    // insured 810; subsidy 605; premium 300 (from 2022); income 22,050 → critical illness 44.1; spending 726
    // income 810·605 + 810·300 + 1%·144,200 = 490,050 + 243,000 + 1,442 = 734,492
    // expenditure 810·726 + 810·44.1 = 588,060 + 35,721 = 623,781; surplus 110,711; balance 254,911
    close(y2022.income, 734492);
    close(y2022.expenditure, 623781);
    close(y2022.surplus, 110711);
    close(y2022.balance, 254911);
    close(y2022.gapRate!, (623781 - 734492) / 734492);
    expect(fund.firstDeficitYear).toBeNull();
    expect(fund.bandBasis).toBe('extension');
  });
});
