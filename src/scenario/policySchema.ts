import { z } from 'zod';
import { paramMeta } from './paramMeta';
import { benefitScheduleSchema } from '../benefits/benefitScheduleSchema';
import { claimSizeDistributionSchema } from '../benefits/parseClaimSizeDistribution';
import { numberSeries } from './timeSeries';
import { SERVICE_LINE_IDS } from './serviceLinesSchema';
import { LEVER_NAMES, RULE_LEVER_NAMES } from '../levers/leverNameLists';
import type { RuleLeverName } from '../levers/leverTable';

/**
 * Policy levers that act on a fund beyond its base parameters (docs/concepts.md#levers): cost control,
 * benefit-rule changes, one-off shocks and dynamic rules. All optional; absent means "no change".
 */
const meta = paramMeta;
const year = () => z.number().int().min(1900).max(2350).meta(meta('calendar year', 'Year the change takes effect.'));
const share = () => z.number().min(0).max(1);
const name = () => z.string().min(1).meta(meta('text', 'Short name shown in results and attributions.'));

/** Savings from payment or price reforms (DRG/DIP 按病种付费, volume-based procurement 集采). */
export const savingSchema = z.strictObject({
  name: name(),
  from: year(),
  affected_share: share().meta(meta('share of benefit spending (0–1)', 'Share of benefit spending the reform reaches (e.g. inpatient care under DRG, drugs under procurement).')),
  saving_rate: share().meta(meta('share of affected spending (0–1)', 'Saving on the affected spending once fully phased in (e.g. 0.5 for a 50% average price cut).')),
  phase_in_years: z.number().int().min(1).max(50).optional().meta(meta('years', 'Years over which the saving builds up linearly (default 1).')),
  start_month: z.number().int().min(1).max(12).optional().meta(meta('month (1–12)', 'Month the saving starts in its first year; that year gets (13 − month)/12 of it (default 1: the whole year).')),
  line: z.enum(SERVICE_LINE_IDS).optional().meta(meta('service line', "The service line the saving acts on (the fund's service_lines must have it); affected_share is then a share of that line. Absent: a share of all benefit spending.")),
});

/** A change of benefit rules (deductible, coinsurance tiers, caps) priced through a claim-size distribution. */
export const benefitChangeSchema = z.strictObject({
  name: name(),
  from: year(),
  applies_to: z.enum(['benefits', 'critical_illness']).optional().meta(meta('label', "What the change reprices: benefit spending (default) or, in the resident fund, the critical-illness (大病) purchase per head.")),
  affected_share: share().meta(meta('share of the repriced spending (0–1)', 'Share of that spending paid under the rules being changed (e.g. inpatient spending for an inpatient deductible; 1 for the whole critical-illness purchase).')),
  old: benefitScheduleSchema.meta(meta('benefit schedule', 'Rules before the change (benefits module field names: deductible, coinsurance, annualCap, …).')),
  new: benefitScheduleSchema.meta(meta('benefit schedule', 'Rules after the change.')),
  claims: claimSizeDistributionSchema.meta(meta('yuan per claim', 'Claim-size distribution: {kind: lognormal, mean, cv} (default form), {kind: lognormal, mu, sigma} or {kind: empirical, amounts}.')),
  elasticity: z.number().min(-2).max(0).optional().meta(meta('elasticity (≤ 0)', 'Utilization response to the member share of cost; 0 (default) = no behavioural response.')),
});

export const costControlSchema = z
  .strictObject({
    excess_cost_growth: numberSeries(z.number().gt(-1).max(1))
      .optional()
      .meta(meta('annual growth rate added (0.01 = 1 point)', 'Extra growth of benefit spending per head on top of the spending growth (excess medical cost growth).')),
    savings: z.array(savingSchema).optional().meta(meta('list', 'DRG/DIP payment and procurement savings.')),
    out_of_region: z
      .strictObject({
        share: numberSeries(share()).meta(meta('share of benefit spending (0–1)', 'Share of benefit spending on care outside the pooling region (异地就医).')),
        cost_premium: z.number().min(-0.9).max(5).meta(meta('ratio (0.3 = 30% dearer)', 'How much dearer out-of-region care is than local care for the same need.')),
      })
      .optional()
      .meta(meta('share', 'Out-of-region care: spending scales by (1 + s_t·p) / (1 + s_base·p).')),
    benefit_changes: z.array(benefitChangeSchema).optional().meta(meta('list', 'Changes of deductibles, coinsurance or caps, priced through claim sizes.')),
  })
  .meta(meta('multipliers on benefit spending', 'Cost-control levers and benefit changes; each becomes a multiplier on benefit spending per head.'));

