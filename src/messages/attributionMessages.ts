import { template } from './template';

/** Messages of src/attribution/ (error texts), keyed by error code. */
export const attributionMessages = {
  'attribution.tooManyLevers': template<{ max: number; n: number }>({
    en: (p) => `attribution takes at most ${p.max} levers; found ${p.n} — group the changes into fewer overlays`,
    zh: (p) => `变化分解最多支持 ${p.max} 个政策参数，实际 ${p.n} 个——请合并为较少的改革方案`,
  }),
  'attribution.tooManyShapleyLevers': template<{ max: number; n: number }>({
    en: (p) => `Shapley attribution takes at most ${p.max} levers (2^n projections); found ${p.n}`,
    zh: (p) => `Shapley 分解最多支持 ${p.max} 个政策参数`,
  }),
  'attribution.unknownFund': template<{ fundId: string; id: string }>({
    en: (p) => `no fund '${p.fundId}' in '${p.id}'`,
    zh: (p) => `情景 '${p.id}' 中没有基金 '${p.fundId}'`,
  }),
  'attribution.yearOutside': template<{ year: number; year2: number; year3: number }>({
    en: (p) => `year ${p.year} is outside the projection ${p.year2}–${p.year3}`,
    zh: (p) => `年份 ${p.year} 不在预测期内`,
  }),
  'attribution.monthsUndefined': template<{ year: number }>({
    en: (p) => `months of reserve are undefined in ${p.year} (no expenditure)`,
    zh: (p) => `${p.year} 年无支出，可支付月数无定义`,
  }),
};
