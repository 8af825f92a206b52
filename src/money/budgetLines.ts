/**
 * The line layout of a social-insurance fund budget table (社会保险基金收支预算表) for the basic
 * medical insurance funds, as DATA: one table of lines from which every budget output (draft,
 * checks, text table, CSV, JSON, workbook) is produced. A new line is one entry here.
 *
 * Each line has a stable id (other modules — pooling transfers, allocations — refer to lines by
 * id), its name as budget staff write it (zh) and in English, its parent, its kind, the schemes
 * that use it, and how it gets its figure:
 *   - `sum`: the sum of its `part` children (小计/合计 lines and items with sub-items);
 *   - `items`: the engine's income or expenditure items (YearFlows) it is drafted from, per
 *     scheme. An item listed on several lines is split between them by the last executed shares
 *     (执行数) of those lines; without executed figures it goes whole to the line whose
 *     `unsplit` lists it (a stated assumption);
 *   - `ofWhich` (其中 lines): a memo part of its parent, not added into it; drafted only from
 *     the last executed share of the parent;
 *   - neither: an input line (e.g. transfers between levels, 上级补助收入), empty unless given.
 * A line a fund does not use stays empty (null), never zero.
 *
 * Balance and total rows:
 *   本年收支结余 = 本年收入合计 − 本年支出合计;  年末滚存结余 = 上年结余 + 本年收支结余;
 *   总计（来源）= 上年结余 + 本年收入合计 = 总计（运用）= 本年支出合计 + 年末滚存结余.
 */
export interface BudgetLine {
  /** stable id (snake_case) */
  id: string;
  /** name as Chinese budget staff write it */
  zh: string;
  en: string;
  /** the line this one is a part (or 其中 memo) of; null for top-level rows */
  parent: string | null;
  kind: 'income' | 'expenditure' | 'balance' | 'total';
  /** schemes whose budget table has this line (employee pooled fund, resident fund, totals-only fund) */
  schemes: readonly BudgetScheme[];
  /** a subtotal or total row (小计/合计): printed flush left, and its parts are not indented under it */
  total?: true;
  /** how the figure is formed (see the module comment) */
  rule: 'sum' | 'items' | 'ofWhich' | 'input' | 'balance';
  /** rule 'items': engine items per scheme */
  items?: Partial<Record<BudgetScheme, readonly string[]>>;
  /** engine items that come here whole when they cannot be split by executed shares */
  unsplit?: Partial<Record<BudgetScheme, readonly string[]>>;
}

/** The scheme models whose funds have a budget table. */
export type BudgetScheme = 'employee' | 'resident' | 'totals';

const ALL: readonly BudgetScheme[] = ['employee', 'resident', 'totals'];
const EMP: readonly BudgetScheme[] = ['employee', 'totals'];
const RES: readonly BudgetScheme[] = ['resident', 'totals'];

