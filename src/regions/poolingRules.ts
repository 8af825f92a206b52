import { FundcastError } from '../errors/FundcastError';
import type { RegionsFile } from './regionsFileSchema';
import { POOLING_RULES, type PoolingRule, type PoolingRuleId, type RegionFlows } from './types';

/**
 * The pooling rules a region file can be compared under, with their parameters: `separate`
 * always; `full` always (interest: the file's `pooling.full.interest_rate`, or the regions'
 * first-year rates weighted by their base-year balances — equal weights when a balance is negative
 * or all are zero); `adjustment_fund` when the file has `pooling.adjustment_fund`.
 * `only` picks rules by id (unknown or unconfigured ones are errors).
 */
export function poolingRules(doc: RegionsFile, flows: readonly RegionFlows[], file: string, only?: readonly string[]): PoolingRule[] {
  const af = doc.pooling?.adjustment_fund;
  const available: PoolingRuleId[] = af ? [...POOLING_RULES] : ['separate', 'full'];
  const ids = only ?? available;
  return ids.map((id) => {
    if (!(POOLING_RULES as readonly string[]).includes(id)) throw new FundcastError('regions.rule.unknown', { rule: id, known: POOLING_RULES.join(', ') });
    if (id === 'separate') return { id };
    if (id === 'full') {
      const given = doc.pooling?.full?.interest_rate;
      if (given !== undefined) return { id, interestRate: given };
      const total = flows.reduce((s, f) => s + f.openingBalance, 0);
      const equal = total <= 0 || flows.some((f) => f.openingBalance < 0);
      const rate = flows.reduce((s, f) => s + f.interestRate[0] * (equal ? 1 / flows.length : f.openingBalance / total), 0);
      return { id, interestRate: rate };
    }
    if (!af) throw new FundcastError('regions.rule.notConfigured', { rule: id, file });
    return { id: 'adjustment_fund', share: af.share, pays: af.pays, floorMonths: af.floor_months ?? 0, interestRate: af.interest_rate ?? 0, openingBalance: af.opening_balance ?? 0 };
  });
}
