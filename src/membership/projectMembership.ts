import { messages } from '../messages/message';
import { MembershipError } from './membershipError';
import { MEMBER_STATUSES, type MemberStatus, type MembershipInput, type MembershipProjection, type YearAgeBySex } from './types';

/**
 * Membership by status (employee actives A, employee retirees R, resident insured H, others U),
 * single age and sex, projected year by year on a projected population: the age-detailed mode's
 * engine. The four statuses partition the population in every cell: A + R + H + U = P.
 *
 * Set-up from the base year (index 0), per sex and age x, with q the retired share
 * (`retiredShares`) and P the population:
 *   π(x) = A₀(x) / (P₀(x)·(1 − q₀(x)))   participation of those below their retirement date;
 *   where undefined (nobody below the date, e.g. men 60+ before the 2025 reform) π(x) = π(x−1);
 *   η(x) = H₀(x) / (P₀ − A₀ − R₀)(x)     resident coverage of the people outside the employee scheme.
 * Step i−1 → i, cohort aged x−1 → x (the open group ω also keeps its own survivors):
 *   survival S = 1 − D/P(x−1, i−1) from the population projection, the same for every status;
 *     deaths_s = N_s·(1 − S); net migrants shared in proportion to the survivors of each status;
 *   retirements  r = a·(1 − (1 − q(x, i)) / (1 − q(x−1, i−1)))   (a: surviving actives incl. migrants;
 *     r = a when q(x−1, i−1) = 1);
 *   switching    w = ψᵢ·(a − r)  (actives joining the resident scheme);
 *   actives      A(x, i) = (a − r − w)·π(x)/π(x−1), or π(x)·P(x, i)·(1 − q(x, i)) where π(x−1) = 0 (entry ages, age 0);
 *   retirees     R(x, i) = surviving retirees + their migrants + r;
 *   switchers    S(x, i) = surviving switchers + their migrants + w   (S₀ = 0: residents who came from
 *     the employee scheme since the base year, part of H, followed cohort by cohort);
 *   residents    H(x, i) = η(x)·(P − A − R − S)(x, i) + S(x, i) (rule `coverage`: the base-year coverage
 *     applies to the people outside the employee scheme who did not switch, and every switcher is
 *     added), or survivors + migrants + w (rule `switchers`);
 *   others       U(x, i) = P(x, i) − A − R − H.
 * Net entrants of each status are what the rules add beyond survivors, migrants, retirements and
 * switching, so for every status, age, sex and year the accounting closes by construction:
 *   N_s(x, i) = N_s(x−1, i−1) − deaths_s + migrants_s ∓ retirements ∓ switching + entrants_s
 * (newborns, age 0, are entrants; age-0 migrants are counted in `others`). With no switching and no migration, A(x, i) = π(x)·P(x, i)·(1 − q(x, i)):
 * participation among people below their retirement date applied to the projected population.
 *
 * Simplifications (documented): one mortality for all statuses; retirees never return to work;
 * flexible early/late retirement is not modelled.
 * Reference: cohort-component accounting as in Preston, Heuveline & Guillot (2001) §6.2, applied
 * to status groups (multistate accounting with transitions at fixed dates).
 * Cost: O(years × ages) per sex, all on Float64Array.
 *
 * @param input prepared population, base-year members, retired shares, switching rates
 * @returns stocks by status and flows of each step, years × ages per sex
 * @throws MembershipError `membership.invalidInput` for arrays of the wrong length or values not finite,
 *   `membership.exceedsPopulation` when members exceed the population of a cell (in the base year or later,
 *   including employee members and switchers above the population under the coverage rule)
 */
export function projectMembership(input: MembershipInput): MembershipProjection {
  const years = input.years;
  const n = input.population.male.length / years;
  checkInput(input, n);
  const cells = (): YearAgeBySex => ({ male: new Float64Array(years * n), female: new Float64Array(years * n) });
  const byStatus = () => Object.fromEntries(MEMBER_STATUSES.map((s) => [s, cells()])) as Record<MemberStatus, YearAgeBySex>;
  const out: MembershipProjection = {
    firstYear: input.firstYear, years, ages: n, population: input.population, stocks: byStatus(), switchers: cells(),
    flows: { deaths: byStatus(), migration: byStatus(), entrants: byStatus(), retirements: cells(), switching: cells() },
  };
  for (const sex of ['male', 'female'] as const) projectSex(input, out, sex, n);
  return out;
}

