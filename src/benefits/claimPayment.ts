import type { BenefitSchedule } from './benefitScheduleSchema';
import { ensureBenefitSchedule } from './parseBenefitSchedule';
import { BenefitsError } from './BenefitsError';

/** One claim (an admission, a visit, or a year's bills), in yuan. */
export interface Claim {
  /** Total cost of the claim (医疗总费用), yuan ≥ 0. */
  totalCost: number;
  /** Days of care; required when the schedule has a daily cap. */
  days?: number;
  /** In-scope cost (政策范围内费用) if known; defaults to schedule.inScopeShare × totalCost. */
  inScopeCost?: number;
  /** In-scope cost of the member's earlier claims this year (for `perYear` bands). Default 0. */
  inScopeCostYearToDate?: number;
  /** Deductible already paid this year (for a `year` deductible and `perYear` bands). Default 0. */
  deductibleUsedYearToDate?: number;
  /** Fund payments already made to the member this year (for the annual cap). Default 0. */
  fundPaidYearToDate?: number;
}

/** How one claim is split between the fund and the member, in yuan. */
export interface ClaimPayment {
  /** Paid by the fund (统筹基金支付). */
  fundPays: number;
  /** Paid by the member: outOfScope + deductiblePart + coinsurancePart + aboveCap. */
  outOfPocket: number;
  /** Out-of-scope cost (政策范围外), paid by the member. */
  outOfScope: number;
  /** In-scope cost below the deductible (起付线以下). */
  deductiblePart: number;
  /** Member's share of the eligible amount within the coinsurance tiers (按比例自付). */
  coinsurancePart: number;
  /** What the tiers would have paid but the annual or daily cap cut off (超限额自付). */
  aboveCap: number;
}

/** Check a claim amount: `value`, or `fallback` when it is omitted (no fallback: required). */
function amount(value: number | undefined, fallback: number | undefined, name: string, zh: string): number {
  const v = value ?? fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
    throw new BenefitsError('benefits.claim.invalidAmount', { name, v, zh }, [name]);
  }
  return v;
}

/**
 * Where the claim's eligible amount starts on the band axis: bands measured on the amount above
 * the deductible start at 0 (per claim) or at the eligible amount so far this year; bands on
 * in-scope cost start after the deductible part, counting this year's in-scope cost if per year.
 */
function bandAxisStart(
  coinsurance: BenefitSchedule['coinsurance'],
  deductiblePart: number,
  scopeYtd: number,
  deductibleYtd: number,
): number {
  const perYear = coinsurance.accumulate === 'perYear';
  if (coinsurance.bandsOn === 'amountAboveDeductible') return perYear ? scopeYtd - deductibleYtd : 0;
  return perYear ? scopeYtd + deductiblePart : deductiblePart;
}

/** Fund share of the eligible amount occupying [from, to] on the band axis: Σ rateₖ·|[from, to] ∩ bandₖ|. */
function tieredPayment(tiers: BenefitSchedule['coinsurance']['tiers'], from: number, to: number): number {
  let paid = 0;
  let lower = 0;
  for (const tier of tiers) {
    const upper = tier.upTo ?? Infinity;
    const overlap = Math.min(to, upper) - Math.max(from, lower);
    if (overlap > 0) paid += tier.rate * overlap;
    if (upper >= to) break;
    lower = upper;
  }
  return paid;
}