/** A one-off shock in one year, e.g. a 13th month of benefits when switching to the calendar year. */
export const shockSchema = z
  .strictObject({
    name: name(),
    year: year().meta(meta('calendar year', 'The year the shock happens.')),
    expenditure_share: z.number().min(-1).max(10).optional().meta(meta('share of benefit spending', 'Extra expenditure as a share of that year’s benefit spending (1/12 ≈ 0.0833 for a 13th month).')),
    expenditure_amount: z.number().min(-1e15).max(1e15).optional().meta(meta('units.money', 'Extra expenditure in that year.')),
    income_amount: z.number().min(-1e15).max(1e15).optional().meta(meta('units.money', 'Extra income in that year (e.g. a one-off transfer).')),
  })
  .superRefine((s, ctx) => {
    const n = [s.expenditure_share, s.expenditure_amount, s.income_amount].filter((v) => v !== undefined).length;
    if (n !== 1) {
      ctx.addIssue({ code: 'custom', path: [], message: `a shock needs exactly one of expenditure_share, expenditure_amount, income_amount (found ${n})`, params: { zh: `一次性冲击须且只能给出 expenditure_share、expenditure_amount、income_amount 之一（实际给出 ${n} 个）`, expected: 'exactly one amount', found: String(n) } });
    }
  });

export const rulesSchema = z
  .strictObject({
    treasury_top_up: z
      .strictObject({
        floor_months: z.number().min(0).max(120).meta(meta('months of reserve', 'The treasury pays whatever brings the year-end balance up to this many months of expenditure.')),
        from: year(),
      })
      .optional()
      .meta(meta('rule', 'Automatic treasury top-up (e.g. "the treasury covers any shortfall below 3 months").')),
    rate_adjustment: z
      .strictObject({
        lever: z.enum(RULE_LEVER_NAMES as [RuleLeverName, ...RuleLeverName[]]).meta(meta('lever name', `The parameter the rule raises: ${RULE_LEVER_NAMES.join(', ')} (one the fund's scheme has).`)),
        below_months: z.number().min(0).max(120).meta(meta('months of reserve', 'Trigger: months of reserve below this level…')),
        years: z.number().int().min(1).max(10).meta(meta('years', '…for this many consecutive years.')),
        step: z.number().gt(0).max(1e6).meta(meta('lever units', 'Raise by this much (a rate in share of base, e.g. 0.005; a per-head amount in yuan).')),
        cap: z.number().min(0).max(1e6).meta(meta('lever units', 'Never above this value.')),
        from: year(),
      })
      .optional()
      .meta(meta('rule', 'Dynamic rate adjustment: if reserve months stay below X for N years, raise the lever by Y, up to a cap.')),
  })
  .meta(meta('rules', 'Rules that react to the fund’s own results during the projection.'));

/**
 * A relative change of a named lever, applied to the resolved assumptions — portable across
 * scenarios (the same overlay cuts 7% → 6% in one city and 6.15% → 5.15% nationally).
 */
export const adjustmentSchema = z
  .strictObject({
    fund: z.string().min(1).meta(meta('fund id', 'The fund whose lever moves.')),
    lever: z.string().min(1).meta(meta('lever name', `The lever to move: ${LEVER_NAMES.join(', ')} (one the fund's scheme has).`)),
    from: year(),
    add: z.number().min(-1e9).max(1e9).optional().meta(meta('lever units', 'Added to the lever once fully phased in.')),
    multiply: z.number().min(0).max(100).optional().meta(meta('factor', 'The lever is multiplied by this once fully phased in.')),
    phase_in_years: z.number().int().min(1).max(50).optional().meta(meta('years', 'Years over which the change builds up in equal steps (default 1).')),
  })
  .superRefine((a, ctx) => {
    if ((a.add === undefined) === (a.multiply === undefined)) {
      ctx.addIssue({ code: 'custom', path: [], message: 'an adjustment needs exactly one of add, multiply', params: { zh: '调整须且只能给出 add 或 multiply 之一', expected: 'add or multiply', found: a.add === undefined ? 'neither' : 'both' } });
    }
  });

export type SavingSpec = z.infer<typeof savingSchema>;
export type BenefitChangeSpec = z.infer<typeof benefitChangeSchema>;
export type CostControlSpec = z.infer<typeof costControlSchema>;
export type ShockSpec = z.infer<typeof shockSchema>;
export type RulesSpec = z.infer<typeof rulesSchema>;
export type AdjustmentSpec = z.infer<typeof adjustmentSchema>;
