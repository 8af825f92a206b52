import { template } from './template';

/** Messages of src/results/ (error texts), keyed by error code. */
export const resultsMessages = {
  'results.unitsDiffer': template<{ money: string; money2: string }>({
    en: (p) => `cannot compare: money units differ (${p.money} vs ${p.money2})`,
    zh: (p) => `无法比较：金额单位不同（${p.money} 与 ${p.money2}）`,
  }),
  'results.noRows': template<{ fundId: string | undefined }>({
    en: (p) => `no rows for fund '${p.fundId}'`,
    zh: (p) => `没有基金 '${p.fundId}' 的结果`,
  }),
};
