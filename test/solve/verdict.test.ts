import { describe, expect, it } from 'vitest';
import { project } from '../../src/index';
import { SolveError, verdict } from '../../src/solve/index';
import { fixtureAssumptions, scenarioAssumptions } from './load';

const district = project(scenarioAssumptions('scenarios/examples/small-district.yaml'));
const national = project(scenarioAssumptions('scenarios/china-national-2024.yaml'));

/** Every number written in a text (years, counts, months with one decimal, negatives with '-'). */
function numbersIn(text: string): string[] {
  return text.match(/-?\d+(\.\d+)?/g) ?? [];
}

describe('verdict figures, recomputed from the projection rows', () => {
  for (const [label, result] of [['small district', district], ['national', national]] as const) {
    for (const f of result.funds) {
      it(`${label} ${f.id}`, () => {
        const v = verdict(result, f.id);
        const rows = f.rows;
        expect(v.firstDeficitYear).toBe(rows.find((r) => r.surplus < 0)?.year ?? null);
        expect(v.exhaustionYear).toBe(rows.find((r) => r.balance < 0)?.year ?? null);
        expect(v.belowLow.years).toEqual(rows.filter((r) => r.reserveMonths! < 3).map((r) => r.year));
        expect(v.aboveHigh.years).toEqual(rows.filter((r) => r.reserveMonths! > 15).map((r) => r.year));
        expect(v.belowLow.count).toBe(v.belowLow.years.length);
        const ms = rows.map((r) => r.reserveMonths!);
        expect(v.largest!.months).toBe(Math.max(...ms));
        expect(v.smallest!.months).toBe(Math.min(...ms));
        expect(v.largest!.year).toBe(rows[ms.indexOf(Math.max(...ms))].year);
        expect(v.bands).toEqual(rows.map((r) => ({ year: r.year, band: r.band, months: r.reserveMonths })));
      });
    }
  }

  it('small district: exhausted, so the status is "exhausted", and the counts add up', () => {
    const v = verdict(district, 'employee');
    expect(v.status).toBe('exhausted');
    expect(v.firstYear).toBe(2025);
    expect(v.lastYear).toBe(2045);
    // small-district.yaml comment: already in current deficit in the base year, 13.1 months → the first projected year is in deficit
    expect(v.firstDeficitYear).toBe(2025);
  });
});