/** The lines of the budget table, in the order the official table prints them (parts before their subtotal). */
export const BUDGET_LINES: readonly BudgetLine[] = [
  // ---- income 收入 ----
  { id: 'contributions', zh: '基本医疗保险费收入', en: 'Basic medical insurance contributions', parent: 'income_subtotal', kind: 'income', schemes: ALL, rule: 'sum', unsplit: { totals: ['own_income'] } },
  { id: 'employer_contributions', zh: '单位缴费收入', en: 'Employer contributions', parent: 'contributions', kind: 'income', schemes: EMP, rule: 'items', items: { employee: ['employer_contributions'], totals: ['own_income'] } },
  { id: 'individual_contributions', zh: '个人缴费收入', en: 'Individual contributions', parent: 'contributions', kind: 'income', schemes: ALL, rule: 'items', items: { employee: ['retiree_contributions'], resident: ['individual_premiums'], totals: ['own_income'] } },
  { id: 'assistance_paid_premiums', zh: '城乡医疗救助资助收入', en: 'Premiums paid by medical assistance', parent: 'individual_contributions', kind: 'income', schemes: RES, rule: 'ofWhich' },
  { id: 'treasury_paid_premiums', zh: '财政为困难人员代缴收入', en: 'Premiums paid by the treasury for people in hardship', parent: 'individual_contributions', kind: 'income', schemes: RES, rule: 'ofWhich' },
  { id: 'collective_support', zh: '集体扶持收入', en: 'Collective support', parent: 'individual_contributions', kind: 'income', schemes: RES, rule: 'ofWhich' },
  { id: 'fiscal_subsidy_income', zh: '财政补贴收入', en: 'Fiscal subsidies', parent: 'income_subtotal', kind: 'income', schemes: ALL, rule: 'sum' },
  { id: 'standard_subsidy', zh: '按规定标准补助收入', en: 'Subsidy at the per-head standard', parent: 'fiscal_subsidy_income', kind: 'income', schemes: RES, rule: 'items', items: { resident: ['fiscal_subsidies_per_head'], totals: ['own_income'] } },
  { id: 'special_subsidy', zh: '专项补助收入', en: 'Special-purpose subsidies', parent: 'fiscal_subsidy_income', kind: 'income', schemes: ALL, rule: 'items', items: { employee: ['fiscal_subsidy'], resident: ['fiscal_subsidy'], totals: ['fiscal_subsidy'] } },
  { id: 'interest_income', zh: '利息收入', en: 'Interest', parent: 'income_subtotal', kind: 'income', schemes: ALL, rule: 'items', items: { employee: ['interest'], resident: ['interest'], totals: ['interest'] } },
  { id: 'other_income', zh: '其他收入', en: 'Other income', parent: 'income_subtotal', kind: 'income', schemes: ALL, rule: 'items', items: { employee: ['other_income', 'one_off_income'], resident: ['other_income', 'one_off_income'], totals: ['other_income', 'one_off_income'] } },
  { id: 'income_subtotal', zh: '本年收入小计', en: 'Income of the year, subtotal', parent: 'income_total', total: true, kind: 'income', schemes: ALL, rule: 'sum' },
  { id: 'subsidy_from_upper', zh: '上级补助收入', en: 'Transfers from the upper level', parent: 'income_total', kind: 'income', schemes: ALL, rule: 'input' },
  { id: 'remittance_from_lower', zh: '下级上解收入', en: 'Remittances from lower levels', parent: 'income_total', kind: 'income', schemes: ALL, rule: 'input' },
  { id: 'income_total', zh: '本年收入合计', en: 'Income of the year, total', parent: null, total: true, kind: 'income', schemes: ALL, rule: 'sum' },
  // ---- expenditure 支出 ----
  { id: 'benefits', zh: '基本医疗保险待遇支出', en: 'Basic medical insurance benefits', parent: 'expenditure_subtotal', kind: 'expenditure', schemes: ALL, rule: 'sum', unsplit: { employee: ['benefits_actives', 'benefits_retirees'], resident: ['benefits'], totals: ['spending'] } },
  { id: 'inpatient', zh: '住院费用支出', en: 'Inpatient care', parent: 'benefits', kind: 'expenditure', schemes: ALL, rule: 'items', items: { employee: ['benefits_actives', 'benefits_retirees'], resident: ['benefits'], totals: ['spending'] } },
  { id: 'outpatient', zh: '门诊费用支出', en: 'Outpatient care', parent: 'benefits', kind: 'expenditure', schemes: ALL, rule: 'items', items: { employee: ['benefits_actives', 'benefits_retirees'], resident: ['benefits'], totals: ['spending'] } },
  { id: 'general_outpatient', zh: '普通门诊统筹', en: 'General outpatient pooling', parent: 'outpatient', kind: 'expenditure', schemes: ALL, rule: 'ofWhich' },
  { id: 'chronic_outpatient', zh: '门诊慢特病', en: 'Outpatient chronic and special diseases', parent: 'outpatient', kind: 'expenditure', schemes: ALL, rule: 'ofWhich' },
  { id: 'maternity', zh: '生育待遇支出', en: 'Maternity benefits', parent: 'benefits', kind: 'expenditure', schemes: EMP, rule: 'items', items: { employee: ['benefits_actives', 'benefits_retirees'], totals: ['spending'] } },
  { id: 'critical_illness', zh: '大病保险支出', en: 'Critical-illness insurance', parent: 'expenditure_subtotal', kind: 'expenditure', schemes: ALL, rule: 'items', items: { resident: ['critical_illness_purchase'], totals: ['spending'] } },
  { id: 'account_credits', zh: '划入个人账户支出', en: 'Credits to individual accounts', parent: 'expenditure_subtotal', kind: 'expenditure', schemes: EMP, rule: 'items', items: { employee: ['retiree_account_credits'], totals: ['spending'] } },
  { id: 'other_expenditure', zh: '其他支出', en: 'Other expenditure', parent: 'expenditure_subtotal', kind: 'expenditure', schemes: ALL, rule: 'items', items: { employee: ['one_off'], resident: ['one_off'], totals: ['one_off', 'spending'] } },
  { id: 'expenditure_subtotal', zh: '本年支出小计', en: 'Expenditure of the year, subtotal', parent: 'expenditure_total', total: true, kind: 'expenditure', schemes: ALL, rule: 'sum' },
  { id: 'subsidy_to_lower', zh: '补助下级支出', en: 'Transfers to lower levels', parent: 'expenditure_total', kind: 'expenditure', schemes: ALL, rule: 'input' },
  { id: 'remittance_to_upper', zh: '上解上级支出', en: 'Remittances to the upper level', parent: 'expenditure_total', kind: 'expenditure', schemes: ALL, rule: 'input' },
  { id: 'expenditure_total', zh: '本年支出合计', en: 'Expenditure of the year, total', parent: null, total: true, kind: 'expenditure', schemes: ALL, rule: 'sum' },
  // ---- balances 结余 ----
  { id: 'surplus', zh: '本年收支结余', en: 'Surplus of the year', parent: null, kind: 'balance', schemes: ALL, rule: 'balance' },
  { id: 'opening_balance', zh: '上年结余', en: 'Balance brought forward', parent: null, kind: 'balance', schemes: ALL, rule: 'balance' },
  { id: 'closing_balance', zh: '年末滚存结余', en: 'Balance carried forward at year end', parent: null, kind: 'balance', schemes: ALL, rule: 'balance' },
  { id: 'total_sources', zh: '总计（上年结余＋本年收入合计）', en: 'Grand total: balance brought forward + income', parent: null, kind: 'total', schemes: ALL, rule: 'balance' },
  { id: 'total_uses', zh: '总计（本年支出合计＋年末滚存结余）', en: 'Grand total: expenditure + balance carried forward', parent: null, kind: 'total', schemes: ALL, rule: 'balance' },
];

/**
 * Budget lines that are also service lines of the engine (docs/service-lines.md), so that their
 * admissions or visits (人次) are known where the fund has `service_lines` with `use`: the volume
 * driver of these lines in the variance analysis.
 */
export const CASE_LINE_IDS = ['inpatient', 'general_outpatient', 'chronic_outpatient'] as const;

/** Ids of the budget lines, in table order. */
export const BUDGET_LINE_IDS: readonly string[] = BUDGET_LINES.map((l) => l.id);

/** The budget line with this id (undefined for an unknown id). */
export function budgetLine(id: string): BudgetLine | undefined {
  return BUDGET_LINES.find((l) => l.id === id);
}
