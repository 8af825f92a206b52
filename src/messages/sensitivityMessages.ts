import { template } from './template';

/** Messages of src/sensitivity/ and the solvers under uncertainty (error texts), keyed by error code. */
export const sensitivityMessages = {
  'sensitivity.output': template<{ found: string }>({
    en: (p) => `the output must be exhaustion, first-deficit, balance:YEAR or months:YEAR, found '${p.found}'`,
    zh: (p) => `输出须为 exhaustion、first-deficit、balance:年份 或 months:年份，实际为'${p.found}'`,
  }),
  'sensitivity.year': template<{ year: number; first: number; endYear: number }>({
    en: (p) => `year ${p.year} is not projected (${p.first}–${p.endYear})`,
    zh: (p) => `${p.year}年不在预测期内（${p.first}–${p.endYear}年）`,
  }),
  'sensitivity.fund': template<{ fund: string; funds: string }>({
    en: (p) => `no fund '${p.fund}' in the scenario (funds: ${p.funds})`,
    zh: (p) => `情景中没有基金'${p.fund}'（现有：${p.funds}）`,
  }),
  'sensitivity.probability': template<{ found: number }>({
    en: (p) => `the probability must be between 0 and 1 (exclusive), found ${p.found}`,
    zh: (p) => `概率须在0与1之间（不含端点），实际为${p.found}`,
  }),
  'sensitivity.target': template<{ found: string }>({
    en: (p) => `the risk target must be below:MONTHS:YEAR (months of reserve below MONTHS in some year up to YEAR) or exhaustion:YEAR, found '${p.found}'`,
    zh: (p) => `风险目标须为 below:月数:年份（截至该年任一年可支付月数低于该值）或 exhaustion:年份，实际为'${p.found}'`,
  }),
  'sensitivity.bounds': template<{ lever: string; min: number; max: number }>({
    en: (p) => `${p.lever}: the search bounds must satisfy min < max, found ${p.min} and ${p.max}`,
    zh: (p) => `${p.lever}：搜索区间须满足下限 < 上限，实际为 ${p.min} 与 ${p.max}`,
  }),
};