describe('verdict text holds only the projection\'s numbers', () => {
  for (const [label, result] of [['small district', district], ['national', national]] as const) {
    for (const f of result.funds) {
      for (const lang of ['en', 'zh'] as const) {
        it(`${label} ${f.id} (${lang})`, () => {
          const v = verdict(result, f.id, { lang });
          const rows = f.rows;
          const ms = rows.map((r) => r.reserveMonths!);
          const iMax = ms.indexOf(Math.max(...ms));
          const iMin = ms.indexOf(Math.min(...ms));
          // what the text may state, computed here from the rows (months to one decimal)
          const allowed = new Set([
            String(rows[0].year), String(rows[rows.length - 1].year), String(rows.length),
            String(rows.find((r) => r.surplus < 0)?.year), String(rows.find((r) => r.balance < 0)?.year),
            String(ms.filter((m) => m < 3).length), String(ms.filter((m) => m > 15).length), '3', '15',
            ms[iMax].toFixed(1), String(rows[iMax].year), ms[iMin].toFixed(1), String(rows[iMin].year),
            // the base year's own months: balance ÷ (observed base-year expenditure / 12), and its band's label
            String(f.base.year), ((f.base.balance * 12) / (f.base.observedExpenditure ?? f.base.modelExpenditure)).toFixed(1),
            ...numbersIn(lang === 'zh' ? result.bands.find((b) => b.id === f.base.band)!.labelZh : result.bands.find((b) => b.id === f.base.band)!.labelEn),
          ]);
          const name = lang === 'zh' ? (f.nameZh ?? f.name) : f.name;
          const text = v.text.replace(name, '');
          expect(v.text.startsWith(name)).toBe(true);
          const found = numbersIn(text);
          for (const n of found) expect(allowed, `'${n}' in: ${v.text}`).toContain(n);
          // and the key figures are all there
          expect(found).toEqual(expect.arrayContaining([ms[iMax].toFixed(1), ms[iMin].toFixed(1), String(ms.filter((m) => m < 3).length)]));
          if (f.exhaustionYear !== null) expect(found).toContain(String(f.exhaustionYear));
          if (f.firstDeficitYear !== null) expect(found).toContain(String(f.firstDeficitYear));
          expect(v.text).toBe(v.summary[lang]);
        });
      }
    }
  }

  it('says when the bands are an extension (resident fund) and when nothing goes wrong', () => {
    expect(verdict(national, 'resident').summary.en).toMatch(/applied here as an extension/);
    expect(verdict(national, 'resident').summary.zh).toMatch(/延伸应用/);
    expect(verdict(national, 'employee').summary.en).not.toMatch(/extension/);
    // the hand fixture at a 10% rate: surpluses every year, months 12·(1,100 + 10,000 − 4,500)/4,500 = 17.6 → 'sustainable'
    const a = fixtureAssumptions('hand-employee.yaml');
    const rich = project({ ...a, funds: [{ ...a.funds[0], employerRate: new Float64Array(4).fill(0.1) } as typeof a.funds[0]] });
    const v = verdict(rich, 'emp');
    expect(v.status).toBe('sustainable');
    expect(v.largest!.months).toBeGreaterThan(17.6);
    expect(v.summary.en).toMatch(/no current-year deficit within the horizon, and the balance is not exhausted within the horizon/);
    expect(v.summary.zh).toMatch(/预测期内未出现当期赤字，预测期内累计结余未耗尽/);
    expect(v.smallest).toEqual({ year: 2021, months: (12 * 6600) / 4500 });
  });

  it('a fund ending at 3.9 months with no deficit is not "sustainable" (issue 8, W5)', () => {
    // hand fixture at a 4.62% rate: B_2021 = 100,000·0.0462 − 3,400 = 1,220 (M = 1,220/375 = 3.25),
    // S_2022 = 0.1·1,220 + 4,620 − 4,500 = 242 > 0, B_2022 = 1,462 (M = 3.899): no deficit, never
    // below 3 months, but it ends in the 3–6 band, below the 6–9 normal band
    const a = fixtureAssumptions('hand-employee.yaml');
    const thin = project({ ...a, funds: [{ ...a.funds[0], employerRate: new Float64Array(4).fill(0.0462) } as typeof a.funds[0]] });
    const v = verdict(thin, 'emp');
    expect(v.firstDeficitYear).toBeNull();
    expect(v.belowLow.count).toBe(0);
    expect(v.end).toEqual({ year: 2022, months: 1462 / 375, band: 'low', label: { en: 'low (3–6 months)', zh: '结余偏低（3–6个月）' } });
    expect(v.status).toBe('low_reserve');
    expect(v.summary.en).not.toMatch(/: sustainable/);
    expect(v.summary.en).toMatch(/ends below the 6-month normal level/);
    expect(v.summary.en).toMatch(/In 2022 it ends at 3\.9 months: low \(3–6 months\)/);
    expect(v.summary.zh).toMatch(/2022年末可支付3\.9个月：结余偏低/);
    // the same fund with 'normal' set to 3 months is sustainable
    expect(verdict(thin, 'emp', { normal: 3 }).status).toBe('sustainable');
  });

  it('rejects an unknown fund and bad thresholds', () => {
    expect(() => verdict(district, 'resident')).toThrow(SolveError);
    expect(() => verdict(district, 'resident')).toThrow(/funds: employee/);
    expect(() => verdict(district, 'employee', { low: 15, high: 3 })).toThrow(/low < high/);
  });
});
