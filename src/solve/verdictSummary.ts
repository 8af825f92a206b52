import type { Bilingual, Verdict } from './types';
import { escapeControls } from '../results/escapeControls';
import { formatNumber } from '../results/formatNumber';
import { label } from '../results/labels';

/**
 * The plain-language summary of a verdict, in English and Chinese, built only from the verdict's
 * own numbers: the projected years, status, first deficit and exhaustion years, counts of years
 * below/above the thresholds, the largest and smallest months of reserve (one decimal, '-'
 * for negatives), the base year's and the last year's months and band, and for `low_reserve` the
 * normal threshold; the observed years' current deficits and the treasury top-up (total, first
 * year, largest year), money to one decimal in the scenario's money unit.
 * Every number in the text is one of these.
 * @example verdictSummary(v).en // 'District employee pooled fund, 2025–2045: not sustainable on current policy. …'
 */
export function verdictSummary(v: Omit<Verdict, 'summary' | 'text'>): Bilingual {
  const n = v.lastYear - v.firstYear + 1;
  const m = (x: number) => x.toFixed(1);
  const { low, high } = v.thresholds;
  const status = {
    exhausted: { en: 'not sustainable on current policy', zh: '按现行政策不可持续' },
    below_floor: { en: 'at risk: the reserve falls below the warning line', zh: '存在风险：结余低于警戒线' },
    drawing_down: { en: 'running current deficits covered by the reserve', zh: '出现当期赤字，由累计结余弥补' },
    low_reserve: { en: `not sustainable at this reserve: it ends below the ${v.thresholds.normal}-month normal level`, zh: `结余水平不可持续：期末低于${v.thresholds.normal}个月的合理水平` },
    sustainable: { en: 'sustainable on current policy', zh: '按现行政策可持续' },
  }[v.status];
  const deficit = v.firstDeficitYear !== null
    ? { en: `the first current-year deficit comes in ${v.firstDeficitYear}`, zh: `${v.firstDeficitYear}年起出现当期赤字（收不抵支）` }
    : { en: 'no current-year deficit within the horizon', zh: '预测期内未出现当期赤字' };
  const exhausted = v.exhaustionYear !== null
    ? { en: `the balance is exhausted in ${v.exhaustionYear}`, zh: `累计结余于${v.exhaustionYear}年耗尽（穿底）` }
    : { en: 'the balance is not exhausted within the horizon', zh: '预测期内累计结余未耗尽' };
  const range = v.largest && v.smallest
    ? {
        en: ` Months of reserve peak at ${m(v.largest.months)} (${v.largest.year}) and are lowest at ${m(v.smallest.months)} (${v.smallest.year});`,
        zh: `可支付月数最高${m(v.largest.months)}个月（${v.largest.year}年），最低${m(v.smallest.months)}个月（${v.smallest.year}年）；`,
      }
    : { en: ' Months of reserve are undefined (no expenditure);', zh: '可支付月数无定义（无支出）；' };
  const counts = {
    en: ` ${v.belowLow.count} of ${n} years are below ${low} months and ${v.aboveHigh.count} above ${high}.`,
    zh: `${n}年中有${v.belowLow.count}年低于${low}个月，${v.aboveHigh.count}年高于${high}个月。`,
  };
  const end = v.end.months !== null
    ? { en: ` In ${v.end.year} it ends at ${m(v.end.months)} months: ${v.end.label.en}.`, zh: `${v.end.year}年末可支付${m(v.end.months)}个月：${v.end.label.zh}。` }
    : { en: '', zh: '' };
  const base = v.base.months !== null
    ? { en: ` In the base year ${v.base.year} it holds ${m(v.base.months)} months of reserve: ${v.base.label.en}.`, zh: `基期${v.base.year}年可支付${m(v.base.months)}个月：${v.base.label.zh}。` }
    : { en: '', zh: '' };
  const basis = v.bandBasis === 'extension'
    ? { en: ' (Warning lines of the employee pooled fund, applied here as an extension.)', zh: '（预警线为职工统筹基金标准的延伸应用。）' }
    : { en: '', zh: '' };
  const money = (x: number) => formatNumber(x, 1);
  const unit = { en: label(v.moneyUnit, 'en'), zh: label(v.moneyUnit, 'zh') };
  const observed = v.observedDeficits.length === 0
    ? { en: '', zh: '' }
    : {
        en: ` Observed years already ran current deficits (${unit.en}): ${v.observedDeficits.map((d) => `${d.year} ${money(d.surplus)}`).join(', ')}.`,
        zh: `历史年份已出现当期赤字：${v.observedDeficits.map((d) => `${d.year}年${money(d.surplus)}${unit.zh}`).join('，')}。`,
      };
  const t = v.topUp;
  const when = (lang: 'en' | 'zh') => (t && t.firstYear !== null && t.largest
    ? lang === 'en' ? `${money(t.total)} ${unit.en} in total from ${t.firstYear}, the largest ${money(t.largest.amount)} in ${t.largest.year}` : `共${money(t.total)}${unit.zh}，自${t.firstYear}年起，最多为${t.largest.year}年的${money(t.largest.amount)}${unit.zh}`
    : '');
  const topUp = t === null
    ? { en: '', zh: '' }
    : t.basis === 'rule'
      ? t.firstYear === null
        ? { en: ' The treasury top-up rule pays nothing within the horizon.', zh: '财政兜底补助规则在预测期内无需补助。' }
        : { en: ` The treasury top-up rule pays ${when('en')}.`, zh: `财政兜底补助规则需补助${when('zh')}。` }
      : { en: ` Keeping ${t.floorMonths} months of reserve would take a treasury top-up of ${when('en')}.`, zh: `若保持${t.floorMonths}个月可支付水平，财政需兜底补助${when('zh')}。` };
  return {
    en: `${escapeControls(v.name.en)}, ${v.firstYear}–${v.lastYear}: ${status.en}; ${deficit.en}, and ${exhausted.en}.${observed.en}${base.en}${range.en}${counts.en}${end.en}${topUp.en}${basis.en}`,
    zh: `${escapeControls(v.name.zh)}（${v.firstYear}–${v.lastYear}年）：${status.zh}。${deficit.zh}，${exhausted.zh}。${observed.zh}${base.zh}${range.zh}${counts.zh}${end.zh}${topUp.zh}${basis.zh}`,
  };
}
