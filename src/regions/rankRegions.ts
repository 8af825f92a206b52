/** The figures regions are ranked by: a region's risk, with its Monte Carlo probability when known. */
export interface RankedRegion {
  id: string;
  name: string;
  nameZh: string | null;
  /** 1 = runs out first */
  rank: number;
  firstDeficitYear: number | null;
  exhaustionYear: number | null;
  /** probability that the balance is exhausted by the end year (Monte Carlo); null for a deterministic projection */
  probabilityOfExhaustion: number | null;
  /** required top-up per insured person over the horizon, yuan */
  topUpPerInsured: number;
}

/** Sort key order: earlier exhaustion, then higher probability of exhaustion, then earlier first deficit, then larger top-up per insured, then id. */
const never = Number.POSITIVE_INFINITY;

/**
 * Ranks regions by risk, riskiest first: the earliest exhaustion year (never = last), then the
 * highest probability of exhaustion, the earliest first deficit, the largest required top-up per
 * insured person, and the id (so ties have one order). Returns new objects with `rank` 1 … n.
 * @example rankRegions([{ id: 'a', name: 'A', nameZh: null, firstDeficitYear: null, exhaustionYear: null, probabilityOfExhaustion: null, topUpPerInsured: 0 }, { id: 'b', name: 'B', nameZh: null, firstDeficitYear: 2026, exhaustionYear: 2030, probabilityOfExhaustion: null, topUpPerInsured: 90 }]).map((r) => r.id) // ['b', 'a']
 */
export function rankRegions(regions: readonly Omit<RankedRegion, 'rank'>[]): RankedRegion[] {
  const sorted = [...regions].sort(
    (a, b) =>
      (a.exhaustionYear ?? never) - (b.exhaustionYear ?? never) ||
      (b.probabilityOfExhaustion ?? 0) - (a.probabilityOfExhaustion ?? 0) ||
      (a.firstDeficitYear ?? never) - (b.firstDeficitYear ?? never) ||
      b.topUpPerInsured - a.topUpPerInsured ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return sorted.map((r, i) => ({ ...r, rank: i + 1 }));
}
