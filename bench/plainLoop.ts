// The yardstick of the Monte Carlo benchmark (issue 20): the aggregate workload (an employee and a
// resident fund, normal shocks with AR(1), a Cholesky-correlated draw, growth shocks on level arrays,
// added shocks on the interest rate) written as ONE plain typed-array loop — shocks drawn and
// applied inside the year loop, nothing stored per path but a checksum. Same generator and normal
// transform as the kernel (pathGenerator, NormalStream), so the ratio kernel / plain loop measures
// the kernel's overhead, not the random numbers'. It skips what the workload does not use (rules,
// deterministic shock arrays, the clamps of growth shocks: never reached at these sds) and checks
// that the workload is the one it was written for.
import type { EmployeeAssumptions, ResidentAssumptions } from '../src/assumptions/types';
import type { KernelModel } from '../src/montecarlo/types';
import { NormalStream, pathGenerator, streamKey, type RandomGenerator } from '../src/stochastic/randomStreams';

/** What the plain loop needs, as plain arrays: also what the numpy side reads (JSON). */
export interface PlainWorkload {
  years: number;
  floor: number;
  employee: Record<string, number[]> & { k: number; opening: number; post2021: number[] };
  resident: Record<string, number[]> & { k: number; opening: number };
  /** per shock: sd, ar1, parameter sd; the Cholesky factor (K × K row-major) */
  shocks: { home: number; sd: number; ar1: number; parameterSd: number; targets: { fund: 'employee' | 'resident'; key: string; effect: 'growth' | 'add'; growth: number[] | null }[] }[];
  cholesky: number[];
}

const EMPLOYEE_KEYS = ['actives', 'retirees', 'contributionBase', 'employerRate', 'collectionRate', 'employerShareToAccounts', 'pension', 'retireeCreditShare', 'retireeRate', 'spendPerActive', 'spendPerRetiree', 'costMultiplier', 'fiscalSubsidy', 'otherIncomeShare', 'interestRate'] as const;
const RESIDENT_KEYS = ['insured', 'spendPerInsured', 'costMultiplier', 'subsidyPerHead', 'premiumPerHead', 'fiscalSubsidy', 'otherIncomeShare', 'criticalIllnessPerHead', 'interestRate'] as const;

/** The workload of a kernel model, checked to be one the plain loop computes exactly as written. */
export function plainWorkload(model: KernelModel, floor = 3): PlainWorkload {
  const [e, r] = model.funds as [EmployeeAssumptions, ResidentAssumptions];
  if (model.funds.length !== 2 || e.scheme !== 'employee' || r.scheme !== 'resident') throw new Error('plain loop: needs an employee and a resident fund');
  if (e.rules.topUp || r.rules.topUp || e.rules.rateAdjustment || r.rules.rateAdjustment || e.hasShocks || r.hasShocks || model.reserveMonthsBasis !== 'current_year') throw new Error('plain loop: rules, deterministic shocks or the next-year basis are not in it');
  const s = model.stochastic!;
  const shocks = s.shocks.map((x) => {
    if (x.distribution.kind !== 'normal' || x.distribution.mean !== 0) throw new Error('plain loop: normal shocks of mean 0 only');
    return {
      home: x.home,
      sd: x.distribution.sd,
      ar1: x.ar1,
      parameterSd: x.parameterSd,
      targets: x.targets.flatMap((t) => t.arrays.map((key) => {
        if (t.effect === 'scale') throw new Error('plain loop: no scale effects');
        return { fund: t.fund === 0 ? ('employee' as const) : ('resident' as const), key, effect: t.effect as 'growth' | 'add', growth: t.growth ? [...t.growth] : null };
      })),
    };
  });
  const pick = (f: object, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, [...(f as Record<string, Float64Array>)[k]]]));
  return {
    years: model.timeline.endYear - model.timeline.baseYear,
    floor,
    employee: { ...pick(e, EMPLOYEE_KEYS), k: e.k, opening: e.openingBalance, post2021: e.accountRule.map((x) => (x === 'post2021' ? 1 : 0)) } as PlainWorkload['employee'],
    resident: { ...pick(r, RESIDENT_KEYS), k: r.k, opening: r.openingBalance } as PlainWorkload['resident'],
    shocks,
    cholesky: s.cholesky ? [...s.cholesky] : shocks.map((_, i) => shocks.map((__, j) => (i === j ? 1 : 0))).flat(),
  };
}

/**
 * Runs paths [from, to) of the workload and returns, per fund, the number of paths exhausted by the
 * end year and the sum of end balances (a checksum, so no work is optimised away).
 */
