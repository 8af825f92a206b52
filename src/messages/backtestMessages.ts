import { template } from './template';

/** Messages of src/backtest/ (error texts), keyed by error code. */
export const backtestMessages = {
  'backtest.history': template({
    en: () => `history years must be consecutive and every series as long as the years`,
    zh: () => `历史年份须连续，且各序列长度与年份一致`,
  }),
  'backtest.members': template<{ id: string }>({
    en: (p) => `${p.id}: a per-head forecast needs the members series`,
    zh: (p) => `${p.id}：人均预测需要参保人数序列`,
  }),
  'backtest.method': template<{ found: string; known: string }>({
    en: (p) => `unknown method '${p.found}' (known: ${p.known})`,
    zh: (p) => `未知方法'${p.found}'（可选：${p.known}）`,
  }),
  'backtest.noHistory': template<{ file: string }>({
    en: (p) => `${p.file}: no fund has a history block to backtest`,
    zh: (p) => `${p.file}：没有任何基金给出历史数据（history），无法回测`,
  }),
};
