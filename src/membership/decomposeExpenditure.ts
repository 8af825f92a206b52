import type { FundAssumptions, Timeline } from '../assumptions/types';
import { MembershipError } from './membershipError';
import type { DecompositionRow } from '../results/demographyTypes';

export type { DecompositionRow } from '../results/demographyTypes';

/**
 * Decomposition of benefit spending growth into membership size, aging and per-capita cost
 * growth (multiplicative, exact). For statuses s (employee: actives, retirees; resident: insured)
 * with members N_s, per-head spending c_s (age-mix index included), age-mix index I_s (1 in the
 * aggregate mode), cost multiplier M and unit factor k:
 *   E(i) = Σ_s N_s(i)·c_s(i)·k·M(i)
 *   size(i)      = N(i)/N(0),                     N = Σ_s N_s
 *   statusMix(i) = [Σ_s N_s(i)·c_s(0) / N(i)] ÷ [Σ_s N_s(0)·c_s(0) / N(0)]
 *   aging(i)     = [Σ_s N_s(i)·c_s(0)·I_s(i) / N(i)] ÷ [Σ_s N_s(0)·c_s(0) / N(0)],  ageMix = aging / statusMix
 *   unitCost(i)  = E(i) / (E(0)·size(i)·aging(i))   (= Σ_s w_s·c_s(i)M(i)/(c_s(0)I_s(i)M(0)), w_s the
 *                  shares of Σ N_s c_s(0) I_s: per-capita cost growth at constant age mix)
 * Identity: E(i)/E(0) = size × aging × unitCost, so ln(E(i)/E(0)) = lnSize + lnAging + lnUnitCost
 * exactly (to rounding); year-on-year shares are differences of consecutive rows' logs.
 * (An index-number split in the spirit of Kitagawa's decomposition; shares are log-additive.)
 * One-off shocks and items other than benefits (retiree account credits, critical-illness
 * purchase) are not included.
 *
 * @param fund validated assumptions of one fund (either mode)
 * @param timeline the scenario's timeline (`assumptions.timeline`)
 * @returns one row per year, base year … end year
 * @throws MembershipError `membership.emptyFund` when members or benefit spending are not > 0 in some year
 */
export function decomposeExpenditure(fund: FundAssumptions, timeline: Timeline): DecompositionRow[] {
  if (fund.scheme === 'totals') throw new MembershipError('membership.emptyFund', { id: fund.id, i: 0 }); // no members to decompose by
  const parts = fund.scheme === 'employee'
    ? [
      { members: fund.actives, spend: fund.spendPerActive, index: fund.membership?.ageMix.actives },
      { members: fund.retirees, spend: fund.spendPerRetiree, index: fund.membership?.ageMix.retirees },
    ]
    : [{ members: fund.insured, spend: fund.spendPerInsured, index: fund.membership?.ageMix.residents }];
  const last = timeline.endYear - timeline.baseYear;
  const at = (i: number) => {
    let n = 0, e = 0, atBase = 0, aged = 0;
    for (const p of parts) {
      const idx = p.index ? p.index[i] : 1;
      n += p.members[i];
      e += p.members[i] * p.spend[i] * fund.k * fund.costMultiplier[i];
      atBase += p.members[i] * p.spend[0];
      aged += p.members[i] * p.spend[0] * idx;
    }
    if (!(n > 0 && e > 0)) {
      throw new MembershipError('membership.emptyFund', { id: fund.id, i, fund: fund.id, index: i });
    }
    return { n, e, mix: atBase / n, aged: aged / n };
  };
  const base = at(0);
  const rows: DecompositionRow[] = [];
  for (let i = 0; i <= last; i++) {
    const y = at(i);
    const size = y.n / base.n;
    const aging = y.aged / base.mix;
    const statusMix = y.mix / base.mix;
    const unitCost = y.e / (base.e * size * aging);
    rows.push({
      year: timeline.baseYear + i, benefits: y.e, members: y.n, size, aging, statusMix, ageMix: aging / statusMix, unitCost,
      lnTotal: Math.log(y.e / base.e), lnSize: Math.log(size), lnAging: Math.log(aging), lnUnitCost: Math.log(unitCost),
    });
  }
  return rows;
}

