/**
 * One band of a settlement rule: up to `upTo` × the allocation (null: open, no upper end), the
 * share `share` of the saving kept by the provider (saving bands) or of the overrun borne by the
 * fund (overrun bands).
 */
export interface SettlementBand {
  upTo: number | null;
  share: number;
}

/** The settlement rule (结余留用、合理超支分担): saving bands and overrun bands, lowest first. */
export interface SettlementRule {
  saving: readonly SettlementBand[];
  overrun: readonly SettlementBand[];
}

/** One provider's year-end settlement, whole yuan. */
export interface ProviderSettlement {
  /** the provider's allocation A (总额预算指标) */
  allocation: number;
  /** its actual spending S (the fund's share of the claims it incurred at normal rates) */
  actual: number;
  /** A − S when positive, else 0 (结余) */
  saving: number;
  /** S − A when positive, else 0 (超支) */
  overrun: number;
  /** the part of the saving the provider keeps (结余留用) */
  keptByProvider: number;
  /** the part of the saving that stays with the fund */
  keptByFund: number;
  /** the part of the overrun the fund pays (合理超支分担) */
  borneByFund: number;
  /** the part of the overrun the provider bears */
  borneByProvider: number;
  /** what the fund pays the provider for the year, P (= what the provider receives) */
  paid: number;
  /** P − S: the provider's gain (+, a kept saving) or loss (−, an overrun it bears) against its spending */
  providerResult: number;
  /** A − P: the fund's saving (+) or extra payment (−) against the allocation */
  fundResult: number;
}

/**
 * The shared part of a difference x ≥ 0 under bands given as shares of the allocation A:
 *
 *   shared(x) = Σ_k s_k · max(0, min(x, t_k·A) − t_{k−1}·A),   t_0 = 0,
 *
 * with t_k = ∞ for an open band; beyond the last band's upper end the share is 0.
 */
export function sharedPart(x: number, allocation: number, bands: readonly SettlementBand[]): number {
  let lower = 0;
  let total = 0;
  for (const b of bands) {
    const upper = b.upTo === null ? Infinity : b.upTo * allocation;
    if (x > lower) total += b.share * (Math.min(x, upper) - lower);
    if (upper === Infinity) break;
    lower = upper;
  }
  return total;
}

/**
 * The year-end settlement of one provider (结余留用、合理超支分担), whole yuan. With allocation A,
 * actual spending S and D = A − S:
 *
 *   saving (D > 0):   K = round(shared_saving(D)),  P = S + K;   the fund keeps D − K;
 *   overrun (D < 0):  F = round(shared_overrun(−D)), P = A + F;  the provider bears −D − F;
 *   D = 0:            P = A;
 *
 * P is what the fund pays and the provider receives; P − S is the provider's result and A − P the
 * fund's (see sharedPart for the bands). The one rounding is K or F to the yuan, half up; every
 * other figure is a whole-yuan sum, so saving = K + (D − K) and overrun = F + (−D − F) exactly.
 *
 * @example
 * // A = 1,000,000, S = 920,000, saving bands [{upTo: 0.1, share: 0.6}]: K = 0.6 × 80,000 = 48,000, P = 968,000
 * settleProvider(1_000_000, 920_000, { saving: [{ upTo: 0.1, share: 0.6 }], overrun: [{ upTo: 0.1, share: 0.5 }] }).paid // 968000
 */
export function settleProvider(allocation: number, actual: number, rule: SettlementRule): ProviderSettlement {
  const d = allocation - actual;
  const saving = Math.max(d, 0);
  const overrun = Math.max(-d, 0);
  const kept = saving > 0 ? Math.round(sharedPart(saving, allocation, rule.saving)) : 0;
  const fund = overrun > 0 ? Math.round(sharedPart(overrun, allocation, rule.overrun)) : 0;
  const paid = saving > 0 ? actual + kept : allocation + fund;
  return {
    allocation,
    actual,
    saving,
    overrun,
    keptByProvider: kept,
    keptByFund: saving - kept,
    borneByFund: fund,
    borneByProvider: overrun - fund,
    paid,
    providerResult: paid - actual,
    fundResult: allocation - paid,
  };
}
