import { describe, expect, it } from 'vitest';
import { describeTarget, parseTargetSpec, SolveError } from '../../src/solve/index';

describe('parseTargetSpec', () => {
  it('reads each documented form', () => {
    expect(parseTargetSpec('min-months:6')).toEqual({ kind: 'minReserveMonths', months: 6 });
    expect(parseTargetSpec('min-months:4.5:2025-2035')).toEqual({ kind: 'minReserveMonths', months: 4.5, fromYear: 2025, toYear: 2035 });
    expect(parseTargetSpec('band:2035:6:9')).toEqual({ kind: 'bandAt', year: 2035, lower: 6, upper: 9 });
    expect(parseTargetSpec('stable:2030:2060')).toEqual({ kind: 'stableRatio', years: [2030, 2060] });
    expect(parseTargetSpec('paygo')).toEqual({ kind: 'payAsYouGo' });
  });

  it('rejects anything else, listing the forms in English and Chinese', () => {
    for (const bad of ['', 'min-months', 'min-months:x', 'min-months:6:2025', 'band:2035:6', 'band:35:6:9', 'stable:2030', 'paygo:1', 'max-months:6', 'min-months:6e1']) {
      expect(() => parseTargetSpec(bad)).toThrow(SolveError);
      expect(() => parseTargetSpec(bad)).toThrow(/forms: min-months:6.*可用格式/);
    }
  });
});

describe('describeTarget', () => {
  it('words every kind in both languages', () => {
    expect(describeTarget({ kind: 'minReserveMonths', months: 6, fromYear: 2025, toYear: 2035 })).toEqual({ en: 'reserve months ≥ 6 in every year 2025–2035', zh: '2025–2035年每年可支付月数不低于6个月' });
    expect(describeTarget({ kind: 'bandAt', year: 2035, lower: 6, upper: 9 }).zh).toBe('2035年可支付月数在6至9个月之间');
    expect(describeTarget({ kind: 'stableRatio', years: [2030, 2060] }).en).toMatch(/2030 and 2060/);
    expect(describeTarget({ kind: 'payAsYouGo' }).zh).toMatch(/现收现付/);
  });
});
