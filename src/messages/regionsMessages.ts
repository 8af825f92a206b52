import { template } from './template';

/** Messages of src/regions/ and src/batch/ (error texts), keyed by error code. */
export const regionsMessages = {
  'regions.table.column': template<{ file: string; line: number; column: string; expected: string; found: string }>({
    en: (p) => `${p.file}:${p.line}: column '${p.column}': expected ${p.expected}, found ${p.found}`,
    zh: (p) => `${p.file} 第 ${p.line} 行 '${p.column}' 列：应为 ${p.expected}，实际为 ${p.found}`,
  }),
  'regions.table.header': template<{ file: string; expected: string; found: string }>({
    en: (p) => `${p.file}:1: the region table's header: expected ${p.expected}, found ${p.found}`,
    zh: (p) => `${p.file} 第 1 行（地区表表头）：应为 ${p.expected}，实际为 ${p.found}`,
  }),
  'regions.table.empty': template<{ file: string }>({
    en: (p) => `${p.file}: the region table has no regions`,
    zh: (p) => `${p.file}：地区表中没有地区`,
  }),
  'regions.table.duplicate': template<{ file: string; line: number; region: string; first: number }>({
    en: (p) => `${p.file}:${p.line}: region '${p.region}' is listed twice (first on line ${p.first})`,
    zh: (p) => `${p.file} 第 ${p.line} 行：地区 '${p.region}' 重复（首次出现在第 ${p.first} 行）`,
  }),
  'regions.unknownRegion': template<{ file: string; line?: number; field: string; region: string; known: string }>({
    en: (p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field}: unknown region '${p.region}' (the table has ${p.known})`,
    zh: (p) => `${p.file}${p.line ? ` 第 ${p.line} 行` : ''}：${p.field}：未知地区 '${p.region}'（地区表中有 ${p.known}）`,
  }),
  'regions.flows.share': template<{ file: string; line: number; region: string; total: number }>({
    en: (p) => `${p.file}:${p.line}: the out-of-region shares of '${p.region}' add up to ${p.total}, more than 1`,
    zh: (p) => `${p.file} 第 ${p.line} 行：'${p.region}' 的异地就医比例之和为 ${p.total}，超过 1`,
  }),
  'regions.balanceDependent': template<{ file: string; key: string }>({
    en: (p) => `${p.file}: '${p.key}' is not allowed in a region file: pooling rules need each region's income and expenditure not to depend on its balance (the adjustment fund and the treasury top-up are computed by the pooling rule)`,
    zh: (p) => `${p.file}：地区文件中不能使用 '${p.key}'：统筹规则要求各地区收支不依赖其结余（调剂金与财政兜底由统筹规则计算）`,
  }),
  'regions.interestShock': template<{ file: string; shock: string }>({
    en: (p) => `${p.file}: stochastic.shocks.${p.shock}: regional Monte Carlo shocks may move income.growth and expenditure.growth, not the interest rate`,
    zh: (p) => `${p.file}：stochastic.shocks.${p.shock}：地区蒙特卡洛冲击只能作用于 income.growth 与 expenditure.growth，不能作用于利率`,
  }),
  'regions.rule.unknown': template<{ rule: string; known: string }>({
    en: (p) => `unknown pooling rule '${p.rule}' (known: ${p.known})`,
    zh: (p) => `未知统筹规则 '${p.rule}'（可选：${p.known}）`,
  }),
  'regions.rule.notConfigured': template<{ rule: string; file: string }>({
    en: (p) => `${p.file}: the pooling rule '${p.rule}' needs its block under 'pooling' in the region file`,
    zh: (p) => `${p.file}：统筹规则 '${p.rule}' 需要在地区文件的 'pooling' 下给出参数`,
  }),
  'regions.identity': template<{ what: string; year: number; detail: string }>({
    en: (p) => `roll-up identity failed: ${p.what}, ${p.year}: ${p.detail}`,
    zh: (p) => `汇总恒等式不成立：${p.what}，${p.year} 年：${p.detail}`,
  }),
  'batch.shard.spec': template<{ found: string }>({
    en: (p) => `--shard must be i/N with 0 ≤ i < N (e.g. 3/8), found '${p.found}'`,
    zh: (p) => `--shard 须为 i/N 且 0 ≤ i < N（如 3/8），实际为 '${p.found}'`,
  }),
  'batch.shard.missing': template<{}>({
    en: () => `no shard given: pass --shard i/N, or --shards N with the index in SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX`,
    zh: () => `未指定分片：请给出 --shard i/N，或 --shards N 并由 SLURM_ARRAY_TASK_ID 或 JOB_COMPLETION_INDEX 给出序号`,
  }),
  'batch.shard.env': template<{ name: string; found: string; count: number }>({
    en: (p) => `${p.name} = '${p.found}' is not a shard index 0 … ${p.count - 1}`,
    zh: (p) => `${p.name} = '${p.found}' 不是 0 … ${p.count - 1} 之间的分片序号`,
  }),
  'batch.merge.none': template<{ where: string }>({
    en: (p) => `${p.where}: no partial results (part-*-of-*.arrow) to merge`,
    zh: (p) => `${p.where}：没有可合并的分片结果（part-*-of-*.arrow）`,
  }),
  'batch.merge.missing': template<{ index: number; count: number; missing: string }>({
    en: (p) => `shard ${p.index} of ${p.count} is missing (missing: ${p.missing}); run it again before merging`,
    zh: (p) => `缺少第 ${p.index} 个分片（共 ${p.count} 个；缺少：${p.missing}），请重跑后再合并`,
  }),
  'batch.merge.duplicate': template<{ index: number; first: string; second: string }>({
    en: (p) => `shard ${p.index} is given twice: ${p.first} and ${p.second}`,
    zh: (p) => `第 ${p.index} 个分片重复：${p.first} 与 ${p.second}`,
  }),
  'batch.merge.mismatch': template<{ file: string; field: string; expected: string; found: string }>({
    en: (p) => `${p.file}: belongs to another job (${p.field}: expected ${p.expected}, found ${p.found})`,
    zh: (p) => `${p.file}：属于另一个任务（${p.field}：应为 ${p.expected}，实际为 ${p.found}）`,
  }),
  'batch.encode.batches': template<{ n: number }>({
    en: (p) => `a partial result must be one Arrow record batch, found ${p.n}`,
    zh: (p) => `分片结果须为一个 Arrow 记录批次，实际为 ${p.n} 个`,
  }),
  'batch.merge.notPartial': template<{ file: string; reason: string }>({
    en: (p) => `${p.file}: not a fundcast partial result (${p.reason})`,
    zh: (p) => `${p.file}：不是 fundcast 分片结果（${p.reason}）`,
  }),
};
