import type { PerHeadAmount, ResidentFundSpec } from '../scenario/scenarioSchema';
import type { DetailedMembers } from './ageDetailedMembers';
import { commonAssumptions } from './commonAssumptions';
import { criticalIllnessMultiplier } from './costMultiplier';
import { growthPath } from './growthPath';
import type { ResolutionContext } from './resolutionContext';
import { splitBaseYearSpending } from './splitBaseYearSpending';
import type { ResidentAssumptions } from './types';
import { withAgeMix } from './withAgeMix';
import { serviceLineAssumptions } from './serviceLineAssumptions';

/**
 * A resident fund's arrays: insured (grown, or from the membership projection when age-detailed),
 * per-head subsidy, premium and critical-illness purchase — each `fixed` (as given), `indexed`
 * (base grown by its growth path) or `income_share` (share × disposable income per head, the
 * income grown from its base) — the critical-illness purchase × criticalIllnessMultiplier, and
 * spending per insured = base-year split grown × the age-mix index (or, with `service_lines`, the sum
 * of its lines: serviceLineAssumptions).
 */
export function residentAssumptions(id: string, spec: ResidentFundSpec, k: number, ctx: ResolutionContext, detailed: DetailedMembers | undefined): ResidentAssumptions {
  const p = ['funds', id];
  const insured = detailed ? detailed.counts.residents : growthPath(spec.members.insured, ctx.num(spec.members.growth, [...p, 'members', 'growth']));
  const income = spec.disposable_income
    ? growthPath(spec.disposable_income.base, ctx.num(spec.disposable_income.growth, [...p, 'disposable_income', 'growth']))
    : null;
  const perHead = (amount: PerHeadAmount, key: string): Float64Array => {
    const path = [...p, key];
    // explicit casts: tslab compiles without strictNullChecks, where `in` does not narrow these unions
    if ('fixed' in amount) return ctx.num((amount as { fixed: unknown }).fixed, [...path, 'fixed']);
    if ('indexed' in amount) {
      const { base, growth } = (amount as { indexed: { base: number; growth: unknown } }).indexed;
      return growthPath(base, ctx.num(growth, [...path, 'indexed', 'growth']));
    }
    const share = ctx.num((amount as { income_share: unknown }).income_share, [...path, 'income_share']);
    return income ? share.map((s, i) => s * income[i]) : share; // no income: reported by checkScenarioSemantics
  };
  const ciMultiplier = criticalIllnessMultiplier(spec.cost_control, ctx.timeline);
  const { perInsured } = splitBaseYearSpending(spec, k);
  const growth = ctx.num(spec.spending.growth, [...p, 'spending', 'growth']);
  const ageMix = detailed?.membership?.ageMix.residents;
  const lines = spec.service_lines
    ? serviceLineAssumptions(spec.service_lines, { insured: { perHead0: perInsured, growth, ageMix } }, spec.cost_control?.savings ?? [], ctx, [...p, 'service_lines'])
    : null;
  return {
    scheme: 'resident',
    ...commonAssumptions(id, spec, k, ctx),
    insured,
    subsidyPerHead: perHead(spec.subsidy_per_head, 'subsidy_per_head'),
    premiumPerHead: perHead(spec.premium_per_head, 'premium_per_head'),
    criticalIllnessPerHead: perHead(spec.critical_illness_per_head, 'critical_illness_per_head').map((v, i) => v * ciMultiplier[i]),
    spendPerInsured: lines ? lines.perHead.insured : withAgeMix(growthPath(perInsured, growth), ageMix),
    ...(lines ? { serviceLines: lines.lines } : {}),
    ...(detailed?.membership ? { membership: detailed.membership } : {}),
  };
}
