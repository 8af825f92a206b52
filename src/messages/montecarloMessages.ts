import { template } from './template';

/** Messages of src/montecarlo/ (error texts), keyed by error code. */
export const montecarloMessages = {
  'montecarlo.pathNotFinite': template<{ id: string; path: number; i: number }>({
    en: (p) => `fund '${p.id}', path ${p.path}, year index ${p.i}: a non-finite value — check the shock sizes and growth rates`,
    zh: (p) => `基金 '${p.id}' 路径 ${p.path} 第 ${p.i} 年出现非有限数值——请检查冲击大小和增长率`,
  }),
  'montecarlo.pathRange': template<{ from: number; to: number }>({
    en: (p) => `paths must be whole numbers 0 ≤ from < to ≤ 2^32, found ${p.from}–${p.to}`,
    zh: (p) => `路径编号须为整数 0 ≤ from < to ≤ 2^32`,
  }),
  'montecarlo.blockRange': template<{ first: number; last: number; from: number; to: number }>({
    en: (p) => `the block of paths ${p.first}–${p.last} cannot hold paths ${p.from}–${p.to - 1}`,
    zh: (p) => `路径 ${p.first}–${p.last} 的结果数组容纳不下路径 ${p.from}–${p.to - 1}`,
  }),
  'montecarlo.partialMismatch': template<{ expected: string; found: string }>({
    en: (p) => `partial summaries of different runs cannot be merged: funds × years × bands ${p.expected} and ${p.found}`,
    zh: (p) => `不同运行的部分汇总不能合并：基金 × 年份 × 预警区间分别为 ${p.expected} 与 ${p.found}`,
  }),
  'montecarlo.workerMissing': template<{ dir: string }>({
    en: (p) => `the Monte Carlo worker file simulateWorker.js is missing next to ${p.dir}: rebuild the package`,
    zh: (p) => `找不到蒙特卡洛工作线程文件，请重新构建`,
  }),
};
