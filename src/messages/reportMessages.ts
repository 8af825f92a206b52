import { template } from './template';

/** Messages of src/report/ (error texts), keyed by error code. */
export const reportMessages = {
  'report.chromium.missing': template<{ executablePath: string }>({
    en: (p) => `no Chromium at ${p.executablePath}: install Debian's chromium (apt-get install chromium) to print PDF`,
    zh: (p) => `未找到 Chromium（${p.executablePath}）：请安装 Debian 的 chromium（apt-get install chromium）以输出 PDF`,
  }),
  'report.chromium.failed': template<{ detail: string }>({
    en: (p) => `Chromium failed to start: ${p.detail}`,
    zh: (p) => `Chromium 启动失败：${p.detail}`,
  }),
  'report.identities': template<{ broken: readonly string[] }>({
    en: (p) => `the projection breaks its accounting identities: ${p.broken.join('; ')}`,
    zh: (p) => `预测结果不满足会计恒等式：${p.broken.join('；')}`,
  }),
  'report.input.year': template<{ year: string }>({
    en: (p) => `year must be an integer, found ${p.year}`,
    zh: (p) => `年份须为整数，实际为 ${p.year}`,
  }),
  'report.input.paths': template<{ paths: string }>({
    en: (p) => `paths must be a whole number ≥ 1, found ${p.paths}`,
    zh: (p) => `路径数须为不小于 1 的整数，实际为 ${p.paths}`,
  }),
  'report.input.probability': template<{ probability: string }>({
    en: (p) => `a probability must lie in [0, 1], found ${p.probability}`,
    zh: (p) => `概率须在 [0, 1] 之内，实际为 ${p.probability}`,
  }),
  'report.input.valueCount': template<{ values: number; columns: number }>({
    en: (p) => `${p.values} values for ${p.columns} columns`,
    zh: (p) => `${p.columns} 列却有 ${p.values} 个数值`,
  }),
  'report.input.finite': template<{ nullable: boolean; v: string }>({
    en: (p) => `must be a finite number${p.nullable ? ' or null' : ''}, found ${p.v}`,
    zh: (p) => `须为有限数${p.nullable ? '或 null' : ''}，实际为 ${p.v}`,
  }),
  'report.input.fund': template<{ id: string; funds: readonly string[] }>({
    en: (p) => `no fund '${p.id}' in the projection (funds: ${p.funds.join(', ')})`,
    zh: (p) => `预测结果中没有基金 '${p.id}'（现有：${p.funds.join('、')}）`,
  }),
  'report.input.rows': template({
    en: () => `must be a non-empty list`,
    zh: () => `须为非空列表`,
  }),
  'report.simulation': template<{ quantiles: readonly number[] }>({
    en: (p) => `the simulation needs quantiles below 25 %, at 25, 50 and 75 % and above 75 % (has ${p.quantiles.join(', ')})`,
    zh: (p) => `模拟结果须含低于 25%、25%、50%、75% 及高于 75% 的分位数（现有 ${p.quantiles.join('、')}）`,
  }),
  'report.input.text': template({
    en: () => `must be text or {zh, en}`,
    zh: () => `须为文字或 {zh, en}`,
  }),
};
