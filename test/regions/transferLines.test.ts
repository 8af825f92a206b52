import { describe, expect, it } from 'vitest';
import { budgetLine } from '../../src/money/budgetLines';
import { loadRegions } from '../../src/regions/loadRegions';
import { projectRegions } from '../../src/regions/projectRegions';
import { TRANSFER_LINES, transferLines } from '../../src/regions/transferLines';

const p = projectRegions(loadRegions('test/fixtures/regions/four.regions.yaml'));
const rule = (id: string) => p.rules.find((r) => r.pooling.rule.id === id)!.pooling;

describe('transferLines: the pooling transfers as the budget table’s lines', () => {
  it('are the input lines of the fund budget table, with its names and sides', () => {
    expect(TRANSFER_LINES.map((l) => l.zh)).toEqual(['上解上级支出', '上级补助收入', '下级上解收入', '补助下级支出']);
    for (const l of TRANSFER_LINES) {
      const b = budgetLine(l.id)!;
      expect([b.rule, b.kind, b.zh]).toEqual(['input', l.side, l.zh]);
    }
  });
  it('adjustment fund: each region remits 5 % of its own income (the fixture’s share), and the fund receives their sum', () => {
    const pooled = rule('adjustment_fund');
    const lines = transferLines(pooled);
    pooled.years.forEach((year, t) => {
      const at = (account: string, line: string) => lines.find((l) => l.year === year && l.account === account && l.line === line)!.amount;
      let up = 0;
      let down = 0;
      p.flows.forEach((f) => {
        // c = s·I_t (docs/regions.md), I_t the region's own income before interest
        expect(at(f.id, 'remittance_to_upper')).toBeCloseTo(0.05 * f.income[t], 9);
        up += at(f.id, 'remittance_to_upper');
        down += at(f.id, 'subsidy_from_upper');
      });
      expect(at('adjustment_fund', 'remittance_from_lower')).toBeCloseTo(up, 9);
      expect(at('adjustment_fund', 'subsidy_to_lower')).toBeCloseTo(down, 9);
    });
    // two lines per region and two for the fund, every year
    expect(lines.length).toBe(pooled.years.length * (2 * p.flows.length + 2));
  });
  it('separate funds have no transfer lines', () => {
    expect(transferLines(rule('separate'))).toEqual([]);
  });
});
