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

  'attribution.reconcileYear': template<{ year: number; first: number; last: number }>({
    en: (p) => `reconcile: year ${p.year} is not projected by both forecasts (${p.first}–${p.last})`,
    zh: (p) => `对账：${p.year} 年不在两次预测共同的预测期内（${p.first}–${p.last} 年）`,
  }),
  'attribution.reconcileInvalid': template<{ categories: string; path: string; en: string; zh: string }>({
    en: (p) => `reconcile: the earlier scenario with the changes of (${p.categories}) applied is not a valid scenario, so the change cannot be split this way: ${p.path ? `${p.path}: ` : ''}${p.en}`,
    zh: (p) => `对账：在较早情景上只应用（${p.categories}）类变化后不是有效情景，无法据此分解：${p.path ? `${p.path}：` : ''}${p.zh}`,
  }),
  'attribution.reconcileNeedsScenario': template<{ file: string; id: string; hash: string; version: string }>({
    en: (p) => `${p.file}: saved results carry the scenario's id '${p.id}', its files, its hash ${p.hash} and the fundcast version ${p.version}, but not its inputs — they cannot be re-run. Give the scenario they were run from with --earlier-scenario FILE (its hash must be ${p.hash})`,
    zh: (p) => `${p.file}：保存的结果只含情景标识 '${p.id}'、文件名、哈希 ${p.hash} 与 fundcast 版本 ${p.version}，不含输入数据，无法重新计算。请用 --earlier-scenario 指定当时的情景文件（其哈希须为 ${p.hash}）`,
  }),
  'attribution.reconcileHashMismatch': template<{ file: string; scenario: string; saved: string; found: string }>({
    en: (p) => `${p.file}: the saved results were run from a scenario with hash ${p.saved}, but ${p.scenario} (with the overlays given) has hash ${p.found}: not the same inputs`,
    zh: (p) => `${p.file}：保存的结果来自哈希为 ${p.saved} 的情景，而 ${p.scenario}（含所给改革方案）的哈希为 ${p.found}：输入不同`,
  }),
  'attribution.reconcileNotResults': template<{ file: string; field: string; expected: string; found: string }>({
    en: (p) => `${p.file}: not the JSON results of \`fundcast run --format json\`: ${p.field} should be ${p.expected}, found ${p.found}`,
    zh: (p) => `${p.file}：不是 \`fundcast run --format json\` 的结果文件：${p.field} 应为 ${p.expected}，实际为 ${p.found}`,
  }),
  'attribution.reconcile.title': template<{ earlier: string; later: string; year: number }>({
    en: (p) => `Reconciliation: ${p.earlier} → ${p.later}; months of reserve and balance in ${p.year}`,
    zh: (p) => `预测变化对账：${p.earlier} → ${p.later}；可支付月数与累计结余为 ${p.year} 年`,
  }),
  'attribution.reconcile.how': template<{}>({
    en: () => 'Each change is split among the categories by Shapley values (the average over every order of applying them), so the lines add up to the change; a year is split on the year itself.',
    zh: () => '各项变化按 Shapley 值分解到各类别（对各种应用顺序取平均），各行之和等于总变化；年份按年份数值本身分解。',
  }),
  'attribution.reconcile.outcome': template<{ outcome: string; year: number }>({
    en: (p) => ({ firstDeficitYear: 'First deficit', exhaustionYear: 'Exhausted', reserveMonths: `Months ${p.year}`, balance: `Balance ${p.year}` } as Record<string, string>)[p.outcome],
    zh: (p) => ({ firstDeficitYear: '首个当期赤字年', exhaustionYear: '累计结余耗尽年', reserveMonths: `${p.year}年可支付月数`, balance: `${p.year}年累计结余` } as Record<string, string>)[p.outcome],
  }),
  'attribution.reconcile.line': template<{ line: string; version?: string; savedVersion?: string }>({
    en: (p) => ({ earlier: 'Earlier forecast', rerun: `Re-run (fundcast ${p.version}; saved by ${p.savedVersion})`, data: 'New data', assumptions: 'Assumption changes', method: 'Method changes', other: 'Other', later: 'Later forecast', change: 'Total change' } as Record<string, string>)[p.line],
    zh: (p) => ({ earlier: '较早预测', rerun: `重新计算（fundcast ${p.version}；原结果 ${p.savedVersion}）`, data: '新数据', assumptions: '假设变化', method: '方法变化', other: '其他', later: '最新预测', change: '合计变化' } as Record<string, string>)[p.line],
  }),
  'attribution.reconcile.category': template<{ category: string; differences: readonly string[] }>({
    en: (p) => `${({ data: 'New data (history, base year, base-year levels)', assumptions: 'Assumption changes (growth, rates, policy)', method: 'Method changes (settings, age-detailed mode, method overlays)', other: 'Other (horizon, units, funds added or removed, stochastic block)' } as Record<string, string>)[p.category]}: ${p.differences.length ? p.differences.join(', ') : 'no changes'}`,
    zh: (p) => `${({ data: '新数据（历史数据、基期、基期水平）', assumptions: '假设变化（增长、费率、政策）', method: '方法变化（设置、年龄明细模式、方法类改革方案）', other: '其他（预测期、单位、增删基金、随机模块）' } as Record<string, string>)[p.category]}：${p.differences.length ? p.differences.join('、') : '无变化'}`,
  }),
  'attribution.reconcile.never': template<{}>({
    en: () => 'never',
    zh: () => '未出现',
  }),
  'attribution.reconcile.unsplit': template<{ outcome: string; earlier: string; later: string; alone: readonly { category: string; value: string }[] }>({
    en: (p) => `${p.outcome}: ${p.earlier} → ${p.later}, not split — some combination of the changes does not reach the year within the horizon, and a year that does not occur has no size. Each category alone gives: ${p.alone.map((a) => `${a.category} ${a.value}`).join(', ')}.`,
    zh: (p) => `${p.outcome}：${p.earlier} → ${p.later}，未分解——部分变化组合在预测期内不出现该年份，不出现的年份没有可分解的数值。各类变化单独应用的结果：${p.alone.map((a) => `${a.category} ${a.value}`).join('，')}。`,
  }),
  'attribution.reconcile.only': template<{ side: string; funds: readonly string[] }>({
    en: (p) => `Funds only in the ${p.side} forecast (not reconciled): ${p.funds.join(', ')}`,
    zh: (p) => `仅${p.side === 'earlier' ? '较早' : '最新'}预测中有的基金（未对账）：${p.funds.join('、')}`,
  }),
};
