import { template } from './template';

/** Messages of src/engine/ (error texts), keyed by error code. */
export const engineMessages = {
  'engine.notFinite': template<{ fundId: string; year: number; key: string; value: number }>({
    en: (p) => `fund '${p.fundId}', year ${p.year}: '${p.key}' is ${p.value} — check the scenario's growth rates and amounts`,
    zh: (p) => `基金 '${p.fundId}' ${p.year} 年：'${p.key}' 为 ${p.value}——请检查情景中的增长率和金额`,
  }),
  'engine.resultNotFinite': template<{ scenario: string; paths: readonly string[] }>({
    en: (p) => `the projection of '${p.scenario}' has numbers that are not finite at ${p.paths.join(', ')} — check the scenario's growth rates and amounts`,
    zh: (p) => `情景 '${p.scenario}' 的预测结果在 ${p.paths.join('、')} 处出现非有限数——请检查情景中的增长率和金额`,
  }),
};
