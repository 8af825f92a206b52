import type { EmployeeFundSpec } from '../scenario/scenarioSchema';
import type { DetailedMembers } from './ageDetailedMembers';
import { commonAssumptions } from './commonAssumptions';
import { contributionBasePath } from './contributionBasePath';
import { growthPath } from './growthPath';
import type { ResolutionContext } from './resolutionContext';
import { splitBaseYearSpending } from './splitBaseYearSpending';
import type { EmployeeAssumptions } from './types';
import { withAgeMix } from './withAgeMix';
import { serviceLineAssumptions } from './serviceLineAssumptions';

/**
 * An employee fund's arrays: members (grown from the base year, or from the membership projection
 * when age-detailed), contribution base (contributionBasePath), rates as given, pension grown,
 * account rules, and per-head spending = base-year split (splitBaseYearSpending) grown by its
 * growth path × the status's age-mix index (withAgeMix) — or, with `service_lines`, the sum of its
 * lines (serviceLineAssumptions).
 */
export function employeeAssumptions(id: string, spec: EmployeeFundSpec, k: number, ctx: ResolutionContext, detailed: DetailedMembers | undefined): EmployeeAssumptions {
  const p = ['funds', id];
  const m = spec.members;
  const c = spec.contributions;
  const actives = detailed ? detailed.counts.actives : growthPath(m.actives, ctx.num(m.active_growth, [...p, 'members', 'active_growth']));
  const retirees = detailed ? detailed.counts.retirees : growthPath(m.retirees, ctx.num(m.retiree_growth, [...p, 'members', 'retiree_growth']));
  const { perActive, perRetiree } = splitBaseYearSpending(spec, k);
  const activeGrowth = ctx.num(spec.spending.active_growth, [...p, 'spending', 'active_growth']);
  const retireeGrowth = ctx.num(spec.spending.retiree_growth, [...p, 'spending', 'retiree_growth']);
  const ageMix = detailed?.membership?.ageMix;
  const lines = spec.service_lines
    ? serviceLineAssumptions(
        spec.service_lines,
        { actives: { perHead0: perActive, growth: activeGrowth, ageMix: ageMix?.actives }, retirees: { perHead0: perRetiree, growth: retireeGrowth, ageMix: ageMix?.retirees } },
        spec.cost_control?.savings ?? [],
        ctx,
        [...p, 'service_lines'],
      )
    : null;
  return {
    scheme: 'employee',
    ...commonAssumptions(id, spec, k, ctx),
    actives,
    retirees,
    contributionBase: contributionBasePath(c, ctx, p),
    employerRate: ctx.num(c.employer_rate, [...p, 'contributions', 'employer_rate']),
    employeeRate: ctx.num(c.employee_rate, [...p, 'contributions', 'employee_rate']),
    collectionRate: ctx.num(c.collection_rate, [...p, 'contributions', 'collection_rate']),
    retireeRate: c.retiree_rate === undefined ? new Float64Array(ctx.timeline.length) : ctx.num(c.retiree_rate, [...p, 'contributions', 'retiree_rate']),
    pension: growthPath(spec.pension.average, ctx.num(spec.pension.growth, [...p, 'pension', 'growth'])),
    accountRule: ctx.labels(spec.individual_accounts.rule, [...p, 'individual_accounts', 'rule']) as ('pre2021' | 'post2021')[],
    employerShareToAccounts: ctx.num(spec.individual_accounts.employer_share_to_accounts, [...p, 'individual_accounts', 'employer_share_to_accounts']),
    retireeCreditShare: ctx.num(spec.individual_accounts.retiree_credit_share, [...p, 'individual_accounts', 'retiree_credit_share']),
    spendPerActive: lines ? lines.perHead.actives : withAgeMix(growthPath(perActive, activeGrowth), ageMix?.actives),
    spendPerRetiree: lines ? lines.perHead.retirees : withAgeMix(growthPath(perRetiree, retireeGrowth), ageMix?.retirees),
    ...(lines ? { serviceLines: lines.lines } : {}),
    ...(detailed?.membership ? { membership: detailed.membership } : {}),
  };
}