function projectSex(input: MembershipInput, out: MembershipProjection, sex: 'male' | 'female', n: number): void {
  const P = input.population[sex];
  const q = input.retiredShare[sex];
  const D = input.deaths[sex];
  const M = input.migration[sex];
  const [A, R, H, U] = MEMBER_STATUSES.map((s) => out.stocks[s][sex]);
  const [dA, dR, dH, dU] = MEMBER_STATUSES.map((s) => out.flows.deaths[s][sex]);
  const [mA, mR, mH, mU] = MEMBER_STATUSES.map((s) => out.flows.migration[s][sex]);
  const [eA, eR, eH, eU] = MEMBER_STATUSES.map((s) => out.flows.entrants[s][sex]);
  const ret = out.flows.retirements[sex];
  const sw = out.flows.switching[sex];
  const S = out.switchers[sex];
  const coverage = input.residentRule === 'coverage';
  for (let x = 0; x < n; x++) {
    A[x] = input.base.actives[sex][x];
    R[x] = input.base.retirees[sex][x];
    H[x] = input.base.residents[sex][x];
    U[x] = P[x] - A[x] - R[x] - H[x];
    assertWithin(U[x], P[x], sex, x, input.firstYear);
  }
  const pi = participation(A, P, q, n);
  const eta = new Float64Array(n);
  for (let x = 0; x < n; x++) eta[x] = P[x] - A[x] - R[x] > 0 ? H[x] / (P[x] - A[x] - R[x]) : 0;

  for (let i = 1; i < input.years; i++) {
    const now = i * n;
    const before = now - n;
    const psi = input.switching[i];
    for (let x = 0; x < n; x++) {
      const c = now + x;
      let a = 0, r = 0, h = 0, u = 0, carried = 0, qPrev = 0;
      if (x > 0) {
        // cohort aged x − 1 a year earlier (plus the open group's own survivors at ω)
        const from = before + x - 1;
        const stay = x === n - 1 ? before + x : -1;
        const cA = A[from] + (stay >= 0 ? A[stay] : 0);
        const cR = R[from] + (stay >= 0 ? R[stay] : 0);
        const cH = H[from] + (stay >= 0 ? H[stay] : 0);
        const cU = U[from] + (stay >= 0 ? U[stay] : 0);
        const agedOn = P[from] + (stay >= 0 ? P[stay] : 0);
        const s = agedOn > 0 ? 1 - D[c] / agedOn : 1;
        dA[c] = cA * (1 - s); dR[c] = cR * (1 - s); dH[c] = cH * (1 - s); dU[c] = cU * (1 - s);
        const survivors = (cA + cR + cH + cU) * s;
        const share = survivors > 0 ? M[c] / survivors : 0;
        mA[c] = cA * s * share; mR[c] = cR * s * share; mH[c] = cH * s * share;
        mU[c] = survivors > 0 ? cU * s * share : M[c];
        a = cA * s + mA[c];
        r = cR * s + mR[c];
        h = cH * s + mH[c];
        u = cU * s + mU[c];
        carried = (S[from] + (stay >= 0 ? S[stay] : 0)) * s * (1 + share);
        qPrev = Math.max(q[from], stay >= 0 ? q[stay] : 0);
      } else {
        mU[c] = M[c]; // migrants aged 0 at the end of the step: counted with the newborns in `others`
        u = M[c];
      }
      const keep = qPrev >= 1 ? 0 : Math.min(1, Math.max(0, (1 - q[c]) / (1 - qPrev)));
      const retiring = a * (1 - keep);
      const switching = psi * (a - retiring);
      const remaining = a - retiring - switching;
      const entry = x === 0 || !(pi[x - 1] > 0);
      A[c] = entry ? pi[x] * P[c] * (1 - q[c]) : (remaining * pi[x]) / pi[x - 1];
      R[c] = r + retiring;
      S[c] = carried + switching;
      if (coverage) {
        const outside = P[c] - A[c] - R[c] - S[c];
        assertWithin(outside, P[c], sex, x, input.firstYear + i);
        H[c] = eta[x] * outside + S[c];
      } else {
        H[c] = h + switching;
      }
      U[c] = P[c] - A[c] - R[c] - H[c];
      assertWithin(U[c], P[c], sex, x, input.firstYear + i);
      ret[c] = retiring;
      sw[c] = switching;
      eA[c] = A[c] - remaining;
      eR[c] = R[c] - r - retiring;
      eH[c] = H[c] - h - switching;
      eU[c] = U[c] - u;
    }
  }
}

/** π(x) = A₀/(P₀·(1 − q₀)), carried forward from the age below where undefined. */
function participation(A: Float64Array, P: Float64Array, q: Float64Array, n: number): Float64Array {
  const pi = new Float64Array(n);
  for (let x = 0; x < n; x++) {
    const exposed = P[x] * (1 - q[x]);
    pi[x] = exposed > 0 ? A[x] / exposed : x > 0 ? pi[x - 1] : 0;
  }
  return pi;
}

function assertWithin(others: number, population: number, sex: string, age: number, year: number): void {
  if (others < -1e-9 * Math.max(1, population)) {
    throw new MembershipError('membership.exceedsPopulation', { sex, age, year, excess: -others });
  }
}

function checkInput(input: MembershipInput, n: number): void {
  const size = input.years * n;
  const matrices: [string, ArrayLike<number>][] = [];
  for (const sex of ['male', 'female'] as const) {
    matrices.push([`population.${sex}`, input.population[sex]], [`deaths.${sex}`, input.deaths[sex]], [`migration.${sex}`, input.migration[sex]], [`retiredShare.${sex}`, input.retiredShare[sex]]);
  }
  const bad = (name: string, reason: { en: string; zh: string }) => new MembershipError('membership.invalidInput.bad', { name, ...reason });
  if (!Number.isInteger(input.years) || input.years < 2 || !Number.isInteger(n) || n < 2) throw bad('years', messages('membership.input.years', {}));
  for (const [name, m] of matrices) {
    if (m.length !== size) throw bad(name, messages('membership.input.cells', { size, found: m.length }));
    for (let k = 0; k < size; k++) if (!Number.isFinite(m[k])) throw bad(name, messages('membership.input.notFinite', { k }));
  }
  for (const status of ['actives', 'retirees', 'residents'] as const) {
    for (const sex of ['male', 'female'] as const) {
      const b = input.base[status][sex];
      if (b.length !== n || Array.from(b).some((v) => !(Number.isFinite(v) && v >= 0))) throw bad(`base.${status}.${sex}`, messages('membership.input.base', { n }));
    }
  }
  if (input.switching.length < input.years || Array.from(input.switching).some((v) => !(v >= 0 && v <= 1))) throw bad('switching', messages('membership.input.switching', { years: input.years }));
}
