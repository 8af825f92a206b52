import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, resolveAssumptions } from '../../src/index';

describe('checkMonthly: located warnings on the monthly figures (fixture monthly/warnings.yaml)', () => {
  const warnings = resolveAssumptions(loadScenario(join(__dirname, '..', 'fixtures', 'monthly', 'warnings.yaml'))).warnings;
  const at = (code: string) => warnings.filter((w) => w.code === code);

  it('each planted fault is found once, where it was written, in both languages', () => {
    expect(warnings.map((w) => [w.code, w.path.slice(4).join('.')])).toEqual([
      ['monthly_year_mismatch', '2023-12.income'],
      ['monthly_missing_month', '2024-01'],
      ['monthly_ytd_falling', '2024-05.expenditure'],
      ['monthly_basis_change', '2024-06.basis.scope'],
      ['monthly_basis_change', '2024-07.basis.scope'],
    ]);
    for (const w of warnings) {
      expect(w.file.endsWith('warnings.yaml')).toBe(true);
      expect(w.line).toBeGreaterThan(14);
      expect(w.message.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('says what was found: the figures and their difference', () => {
    const [mismatch] = at('monthly_year_mismatch');
    // 11 × 84 + 86 = 1010 against the history's 1000
    expect([mismatch!.figures.months, mismatch!.figures.reported, mismatch!.difference]).toEqual([1010, 1000, 10]);
    expect(mismatch!.message.en).toBe("fund 'emp', 2023: the months of income sum to 1010, but the year's history reports 1000 (difference 10)");
    expect(at('monthly_missing_month')[0]!.message.zh).toBe("基金 'emp' 2024 年：缺少 3 月的数据");
    // year to date 4 × 83 = 332 in April, 415 − 200 = 215 written for May
    expect(at('monthly_ytd_falling')[0]!.figures).toEqual({ line: 'expenditure', before: 332, now: 215 });
    expect(at('monthly_basis_change')[0]!.figures).toEqual({ field: 'scope', from: 'pooled', to: 'with_accounts', previous_month: '2024-05' });
  });
});
