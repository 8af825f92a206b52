import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../src/charts/estimateTextWidth';

// Hand calculations with width = ceil(fontSize · (1.0 · CJK characters + 0.62 · others)).
describe('estimateTextWidth', () => {
  it('counts Chinese characters and full-width punctuation as 1 em', () => {
    expect(estimateTextWidth({ fontSize: 10 }, '结余过多')).toBe(40); // 4 · 10
    expect(estimateTextWidth({ fontSize: 10 }, '金额（亿元）')).toBe(60); // 6 · 10
  });
  it('counts other characters as 0.62 em', () => {
    expect(estimateTextWidth({ fontSize: 10 }, 'Year')).toBe(25); // ceil(4 · 6.2 = 24.8)
    expect(estimateTextWidth({ fontSize: 10 }, '基金穿底 2034')).toBe(71); // 4 · 10 + 5 · 6.2 = 71 (4 CJK; space and 4 digits)
  });
  it('uses vega defaults: 11 px font, empty text for a null line, trimmed text', () => {
    expect(estimateTextWidth({}, '年')).toBe(11);
    expect(estimateTextWidth({ fontSize: 12 }, null)).toBe(0);
    expect(estimateTextWidth({ fontSize: 10 }, '  年  ')).toBe(10);
  });
});
