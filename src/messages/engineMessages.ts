import { template } from './template';

/** Messages of src/engine/ (error texts), keyed by error code. */
export const engineMessages = {
  'engine.notFinite': template<{ fundId: string; year: number; key: string; value: number }>({
    en: (p) => `fund '${p.fundId}', year ${p.year}: '${p.key}' is ${p.value} — check the scenario's growth rates and amounts`,
    zh: (p) => `基金 '${p.fundId}' ${p.year} 年：'${p.key}' 为 ${p.value}——请检查情景中的增长率和金额`,
  }),
};
