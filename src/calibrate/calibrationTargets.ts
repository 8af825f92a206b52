import type { HistoryYear } from '../history/types';

/** Reads one yearly series out of a fund's history (null where the history does not give it). */
export type SeriesReader = (year: HistoryYear, fund: Readonly<Record<string, unknown>>) => number | null;

/**
 * A scenario parameter that calibration fits, and the observed series it is fitted on.
 * `path` is below the fund (e.g. ['members', 'active_growth']); a target applies only when the
 * fund's scenario spells that parameter (an aggregate members block, an `indexed` subsidy, …).
 */
export interface CalibrationTarget {
  readonly path: readonly string[];
  readonly label: { readonly en: string; readonly zh: string };
  /** What is fitted, in words (stated in the written overlay). */
  readonly fittedOn: string;
  readonly read: SeriesReader;
}

const ratio = (a: number | null | undefined, b: number | null | undefined) => (a == null || b == null || !(b > 0) ? null : a / b);

/**
 * Retiree-to-active spending ratio ρ of an employee fund spec (spending.base.retiree_to_active_ratio),
 * used to count members in "active equivalents" A + ρ·R when the history gives spending only as a total.
 */
function retireeWeight(fund: Readonly<Record<string, unknown>>): number {
  const base = (fund.spending as { base?: { retiree_to_active_ratio?: number } } | undefined)?.base;
  return base?.retiree_to_active_ratio ?? 1;
}

/**
 * Spending per active-equivalent member: E ÷ (A + ρ·R). Its growth is the growth of spending per
 * head at a constant retiree/active cost ratio — what the engine's active_growth and
 * retiree_growth mean when they are equal.
 */
const spendingPerEquivalent: SeriesReader = (y, fund) => {
  const a = y.members.actives;
  const r = y.members.retirees;
  return a === undefined || r === undefined ? null : ratio(y.expenditure, a + retireeWeight(fund) * r);
};

/** The parameters calibration fits, by scheme (docs/calibration.md lists them with their reasons). */
export const CALIBRATION_TARGETS: Readonly<Record<string, readonly CalibrationTarget[]>> = {
  employee: [
    { path: ['members', 'active_growth'], label: { en: 'active contributors', zh: '在职职工人数' }, fittedOn: 'members.actives', read: (y) => y.members.actives ?? null },
    { path: ['members', 'retiree_growth'], label: { en: 'retirees', zh: '退休人员人数' }, fittedOn: 'members.retirees', read: (y) => y.members.retirees ?? null },
    {
      path: ['contributions', 'base_growth'],
      label: { en: 'contribution base per active', zh: '人均缴费基数' },
      fittedOn: 'per_head.contribution_base, else income ÷ members.actives (at unchanged rates)',
      read: (y) => y.perHead.contribution_base ?? ratio(y.income, y.members.actives),
    },
    {
      path: ['spending', 'active_growth'],
      label: { en: 'spending per active member', zh: '在职人均支出' },
      fittedOn: 'per_head.spending_per_active, else expenditure ÷ (actives + ρ·retirees)',
      read: (y, f) => y.perHead.spending_per_active ?? spendingPerEquivalent(y, f),
    },
    {
      path: ['spending', 'retiree_growth'],
      label: { en: 'spending per retiree', zh: '退休人均支出' },
      fittedOn: 'per_head.spending_per_retiree, else expenditure ÷ (actives + ρ·retirees)',
      read: (y, f) => y.perHead.spending_per_retiree ?? spendingPerEquivalent(y, f),
    },
    { path: ['pension', 'growth'], label: { en: 'average pension', zh: '平均养老金' }, fittedOn: 'per_head.pension', read: (y) => y.perHead.pension ?? null },
  ],
  resident: [
    { path: ['members', 'growth'], label: { en: 'insured residents', zh: '参保人数' }, fittedOn: 'members.insured', read: (y) => y.members.insured ?? null },
    {
      path: ['spending', 'growth'],
      label: { en: 'spending per insured', zh: '人均支出' },
      fittedOn: 'per_head.spending_per_insured, else expenditure ÷ members.insured',
      read: (y) => y.perHead.spending_per_insured ?? ratio(y.expenditure, y.members.insured),
    },
    {
      path: ['subsidy_per_head', 'indexed', 'growth'],
      label: { en: 'subsidy per head', zh: '人均财政补助' },
      fittedOn: 'per_head.subsidy, else income ÷ members.insured',
      read: (y) => y.perHead.subsidy ?? ratio(y.income, y.members.insured),
    },
    {
      path: ['premium_per_head', 'indexed', 'growth'],
      label: { en: 'premium per head', zh: '人均个人缴费' },
      fittedOn: 'per_head.premium, else income ÷ members.insured',
      read: (y) => y.perHead.premium ?? ratio(y.income, y.members.insured),
    },
    { path: ['disposable_income', 'growth'], label: { en: 'disposable income per head', zh: '人均可支配收入' }, fittedOn: 'per_head.disposable_income', read: (y) => y.perHead.disposable_income ?? null },
  ],
  // A totals fund has no members: its own income and expenditure grow at their own rates. Income is
  // fitted as reported (interest included): a history rarely splits interest out in every year, and
  // interest (≈ 1–2 % of income) moves its growth by a small fraction of a point.
  totals: [
    { path: ['income', 'growth'], label: { en: 'own income (total)', zh: '基金收入（总额）' }, fittedOn: 'income as reported (interest included)', read: (y) => y.income },
    { path: ['expenditure', 'growth'], label: { en: 'expenditure (total)', zh: '基金支出（总额）' }, fittedOn: 'expenditure', read: (y) => y.expenditure },
  ],
};
