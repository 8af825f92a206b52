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
  'results.unknownColumns': template<{ columns: readonly string[] }>({
    en: (p) => `no result column ${p.columns.map((c) => `'${c}'`).join(', ')} (see resultRows for the columns)`,
    zh: (p) => `结果中没有列 ${p.columns.map((c) => `'${c}'`).join('、')}（列名见 resultRows）`,
  }),
  'results.danfojsMissing': template<{ package: string; version: string; install: string; override: string }>({
    en: (p) => `DataFrames need the optional package ${p.package}, which is not installed. Install it with \`${p.install}\`, after adding ${p.override} to your package.json so that npm does not download TensorFlow's native binary.`,
    zh: (p) => `DataFrame 需要可选依赖 ${p.package}，当前未安装。请先在 package.json 中加入 ${p.override}（避免 npm 下载 TensorFlow 原生二进制文件），再运行 \`${p.install}\`。`,
  }),
};
