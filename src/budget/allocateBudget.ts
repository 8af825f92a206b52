import { apportion } from '../money/apportion';
import { ALLOCATION_ITEMS, type AllocationItemId, type ProviderLevel, type SplitRule } from '../scenario/allocationSchema';
import { BudgetError } from './BudgetError';
import type { AllocationPlan } from './resolveAllocation';
import type { FundBudget } from './types';

/** One item of the spending budget, allocated (whole yuan). */
export interface AllocatedItem {
  id: AllocationItemId;
  zh: string;
  en: string;
  basis: 'share' | 'executed';
  split: SplitRule;
  /** the split's weights include hospital-level weights */
  levelWeighted: boolean;
  /** the item's share of the benefit budget, as allocated (amount ÷ benefit budget) */
  share: number;
  /** the item's part of the benefit budget */
  amount: number;
  /** held back as a risk reserve (风险调剂金) */
  reserve: number;
  /** kept by the fund, not allocated (split: fund_held) */
  held: number;
  /** allocated to providers: amount − reserve − held */
  toProviders: number;
  /** each provider's part, in the plan's provider order */
  byProvider: number[];
}

/** One provider's allocation (whole yuan). */
export interface AllocatedProvider {
  id: string;
  name: string;
  nameZh: string | null;
  kind: 'hospital' | 'alliance' | 'other' | null;
  level: ProviderLevel | null;
  byItem: Partial<Record<AllocationItemId, number>>;
  total: number;
}

/** A fund's spending budget allocated to items and providers (总额预算分配), whole yuan. */
export interface FundAllocation {
  fund: string;
  name: string;
  nameZh: string | null;
  year: number;
  unit: 'yuan';
  /** the draft's 基本医疗保险待遇支出 (benefit line), the total that is split */
  benefits: number;
  items: AllocatedItem[];
  providers: AllocatedProvider[];
  /** benefits = reserve + held + toProviders, exactly */
  totals: { reserve: number; held: number; toProviders: number };
  source: string | null;
}

/**
 * Allocates a fund's benefit budget B (the draft's 基本医疗保险待遇支出, whole yuan) by an allocation
 * plan, every split exact to the yuan (apportion, largest remainder):
 *
 *   items:      (B_1 … B_m) = apportion(B, w),  w_k = stated share or last executed figure of item k;
 *   reserve:    R_k = apportion(B_k, [r_k, 1 − r_k])[0]   (r_k the item's reserve share);
 *   providers:  (B_k1 … B_kn) = apportion(B_k − R_k, v_k),  v_ki the provider's weight for item k
 *               (resolveAllocation); an item with split fund_held is kept whole by the fund (H_k = B_k);
 *   provider i: A_i = Σ_k B_ki.
 *
 * So Σ_k B_k = B, B_k = R_k + H_k + Σ_i B_ki, and B = ΣR + ΣH + Σ_i A_i, each exactly.
 * Throws BudgetError `budget.allocation.noBenefits` when the draft's benefit line is empty.
 */
export function allocateBudget(budget: FundBudget, plan: AllocationPlan): FundAllocation {
  const benefits = budget.lines.find((l) => l.id === 'benefits')?.draft ?? null;
  if (benefits === null) throw new BudgetError('budget.allocation.noBenefits', { fund: budget.fund, year: budget.year });
  const amounts = apportion(benefits, plan.items.map((i) => i.weight));
  const n = plan.providers.length;
  const items: AllocatedItem[] = plan.items.map((it, k) => {
    const names = ALLOCATION_ITEMS.find((a) => a.id === it.id)!;
    const amount = amounts[k];
    if (it.split === 'fund_held') {
      return { id: it.id, zh: names.zh, en: names.en, basis: it.basis, split: it.split, levelWeighted: it.levelWeights !== null, share: benefits === 0 ? 0 : amount / benefits, amount, reserve: 0, held: amount, toProviders: 0, byProvider: new Array<number>(n).fill(0) };
    }
    const reserve = it.reserve > 0 ? apportion(amount, [it.reserve, 1 - it.reserve])[0] : 0;
    const byProvider = apportion(amount - reserve, it.providerWeights);
    return { id: it.id, zh: names.zh, en: names.en, basis: it.basis, split: it.split, levelWeighted: it.levelWeights !== null, share: benefits === 0 ? 0 : amount / benefits, amount, reserve, held: 0, toProviders: amount - reserve, byProvider };
  });
  const providers: AllocatedProvider[] = plan.providers.map((p, i) => {
    const byItem: Partial<Record<AllocationItemId, number>> = {};
    for (const it of items) if (it.split !== 'fund_held') byItem[it.id] = it.byProvider[i];
    return { id: p.id, name: p.name, nameZh: p.nameZh, kind: p.kind, level: p.level, byItem, total: Object.values(byItem).reduce((s, v) => s + v, 0) };
  });
  const sum = (f: (i: AllocatedItem) => number) => items.reduce((s, i) => s + f(i), 0);
  return {
    fund: budget.fund,
    name: budget.name,
    nameZh: budget.nameZh,
    year: budget.year,
    unit: 'yuan',
    benefits,
    items,
    providers,
    totals: { reserve: sum((i) => i.reserve), held: sum((i) => i.held), toProviders: sum((i) => i.toProviders) },
    source: plan.source,
  };
}
