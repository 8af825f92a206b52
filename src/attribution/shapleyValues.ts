/**
 * Exact Shapley values of an n-player game whose value is a vector (one entry per outcome):
 *
 *   φ_i[k] = Σ_{S ⊆ N∖{i}} |S|!·(n − |S| − 1)!/n! · (v(S ∪ {i})[k] − v(S)[k])
 *
 * over all 2^n coalitions (subsets as bit masks: player i is in S when bit i is set). Σ_i φ_i[k] =
 * v(N)[k] − v(∅)[k] (efficiency), to rounding; a player that changes nothing gets 0 (null player);
 * the answer does not depend on the order the players are listed in. `v` is called for each
 * coalition as often as the loop needs it: cache it when it is expensive (attribute does).
 * @example shapleyValues(2, (m) => [[0, 10, 20, 40][m]]) // [[15], [25]]: v = 0, 10, 20, 40 for ∅, {0}, {1}, {0,1}
 */
export function shapleyValues(n: number, v: (mask: number) => readonly number[]): number[][] {
  const fact = [1];
  for (let k = 1; k <= n; k++) fact[k] = fact[k - 1] * k;
  const all = (1 << n) - 1;
  const m = v(0).length;
  return Array.from({ length: n }, (_, i) => {
    const phi = new Array<number>(m).fill(0);
    for (let mask = 0; mask <= all; mask++) {
      if (mask & (1 << i)) continue;
      const w = (fact[popcount(mask)] * fact[n - popcount(mask) - 1]) / fact[n];
      const without = v(mask);
      const withI = v(mask | (1 << i));
      for (let k = 0; k < m; k++) phi[k] += w * (withI[k] - without[k]);
    }
    return phi;
  });
}

function popcount(x: number): number {
  let c = 0;
  for (; x; x &= x - 1) c++;
  return c;
}