export function plainLoop(w: PlainWorkload, keys: Uint32Array[], from: number, to: number): { exhausted: number[]; endBalance: number[] } {
  const T = w.years;
  const K = w.shocks.length;
  const C = Float64Array.from(w.cholesky);
  const sd = Float64Array.from(w.shocks, (s) => s.sd);
  const phi = Float64Array.from(w.shocks, (s) => s.ar1);
  const psd = Float64Array.from(w.shocks, (s) => s.parameterSd);
  // the targets as (shock, slot): slots 0..14 employee arrays, 15..23 resident arrays
  const slotOf = (t: { fund: string; key: string }) => {
    const i = t.fund === 'employee' ? EMPLOYEE_KEYS.indexOf(t.key as never) : RESIDENT_KEYS.indexOf(t.key as never);
    if (i < 0) throw new Error(`plain loop: ${t.fund}.${t.key} is not one of its arrays`);
    return t.fund === 'employee' ? i : 15 + i;
  };
  const targets = w.shocks.flatMap((s, j) => s.targets.map((t) => ({ j, slot: slotOf(t), growth: t.growth ? Float64Array.from(t.growth) : null })));
  const base = [...EMPLOYEE_KEYS.map((k) => Float64Array.from(w.employee[k])), ...RESIDENT_KEYS.map((k) => Float64Array.from(w.resident[k]))];
  const post = Uint8Array.from(w.employee.post2021);
  const factor = new Float64Array(24); // growth: running ratio Π(1 + g̃)/(1 + g); add: the shock added
  const v = new Float64Array(24); // this year's values
  const eps = new Float64Array(K);
  const x = new Float64Array(K);
  const delta = new Float64Array(K);
  const s = new Float64Array(K);
  // one stream per fund, each drawing the shocks homed in it in declaration order (as ShockDrawer)
  const streams = keys.map(() => new NormalStream(null as unknown as RandomGenerator));
  const homed = keys.map((_, f) => Int32Array.from(w.shocks.flatMap((x, j) => (x.home === f ? [j] : []))));
  const ke = w.employee.k;
  const kr = w.resident.k;
  const floor = w.floor;
  const exhausted = [0, 0];
  const endBalance = [0, 0];
  for (let p = from; p < to; p++) {
    for (let f = 0; f < keys.length; f++) {
      const g = streams[f].use(pathGenerator(keys[f], p));
      for (const j of homed[f]) delta[j] = psd[j] > 0 ? psd[j] * g.next() : 0;
    }
    x.fill(0);
    factor.fill(1);
    let bE = w.employee.opening;
    let bR = w.resident.opening;
    let aE = 0;
    let aR = 0;
    let exE = 0;
    let exR = 0;
    for (let t = 1; t <= T; t++) {
      for (let f = 0; f < keys.length; f++) {
        const h = homed[f];
        const g = streams[f];
        for (let n = 0; n < h.length; n++) eps[h[n]] = g.next();
      }
      for (let i = 0; i < K; i++) {
        let z = 0;
        for (let k = 0; k <= i; k++) z += C[i * K + k] * eps[k];
        x[i] = phi[i] * x[i] + sd[i] * z;
        s[i] = delta[i] + x[i];
      }
      for (let a = 0; a < 24; a++) v[a] = base[a][t];
      for (let n = 0; n < targets.length; n++) {
        const tg = targets[n];
        if (tg.growth) {
          const gt = tg.growth[t];
          factor[tg.slot] *= (1 + gt + s[tg.j]) / (1 + gt);
          v[tg.slot] *= factor[tg.slot];
        } else v[tg.slot] += s[tg.j];
      }
      // employee: employeeFlows' items
      const na = v[0];
      const nr = v[1];
      const employer = na * v[2] * ke * v[3] * v[4];
      const toAccounts = post[t] ? 0 : employer * v[5];
      const credits = post[t] ? nr * v[6] * v[7] * ke : 0;
      const bA = na * v[9] * ke * v[11];
      const bRt = nr * v[10] * ke * v[11];
      const incomeE = employer - toAccounts + nr * v[6] * v[8] * ke + v[12] + (bA + bRt) * v[13] + v[14] * bE;
      const spentE = bA + bRt + credits;
      bE += incomeE - spentE;
      const gapE = (floor * spentE) / 12 - bE;
      const grownE = (1 + v[14]) * aE;
      aE = gapE > grownE ? gapE : grownE;
      if (bE < 0) exE = 1;
      // resident: residentFlows' items
      const n = v[15];
      const benefits = n * v[16] * kr * v[17];
      const incomeR = n * v[18] * kr + n * v[19] * kr + v[20] + benefits * v[21] + v[23] * bR;
      const spentR = benefits + n * v[22] * kr;
      bR += incomeR - spentR;
      const gapR = (floor * spentR) / 12 - bR;
      const grownR = (1 + v[23]) * aR;
      aR = gapR > grownR ? gapR : grownR;
      if (bR < 0) exR = 1;
    }
    exhausted[0] += exE;
    exhausted[1] += exR;
    endBalance[0] += bE;
    endBalance[1] += bR;
  }
  return { exhausted, endBalance };
}

/** The stream key of each fund (randomStreams), as the kernel's. */
export function plainKeys(model: KernelModel, seed: string): Uint32Array[] {
  return model.funds.map((f) => streamKey(model.stochastic!.hash, seed, f.id));
}
