import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth, formatMonitor, loadScenario, monitorFund, resolveMonthly } from '../../src/index';
import { runCli } from '../helpers/runCli';

const fixture = join(__dirname, '..', 'fixtures', 'monthly', 'monitor.yaml');
const h = resolveMonthly(loadScenario(fixture)).monthly.get('emp')!;

describe('monitorFund: execution against the profile and the warning rules', () => {
  it('re-estimates from four months on the even default (hand calculation)', () => {
    const m = monitorFund(h, { scheme: 'employee', openingBalance: 5000, reference: { income: 1200, expenditure: 1200 } });
    const e = m.rows.find((r) => r.line === 'expenditure')!;
    // A = 90 + 95 + 120 + 130 = 435, c = 4/12 → Ê = 1305; income 400 → Î = 1200; Ŝ = −105
    expect(e.estimate).toBeCloseTo(1305, 9);
    expect(m.reEstimate.surplus.estimate).toBeCloseTo(-105, 9);
    // no balance reported: B_4 = 5000 + 400 − 435 = 4965, B̂ = 4965 + 800 − 870 = 4895; M̂ = 12 · 4895 / 1305
    expect(m.reEstimate.balanceToDateSource).toBe('derived');
    expect(m.reEstimate.balance.estimate).toBeCloseTo(4895, 9);
    expect(m.reEstimate.reserveMonths!.estimate).toBeCloseTo((12 * 4895) / 1305, 9);
    // the even default's spread at April: √((1/3)(2/3)/401) = 0.02354082; × z(0.9) 1.2815516 = 0.03016877
    // → 435 / (1/3 + 0.03016877) = 1196.692 (to 1e-3: the constants have 7 significant digits)
    expect(e.low!).toBeCloseTo(1196.692, 3);
    // execution 435 / 1200 = 36.25 % against 33.3 %: 8.75 % ahead, under the fixture's 10 % rule
    expect(e.execution).toBeCloseTo(0.3625, 12);
    expect(e.aheadOfProfile).toBeCloseTo(0.0875, 12);
    expect(m.warnings.map((w) => w.code)).toEqual(['monitor_deficit_expected', 'monitor_year_end_months', 'monitor_deficit_months']);
    const running = m.warnings[2]!;
    expect([running.path.slice(-1)[0], running.figures.months_running, running.line]).toEqual(['2025-04', 2, 14]);
    expect(running.message.zh).toBe("基金 'emp' 2025-04：已连续 2 个月当月支出大于收入（预警规则：2 个月）");
  });

  it('spending ahead of its profile by more than the rule is a located warning', () => {
    const m = monitorFund(h, { scheme: 'employee', openingBalance: 5000, reference: { income: 1200, expenditure: 1000 } });
    const ahead = m.warnings.find((w) => w.code === 'monitor_ahead_of_profile')!;
    // 435 / 1000 = 43.5 % against 33.3 %: 30.5 % ahead
    expect(ahead.figures.ahead as number).toBeCloseTo(0.305, 12);
    expect(ahead.path).toEqual(['funds', 'emp', 'monthly', 'months', '2025-04', 'expenditure']);
    expect(ahead.message.en).toBe("fund 'emp', 2025-04: expenditure has reached 43.5% of the year against 33.3% expected by its profile — 30.5% ahead (rule: more than 10.0%)");
  });

  it('as of an earlier month only the months to then count (no deficit run in February)', () => {
    const m = monitorFund(h, { scheme: 'employee', openingBalance: 5000, month: 2 });
    expect(m.reEstimate.month).toBe(2);
    expect(m.rows.find((r) => r.line === 'income')!.yearToDate).toBe(200);
    expect(m.warnings.map((w) => w.code)).toEqual(['monitor_year_end_months']);
    expect(m.rows[0]!.execution).toBeNull();
  });

  it('the table is bilingual and fits 80 columns', () => {
    const m = monitorFund(h, { scheme: 'employee', openingBalance: 5000 });
    for (const lang of ['en', 'zh'] as const) {
      const text = formatMonitor([m], lang);
      expect(Math.max(...text.split('\n').map(displayWidth))).toBeLessThanOrEqual(80);
    }
    expect(formatMonitor([m], 'zh')).toContain('预计 2025 年末可支付月数：');
  });
});

describe('fundcast monitor', () => {
  it('prints the table, the JSON and the CSV; a month outside the current year exits 1', async () => {
    const table = await runCli('monitor', fixture, '--lang', 'zh');
    expect([table.code, table.err]).toEqual([0, '']);
    expect(table.out).toContain('根据 2025 年 1—4 月数据预计全年');
    const json = await runCli('monitor', fixture, '--format', 'json', '--month', '2025-03');
    const parsed = JSON.parse(json.out) as { monitors: { reEstimate: { month: number } }[] };
    expect(parsed.monitors[0]!.reEstimate.month).toBe(3);
    const csv = await runCli('monitor', fixture, '--format', 'csv');
    expect(csv.out.split('\n')[1]).toMatch(/^emp,2025,4,income,400,/);
    const bad = await runCli('monitor', fixture, '--month', '2024-03');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/current year 2025.*当前年度 2025/);
  });
});
