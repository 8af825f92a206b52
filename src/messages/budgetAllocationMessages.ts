import { template } from './template';

const SIDE_ZH = { saving: '结余', overrun: '超支' } as const;
const SPLIT_ZH: Record<string, string> = { last_year: '上年份额', visits: '服务人次', level: '医院等级权重', members: '签约/参保人数', fund_held: '基金统一支付' };

/** Messages of the spending-budget allocation and settlement (src/budget: allocation*, settle*), keyed by code. */
export const budgetAllocationMessages = {
  // ---- the `allocation` block ----
  'budget.allocation.bandOpen': template<{ side: 'saving' | 'overrun' }>({
    en: (p) => `every ${p.side} band but the last needs an upper end up_to`,
    zh: (p) => `除最后一档外，每个${SIDE_ZH[p.side]}分档都需要上限 up_to`,
  }),
  'budget.allocation.bandOrder': template<{ side: 'saving' | 'overrun'; value: number; prev: number }>({
    en: (p) => `${p.side} band ends must increase: ${p.value} is not above ${p.prev}`,
    zh: (p) => `${SIDE_ZH[p.side]}分档上限必须递增：${p.value} 不大于 ${p.prev}`,
  }),
  'budget.allocation.noItems': template({
    en: () => 'an allocation needs at least one item (inpatient, outpatient, out_of_region)',
    zh: () => '分配方案至少需要一个项目（inpatient 住院、outpatient 门诊、out_of_region 异地就医）',
  }),
  'budget.allocation.shareOrExecuted': template<{ item: string; both: boolean }>({
    en: (p) => `item ${p.item} needs exactly one of share (a stated share) or executed (last year's figure); found ${p.both ? 'both' : 'neither'}`,
    zh: (p) => `项目 ${p.item} 须且只能给出 share（规定比例）或 executed（上年执行数）之一；实际${p.both ? '两者都有' : '两者都没有'}`,
  }),
  'budget.allocation.levelWeightsNeeded': template<{ item: string }>({
    en: (p) => `item ${p.item} is split by level: give level_weights (e.g. {tertiary: 1.5, secondary: 1, primary: 0.6})`,
    zh: (p) => `项目 ${p.item} 按医院等级分配：请给出 level_weights（如 {tertiary: 1.5, secondary: 1, primary: 0.6}）`,
  }),
  'budget.allocation.levelWeightsUnused': template<{ item: string; split: string }>({
    en: (p) => `item ${p.item}: level_weights apply only to split: level or visits, not ${p.split}`,
    zh: (p) => `项目 ${p.item}：level_weights 只用于按等级（level）或按人次（visits）分配，不适用于 ${p.split}`,
  }),
  'budget.allocation.reserveHeld': template<{ item: string }>({
    en: (p) => `item ${p.item} is held by the fund (fund_held): a reserve has nothing to hold back from`,
    zh: (p) => `项目 ${p.item} 由基金统一支付（fund_held），不再预留调剂金`,
  }),
  'budget.allocation.mixedBasis': template<{ share: readonly string[]; executed: readonly string[] }>({
    en: (p) => `items must all be split by stated shares or all by last executed figures: ${p.share.join(', ')} give share, ${p.executed.join(', ')} give executed`,
    zh: (p) => `各项目须统一按规定比例或统一按上年执行数拆分：${p.share.join('、')} 给出 share，${p.executed.join('、')} 给出 executed`,
  }),
  'budget.allocation.sharesSum': template<{ sum: number }>({
    en: (p) => `the items' shares must sum to 1; they sum to ${p.sum}`,
    zh: (p) => `各项目比例之和必须为 1；实际为 ${p.sum}`,
  }),
  'budget.allocation.executedZero': template({
    en: () => "the items' executed figures are all 0: nothing to take shares from",
    zh: () => '各项目上年执行数均为 0，无法据此计算比例',
  }),
  'budget.allocation.providersOnce': template<{ both: boolean }>({
    en: (p) => `give the providers once: an inline providers list or a providers_file; found ${p.both ? 'both' : 'neither'}`,
    zh: (p) => `请给出一次医疗机构名单：内嵌的 providers 列表或 providers_file 文件；实际${p.both ? '两者都有' : '两者都没有'}`,
  }),
  // ---- the provider list ----
  'budget.allocation.csvColumn': template<{ column: string; known: readonly string[] }>({
    en: (p) => `unknown column '${p.column}' in a provider list (known: ${p.known.join(', ')})`,
    zh: (p) => `医疗机构名单中有未知列 '${p.column}'（可用列：${p.known.join('、')}）`,
  }),
  'budget.allocation.csvMissingColumn': template<{ column: string }>({
    en: (p) => `a provider list needs a '${p.column}' column`,
    zh: (p) => `医疗机构名单需要 '${p.column}' 列`,
  }),
  'budget.allocation.csvCells': template<{ expected: number; found: number }>({
    en: (p) => `expected ${p.expected} cells, found ${p.found}`,
    zh: (p) => `应有 ${p.expected} 个字段，实际 ${p.found} 个`,
  }),
  'budget.allocation.csvNumber': template<{ column: string; value: string }>({
    en: (p) => `${p.column} is not a number: '${p.value}'`,
    zh: (p) => `${p.column} 不是数字：'${p.value}'`,
  }),
  'budget.allocation.noProviders': template<{ file: string }>({
    en: (p) => `the provider list ${p.file} has no providers`,
    zh: (p) => `医疗机构名单 ${p.file} 中没有任何机构`,
  }),
  'budget.allocation.duplicateProvider': template<{ id: string; first: number; row: number }>({
    en: (p) => `provider id '${p.id}' is given twice (providers ${p.first} and ${p.row})`,
    zh: (p) => `医疗机构编号 '${p.id}' 重复（第 ${p.first} 个与第 ${p.row} 个）`,
  }),
  'budget.allocation.figureNeeded': template<{ provider: string; field: string; item: string; split: string }>({
    en: (p) => `provider ${p.provider} has no ${p.field}, which item ${p.item} (split: ${p.split}) needs; write 0 to exclude it`,
    zh: (p) => `医疗机构 ${p.provider} 缺少 ${p.field}，项目 ${p.item}（按${SPLIT_ZH[p.split] ?? p.split}分配）需要该数；如不参与分配请填 0`,
  }),
  'budget.allocation.levelWeightMissing': template<{ provider: string; level: string; item: string }>({
    en: (p) => `item ${p.item}: level_weights has no weight for ${p.level}, the level of provider ${p.provider}`,
    zh: (p) => `项目 ${p.item}：level_weights 中没有医疗机构 ${p.provider} 所属等级 ${p.level} 的权重`,
  }),
  'budget.allocation.noWeight': template<{ item: string; split: string }>({
    en: (p) => `item ${p.item}: every provider's weight (split: ${p.split}) is 0, so the item cannot be split`,
    zh: (p) => `项目 ${p.item}：所有医疗机构的分配权重（按${SPLIT_ZH[p.split] ?? p.split}）均为 0，无法分配`,
  }),
  'budget.allocation.noBenefits': template<{ fund: string; year: number }>({
    en: (p) => `fund ${p.fund}: the ${p.year} draft has no benefit line (基本医疗保险待遇支出) to allocate`,
    zh: (p) => `基金 ${p.fund}：${p.year} 年预算草案没有可分配的基本医疗保险待遇支出`,
  }),
  'budget.allocation.noPlan': template<{ funds: readonly string[] }>({
    en: (p) => `--allocate: ${p.funds.length === 1 ? `fund ${p.funds[0]} has` : `none of the funds (${p.funds.join(', ')}) has`} an allocation block in the scenario`,
    zh: (p) => `--allocate：${p.funds.length === 1 ? `基金 ${p.funds[0]}` : `各基金（${p.funds.join('、')}）均`}未在情景中设置 allocation（总额预算分配）`,
  }),
  // ---- labels of the allocation and settlement tables ----
  'budget.allocation.title': template<{ name: string; year: number }>({
    en: (p) => `${p.name}: spending budget for ${p.year} allocated (yuan)`,
    zh: (p) => `${p.name} ${p.year} 年基金支出总额预算分配（单位：元）`,
  }),
  'budget.allocation.itemsHead': template({
    en: () => 'Item|Basis|Share|Amount|Reserve|Held by the fund|To providers|Split by',
    zh: () => '项目|拆分依据|占比|预算额|预留调剂金|基金统一支付|分配到机构|机构间分配依据',
  }),
  'budget.allocation.providersHead': template({
    en: () => 'Provider|Level|Total',
    zh: () => '医疗机构/医共体|等级|合计',
  }),
  'budget.allocation.basis': template<{ basis: 'share' | 'executed' }>({
    en: (p) => (p.basis === 'share' ? 'stated share' : 'last executed share'),
    zh: (p) => (p.basis === 'share' ? '规定比例' : '上年执行结构'),
  }),
  'budget.allocation.split': template<{ split: string; weighted: boolean }>({
    en: (p) => ({ last_year: "last year's shares", visits: p.weighted ? 'visits × level weight' : 'visits', level: 'hospital-level weights', members: 'enrolled members', fund_held: 'not allocated' })[p.split] ?? p.split,
    zh: (p) => ({ last_year: '上年份额', visits: p.weighted ? '人次×等级权重' : '服务人次', level: '医院等级权重', members: '签约/参保人数', fund_held: '不分配' })[p.split] ?? p.split,
  }),
  'budget.allocation.total': template({ en: () => 'Total', zh: () => '合计' }),
  'budget.allocation.sheet': template<{ fund: string }>({ en: (p) => `Allocation ${p.fund}`, zh: (p) => `分配 ${p.fund}` }),
  'budget.allocation.ruleInput': template<{ item: string }>({ en: (p) => `${p.item}: rule input`, zh: (p) => `${p.item}分配依据数` }),
  'budget.allocation.itemAllocated': template<{ item: string }>({ en: (p) => `${p.item}: allocated`, zh: (p) => `${p.item}分配额` }),
  'budget.allocation.ruleInputNote': template({
    en: () => "Rule input: the figure each provider's share is in proportion to — last year's spending, visits × level weight, the level weight or enrolled members, by the item's split rule. Totals are formulas; every split is exact to the yuan.",
    zh: () => '分配依据数：各机构份额所依据的数——按项目的分配依据为上年支出、人次×等级权重、等级权重或签约/参保人数。合计为公式；各项拆分精确到元。',
  }),
  'budget.allocation.check': template<{ benefits: string; reserve: string; held: string; toProviders: string }>({
    en: (p) => `Check: reserve ${p.reserve} + held by the fund ${p.held} + allocated ${p.toProviders} = benefit budget ${p.benefits} yuan (the draft's 基本医疗保险待遇支出, from the projection).`,
    zh: (p) => `校验：预留调剂金 ${p.reserve} ＋ 基金统一支付 ${p.held} ＋ 分配到机构 ${p.toProviders} ＝ 基本医疗保险待遇支出预算 ${p.benefits} 元（与测算结果一致）。`,
  }),
  'budget.allocation.settlementTitle': template<{ basis: 'actual' | 'what_if'; whatIf: string }>({
    en: (p) => `Year-end settlement (${p.basis === 'actual' ? 'actual spending as given' : `what-if: every provider spends ${p.whatIf} against its allocation`})`,
    zh: (p) => `年终清算（${p.basis === 'actual' ? '按填报的实际支出' : `情景：各机构实际支出较预算 ${p.whatIf}`}）`,
  }),
  'budget.allocation.settlementHead': template({
    en: () => 'Provider|Allocation|Actual|Saving|Kept by provider|Overrun|Borne by fund|Fund pays|Provider result|Fund result',
    zh: () => '医疗机构/医共体|预算指标|实际支出|结余|结余留用|超支|基金分担|基金支付|机构盈亏|基金结余',
  }),
  'budget.allocation.reserveCover': template<{ fund: string; reserve: string; short: string | null }>({
    en: (p) => `The fund's share of the overruns, ${p.fund} yuan, against the reserve held back, ${p.reserve} yuan: ${p.short === null ? 'covered' : `short by ${p.short} yuan`}.`,
    zh: (p) => `基金分担超支合计 ${p.fund} 元，预留调剂金 ${p.reserve} 元：${p.short === null ? '足以弥补' : `缺口 ${p.short} 元`}。`,
  }),
  'budget.allocation.noSettlement': template<{ rule: boolean }>({
    en: (p) => (p.rule ? 'Settlement: give each provider an actual figure, or --what-if ±N%, to settle.' : 'Settlement: the allocation block gives no settlement rule.'),
    zh: (p) => (p.rule ? '年终清算：请为各机构填报实际支出（actual），或用 --what-if ±N% 设定情景。' : '年终清算：分配方案未设置清算规则（settlement）。'),
  }),
};
