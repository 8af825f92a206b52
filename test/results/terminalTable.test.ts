import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/results/displayWidth';
import { shortBandLabel, terminalTable, textWidth, wrapText } from '../../src/results/terminalTable';

describe('terminal text helpers', () => {
  it('wrapText keeps every line within the width, keeps all the words, and never starts a line with closing CJK punctuation', () => {
    const zh = '职工基本医疗保险统筹基金（2026–2060年）：按现行政策不可持续。2038年起出现当期赤字（收不抵支），累计结余于2049年耗尽（穿底）。';
    const en = '  Balance exhausted by 2060: probability 93.0%; median year 2044 (10–90%: 2039 – 2055) and a-very+long+joined+identifier+of+overlays';
    for (const text of [zh, en]) {
      const lines = wrapText(text, 30).split('\n');
      expect(lines.length).toBeGreaterThan(1);
      for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(30);
      for (const l of lines.slice(1)) expect(l.trimStart()[0]).not.toMatch(/[）。，；：]/u);
      expect(lines.map((l) => l.trim()).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
    expect(wrapText(zh)).toBe(zh); // no width: unchanged
  });

  it('terminalTable drops the highest-numbered droppable column first, never an undroppable one', () => {
    const col = (head: string, drop?: number) => ({ head, cells: ['1234567890'], drop });
    const all = terminalTable([col('a'), col('b', 1), col('c', 2), col('d')]);
    expect(textWidth(all)).toBe(4 * 13 + 1); // 4 columns of 10 characters, 1 space each side, 5 borders
    const fitted = terminalTable([col('a'), col('b', 1), col('c', 2), col('d')], 45);
    expect(fitted.split('\n')[1]).toMatch(/a.*b.*d/);
    expect(fitted).not.toMatch(/ c /);
    expect(textWidth(terminalTable([col('a'), col('d')], 10))).toBe(27); // nothing left to drop: shown whole
  });

  it('shortBandLabel drops the bracketed range', () => {
    expect(shortBandLabel('excessive (> 15 months)')).toBe('excessive');
    expect(shortBandLabel('结余过多（超过15个月）')).toBe('结余过多');
    expect(shortBandLabel('exhausted')).toBe('exhausted');
  });
});