/**
 * Split one claim between the fund and the member under a benefit schedule.
 *
 * With T = totalCost, c = in-scope cost (claim.inScopeCost or s·T, s = inScopeShare):
 * - outOfScope = T − c
 * - remaining deductible r = D (per admission) or max(0, D − deductible used this year) (per year)
 * - deductiblePart = min(c, r); eligible amount e = c − deductiblePart
 * - the eligible amount occupies [a, a + e] on the band axis, where a =
 *   0 (bands on amount above deductible, per claim), eligible so far this year
 *   = inScopeYTD − deductibleUsedYTD (above deductible, per year), deductiblePart (bands on
 *   in-scope cost, per claim), or inScopeYTD + deductiblePart (in-scope cost, per year)
 * - tiered = Σₖ rateₖ · |[a, a + e] ∩ [lowerₖ, upperₖ)|; coinsurancePart = e − tiered
 * - fundPays = min(tiered, max(0, annualCap − fund paid this year), dailyCap × days)
 * - aboveCap = tiered − fundPays; outOfPocket = T − fundPays.
 * fundPays + outOfPocket === totalCost holds exactly in floating point (one of the two is formed
 * by a subtraction that Sterbenz's lemma makes exact); the four member parts add up to
 * outOfPocket to rounding (~1e-16 relative). Amounts are not rounded to fen.
 *
 * Reference: reimbursement rules as described in docs/concepts.md#benefit-rules (起付线, 分段报销比例, 封顶线).
 * Units: yuan. Cost O(number of tiers).
 *
 * @throws BenefitsError if an amount is negative or not finite, inScopeCost > totalCost, the
 *   schedule has a daily cap and days is missing, the deductible used this year exceeds the
 *   in-scope cost this year under `perYear` bands, or the schedule is invalid.
 * @example
 * // Critical illness, deductible 11,350 yuan, 60%: 50,000 yuan in scope
 * claimPayment(schedule, { totalCost: 50000 }).fundPays; // => (50000 − 11350) × 0.6 = 23190
 */
export function claimPayment(schedule: BenefitSchedule, claim: Claim): ClaimPayment {
  const rule = ensureBenefitSchedule(schedule);
  if (claim === null || typeof claim !== 'object') {
    throw new BenefitsError('benefits.claim.notObject', {}, []);
  }
  const total = amount(claim.totalCost, undefined, 'totalCost', '总费用');
  const inScope = amount(claim.inScopeCost, rule.inScopeShare * total, 'inScopeCost', '政策范围内费用');
  if (inScope > total) {
    throw new BenefitsError('benefits.claim.scopeAboveTotal', { inScope, total }, ['inScopeCost']);
  }
  const scopeYtd = amount(claim.inScopeCostYearToDate, 0, 'inScopeCostYearToDate', '本年已发生政策范围内费用');
  const deductibleYtd = amount(claim.deductibleUsedYearToDate, 0, 'deductibleUsedYearToDate', '本年已付起付线');
  const fundYtd = amount(claim.fundPaidYearToDate, 0, 'fundPaidYearToDate', '本年基金已支付');
  if (rule.coinsurance.accumulate === 'perYear' && deductibleYtd > scopeYtd) {
    throw new BenefitsError('benefits.claim.deductibleAboveSpending', {}, ['deductibleUsedYearToDate']);
  }
  let dailyRoom = Infinity;
  if (rule.dailyCap !== undefined) {
    if (claim.days === undefined) {
      throw new BenefitsError('benefits.claim.daysMissing', {}, ['days']);
    }
    dailyRoom = rule.dailyCap * amount(claim.days, undefined, 'days', '天数');
  }

  const outOfScope = total - inScope;
  const { amount: deductible, per } = rule.deductible;
  const remaining = per === 'admission' ? deductible : Math.max(0, deductible - deductibleYtd);
  const deductiblePart = Math.min(inScope, remaining);
  const eligible = inScope - deductiblePart;
  const start = bandAxisStart(rule.coinsurance, deductiblePart, scopeYtd, deductibleYtd);
  const tiers = rule.coinsurance.tiers;
  const tiered = Math.min(eligible, tieredPayment(tiers, start, start + eligible)); // ≤ e despite rounding
  const annualRoom = rule.annualCap === undefined ? Infinity : Math.max(0, rule.annualCap - fundYtd);
  let fundPays = Math.min(tiered, annualRoom, dailyRoom);
  let outOfPocket = total - fundPays;
  if (fundPays < total / 2) fundPays = total - outOfPocket; // exact by Sterbenz: outOfPocket ≥ total/2
  return {
    fundPays,
    outOfPocket,
    outOfScope,
    deductiblePart,
    coinsurancePart: eligible - tiered,
    aboveCap: tiered - fundPays,
  };
}
