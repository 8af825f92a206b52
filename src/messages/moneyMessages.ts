import { template } from './template';

/** Messages of src/money/ (exact money splits), keyed by error code. */
export const moneyMessages = {
  'money.notWholeUnits': template<{ value: string }>({
    en: (p) => `an amount to split must be a whole number of yuan (or fen) within the safe integer range; found ${p.value}`,
    zh: (p) => `待分配金额必须是安全整数范围内的整元（或整分）；实际为 ${p.value}`,
  }),
  'money.notFinite': template<{ index: number; value: string }>({
    en: (p) => `amount ${p.index + 1} to round is not a finite number: ${p.value}`,
    zh: (p) => `第 ${p.index + 1} 个待取整金额不是有限数：${p.value}`,
  }),
  'money.badWeight': template<{ index: number; value: string }>({
    en: (p) => `weight ${p.index + 1} of a split must be a finite number ≥ 0; found ${p.value}`,
    zh: (p) => `分配权重第 ${p.index + 1} 项必须是不小于 0 的有限数；实际为 ${p.value}`,
  }),
  'money.noWeight': template<{ total: number; n: number }>({
    en: (p) => `cannot split ${p.total} over ${p.n} parts whose weights are all zero`,
    zh: (p) => `${p.n} 个分配对象的权重全为 0，无法分配 ${p.total}`,
  }),
  'money.cannotReach': template<{ total: number; n: number; short: number }>({
    en: (p) => `rounding ${p.n} amounts cannot make them sum to ${p.total} (${p.short} units away from their whole parts); split the total with apportion instead`,
    zh: (p) => `${p.n} 个金额仅靠取整无法使合计为 ${p.total}（与整数部分之和相差 ${p.short}）；请改用按比例分配（apportion）`,
  }),
};
