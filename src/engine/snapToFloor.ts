/**
 * Rounding rule for a balance brought to a floor (the treasury top-up): a balance within
 * rounding of the floor amount is the floor amount, and its months of reserve are the floor.
 *
 *   B is "within rounding" of target T when |B − T| ≤ 64·ε·(|B₋₁| + Σ|income items| + |E|),
 *   ε = 2.2e-16 — a bound on the rounding error of B = B₋₁ + (Σ items − E) with a few dozen terms.
 *
 * Then B = T exactly and M = F exactly (not 12·T/E′, which may round to F ± 1 ulp), so a band
 * boundary at F never flips with rounding and a floor of 0 gives B = 0, never −7e-12 and
 * "exhausted". The identity B = B₋₁ + S then holds to that rounding (within `checkIdentities`'
 * 1e-9 relative), since S stays I − E as computed. Returns null when B is not within rounding of T.
 * @example snapToFloor(-7e-12, 0, 0, 40000) // { balance: 0, months: 0 }
 */
export function snapToFloor(balance: number, target: number, floorMonths: number, magnitude: number): { balance: number; months: number } | null {
  return Math.abs(balance - target) <= 64 * Number.EPSILON * magnitude ? { balance: target, months: floorMonths } : null;
}
