import type { FundAllocation } from './allocateBudget';
import type { AllocationPlan } from './resolveAllocation';
import { settleProvider, type ProviderSettlement, type SettlementRule } from './settleProvider';

/** The year-end settlement of every provider of an allocation, and the totals. */
export interface AllocationSettlement {
  /** where the actual spending comes from: the provider list's `actual` figures, or a what-if change of every allocation */
  basis: 'actual' | 'what_if';
  /** the what-if change (0.05 = every provider spends 5 % above its allocation); null for `actual` */
  whatIf: number | null;
  rows: (ProviderSettlement & { provider: string })[];
  /** each figure summed over the providers */
  totals: ProviderSettlement;
}

const FIELDS = ['allocation', 'actual', 'saving', 'overrun', 'keptByProvider', 'keptByFund', 'borneByFund', 'borneByProvider', 'paid', 'providerResult', 'fundResult'] as const;

/**
 * Settles every provider of an allocation at year end (settleProvider) against its actual spending:
 * the provider list's `actual` figure (yuan), or with `whatIf` = N a what-if in which every
 * provider spends S_i = round(A_i × (1 + N)). Returns null when neither is available (some
 * provider has no `actual` and no what-if is given) or the plan has no settlement rule. Totals are
 * the sums of the providers' whole-yuan figures.
 */
export function settleAllocation(allocation: FundAllocation, plan: AllocationPlan, whatIf: number | null = null): AllocationSettlement | null {
  if (!plan.settlement) return null;
  const rule: SettlementRule = plan.settlement;
  if (whatIf === null && plan.providers.some((p) => p.actual === null)) return null;
  const rows = allocation.providers.map((p, i) => {
    const actual = whatIf === null ? plan.providers[i].actual! : Math.round(p.total * (1 + whatIf));
    return { provider: p.id, ...settleProvider(p.total, actual, rule) };
  });
  const totals = Object.fromEntries(FIELDS.map((f) => [f, rows.reduce((s, r) => s + r[f], 0)])) as unknown as ProviderSettlement;
  return { basis: whatIf === null ? 'actual' : 'what_if', whatIf, rows, totals };
}
