import { template } from './template';

/** Messages of src/levers/ (error texts), keyed by error code. */
export const leversMessages = {
  'levers.valueNotFinite': template<{ lever: string; value: number }>({
    en: (p) => `lever '${p.lever}': value must be a finite number, found ${p.value}`,
    zh: (p) => `政策参数 '${p.lever}'：取值须为有限数，实际为 ${p.value}`,
  }),
  'levers.fromOutside': template<{ lever: string; first: number; endYear: number; from: number }>({
    en: (p) => `lever '${p.lever}': 'from' must be a year in ${p.first}–${p.endYear}, found ${p.from}`,
    zh: (p) => `起始年份须在 ${p.first}–${p.endYear} 之间`,
  }),
  'levers.unknownFund': template<{ fund: string; id: string }>({
    en: (p) => `no fund '${p.fund}' in scenario '${p.id}'`,
    zh: (p) => `情景中没有基金 '${p.fund}'`,
  }),
  'levers.unknown': template<{ name: string; scheme: string; names: readonly string[] }>({
    en: (p) => `unknown lever '${p.name}' for a ${p.scheme} fund (available: ${p.names.join(', ')})`,
    zh: (p) => `${p.scheme} 基金没有名为 '${p.name}' 的政策参数（可用：${p.names.join('、')}）`,
  }),
  'levers.outsideBounds': template<{ lever: string; value: number; year: number; min: number; max: number }>({
    en: (p) => `${p.lever} becomes ${p.value} in ${p.year}, outside ${p.min}–${p.max}`,
    zh: (p) => `调整后参数超出允许范围：${p.lever} 在 ${p.year} 年变为 ${p.value}，超出 ${p.min}–${p.max}`,
  }),
  'levers.extraGrowthOutside': template<{ lever: string; extra: number; year: number; min: number; max: number }>({
    en: (p) => `${p.lever} adds ${p.extra} a year in ${p.year}, outside ${p.min}–${p.max}`,
    zh: (p) => `调整后参数超出允许范围：${p.lever} 在 ${p.year} 年每年增加 ${p.extra}，超出 ${p.min}–${p.max}`,
  }),
  'levers.compoundsOutside': template<{ lever: string; factor: number; year: number; min: number; max: number }>({
    en: (p) => `${p.lever} compounds to a factor of ${p.factor.toPrecision(3)} by ${p.year}, outside ${p.min}–${p.max}`,
    zh: (p) => `调整后参数超出允许范围：${p.lever} 到 ${p.year} 年累计倍数为 ${p.factor.toPrecision(3)}，超出 ${p.min}–${p.max}`,
  }),
};
