import { describe, expect, it } from 'vitest';
import type { BySex } from '../../src/demography/types';
import { MembershipError } from '../../src/membership/membershipError';
import { projectMembership } from '../../src/membership/projectMembership';
import { MEMBER_STATUSES, type MembershipInput, type MembershipProjection } from '../../src/membership/types';

// A small closed-form population: 6 ages (0..4 and the open group 5+), 4 years. Survival s(x) by
// age reached, births B(i), migrants m(x, i): P(x, i) = (P(x−1, i−1) [+ P(5, i−1) at 5]) · s(x) + m(x, i).
const N = 6;
const YEARS = 4;
const survival = [0.99, 0.995, 0.99, 0.98, 0.9, 0.7];

function population(migration: number[][]): { P: Float64Array; D: Float64Array; M: Float64Array } {
  const P = new Float64Array(YEARS * N);
  const D = new Float64Array(YEARS * N);
  const M = new Float64Array(YEARS * N);
  P.set([1000, 1000, 900, 800, 600, 400]);
  for (let i = 1; i < YEARS; i++) {
    for (let x = 0; x < N; x++) {
      const agedOn = x === 0 ? 950 : P[(i - 1) * N + x - 1] + (x === N - 1 ? P[(i - 1) * N + x] : 0);
      D[i * N + x] = agedOn * (1 - survival[x]);
      M[i * N + x] = migration[i]?.[x] ?? 0;
      P[i * N + x] = agedOn * survival[x] + M[i * N + x];
    }
  }
  return { P, D, M };
}

/** Same schedule for both sexes (the engine keeps them apart; equal inputs give equal outputs). */
const both = (a: Float64Array): BySex => ({ male: a.slice(), female: a.slice() });
const ageRow = (v: number[]) => Float64Array.from(v);

function input(options: { migration?: number[][]; switching?: number; rule?: 'coverage' | 'switchers'; q?: number[] } = {}): MembershipInput {
  const rule = options.rule ?? 'coverage';
  const { P, D, M } = population(options.migration ?? []);
  // retired from age 4 on (q = 1), half of age 3 (q = 0.5), in every year
  const qAge = options.q ?? [0, 0, 0, 0.5, 1, 1];
  const q = new Float64Array(YEARS * N);
  for (let i = 0; i < YEARS; i++) q.set(qAge, i * N);
  return {
    firstYear: 2024, years: YEARS,
    population: both(P), deaths: both(D), migration: both(M),
    base: {
      // participation of those below the retirement date: 0 at 0, 0.5 at 1, 0.6 at 2 and 3
      actives: both(ageRow([0, 500, 540, 240, 0, 0])),
      retirees: both(ageRow([0, 0, 0, 100, 300, 150])),
      // (under the switchers rule the resident scheme starts empty, as for an employee fund)
      residents: both(ageRow(rule === 'coverage' ? [500, 250, 180, 230, 150, 125] : [0, 0, 0, 0, 0, 0])),
    },
    retiredShare: both(q),
    switching: new Float64Array(YEARS).fill(options.switching ?? 0),
    residentRule: rule,
  };
}

const cell = (p: MembershipProjection, status: keyof MembershipProjection['stocks'], i: number, x: number) => p.stocks[status].male[i * N + x];

describe('projectMembership', () => {
  it('the four statuses partition the population in every cell, and nothing is NaN', () => {
    const p = projectMembership(input({ migration: [[], [5, -3, 2, 0, 1, -2], [0, 4, 0, -1, 0, 0], [3, 0, 0, 0, 0, 6]], switching: 0.05 }));
    for (let k = 0; k < YEARS * N; k++) {
      const sum = MEMBER_STATUSES.reduce((s, st) => s + p.stocks[st].male[k], 0);
      expect(sum).toBeCloseTo(p.population.male[k], 9);
      for (const st of MEMBER_STATUSES) expect(Number.isFinite(p.stocks[st].female[k])).toBe(true);
    }
  });

  // Replaces an accounting check that could not fail (entrants are defined as whatever closes the
  // identity): each status is recomputed here from the previous year's stocks with the test's own
  // survival, migrants, retired shares q and hand participation π (the doc comment's rules), and
  // the entrants are checked where they must vanish — nobody enters the retirees or (switchers
  // rule) the residents above age 0, and actives enter only where π rises (at age 2: π 0.5 → 0.6).
  it.each(['switchers', 'coverage'] as const)('each step recomputed from the doc formulas with hand π, q and survival (%s rule)', (rule) => {
    const migration = [[], [5, -3, 2, 0, 1, -2], [0, 4, 0, -1, 0, 0], [3, 0, 0, 0, 0, 6]];
    const psi = 0.05;
    const p = projectMembership(input({ migration, switching: psi, rule }));
    const pi = [0, 0.5, 0.6, 0.6, 0.6, 0.6];
    const q = [0, 0, 0, 0.5, 1, 1];
    const P = p.population.male;
    const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
    for (let i = 1; i < YEARS; i++) {
      for (let x = 1; x < N; x++) {
        const c = i * N + x;
        const prev = (st: keyof MembershipProjection['stocks']) => cell(p, st, i - 1, x - 1) + (x === N - 1 ? cell(p, st, i - 1, x) : 0);
        const agedOn = P[(i - 1) * N + x - 1] + (x === N - 1 ? P[(i - 1) * N + x] : 0);
        const s = survival[x];
        const perSurvivor = (migration[i][x] ?? 0) / (agedOn * s);
        const a = prev('actives') * s * (1 + perSurvivor);
        const keep = q[x - 1] >= 1 ? 0 : (1 - q[x]) / (1 - q[x - 1]);
        const r = a * (1 - keep);
        const w = psi * (a - r);
        close(p.flows.deaths.actives.male[c], prev('actives') * (1 - s));
        close(p.flows.retirements.male[c], r);
        close(p.flows.switching.male[c], w);
        const entry = pi[x - 1] === 0;
        close(cell(p, 'actives', i, x), entry ? pi[x] * P[c] * (1 - q[x]) : ((a - r - w) * pi[x]) / pi[x - 1]);
        close(cell(p, 'retirees', i, x), prev('retirees') * s * (1 + perSurvivor) + r);
        close(p.flows.entrants.retirees.male[c], 0);
        if (rule === 'switchers') close(p.flows.entrants.residents.male[c], 0);
        if (!entry && pi[x] === pi[x - 1]) close(p.flows.entrants.actives.male[c], 0);
      }
    }
  });

  it('where retirement and switching meet, retirements come first and switchers leave the staying actives (hand check)', () => {
    const p = projectMembership(input({ switching: 0.1, rule: 'switchers' }));
    // age 3 in 2025: the cohort aged 2 (540 actives) survives at 0.98 → 529.2; q 0 → 0.5 retires half:
    // 264.6; 10% of the other 264.6 switch: 26.46; actives (529.2 − 264.6 − 26.46)·π(3)/π(2) = 238.14
    expect(p.flows.retirements.male[N + 3]).toBeCloseTo(264.6, 9);
    expect(p.flows.switching.male[N + 3]).toBeCloseTo(26.46, 9);
    expect(cell(p, 'actives', 1, 3)).toBeCloseTo(238.14, 9);
    expect(cell(p, 'retirees', 1, 3)).toBeCloseTo(264.6, 9);
    // age 4 in 2025: q 0.5 → 1, every surviving active (240·0.9 = 216) retires, so none is left to switch
    expect(p.flows.retirements.male[N + 4]).toBeCloseTo(216, 9);
    expect(p.flows.switching.male[N + 4]).toBe(0);
    expect(cell(p, 'residents', 1, 4)).toBe(0);
  });

  it('one step by hand: survival, retirement at the date, continuation of participation', () => {
    const p = projectMembership(input());
    // age 4 in 2025: the cohort aged 3 in 2024 (P 800, actives 240, retirees 100) survives at 0.9;
    // q goes 0.5 → 1, so every surviving active retires: 240·0.9 = 216; retirees 100·0.9 + 216 = 306
    expect(p.flows.retirements.male[N + 4]).toBeCloseTo(216, 9);
    expect(cell(p, 'retirees', 1, 4)).toBeCloseTo(306, 9);
    expect(cell(p, 'actives', 1, 4)).toBeCloseTo(0, 12);
    // age 3 in 2025: cohort aged 2 (actives 540) survives at 0.98 = 529.2; q 0 → 0.5 retires half: 264.6;
    // π(3)/π(2) = (240/(800·0.5))/(540/900) = 0.6/0.6 = 1, so actives = 264.6
    expect(p.flows.retirements.male[N + 3]).toBeCloseTo(264.6, 9);
    expect(cell(p, 'actives', 1, 3)).toBeCloseTo(264.6, 9);
    // age 2 in 2025: cohort aged 1 (actives 500, π = 0.5) survives at 0.99 = 495; π(2)/π(1) = 0.6/0.5 = 1.2 → 594
    expect(cell(p, 'actives', 1, 2)).toBeCloseTo(594, 9);
    expect(p.flows.entrants.actives.male[N + 2]).toBeCloseTo(99, 9);
    // age 1 in 2025: entry age (π(0) = 0): π(1)·P(1, 2025)·(1 − q) = 0.5 · (1000 · 0.995) · 1 = 497.5
    expect(cell(p, 'actives', 1, 1)).toBeCloseTo(497.5, 9);
  });

  it('without switching or migration, actives = π(x)·P(x, i)·(1 − q(x, i)) (participation applied to the projected population)', () => {
    const p = projectMembership(input());
    const pi = [0, 0.5, 0.6, 0.6, 0.6, 0.6]; // base π, carried forward above age 3 (all retired there)
    const q = [0, 0, 0, 0.5, 1, 1];
    for (let i = 0; i < YEARS; i++) for (let x = 0; x < N; x++) expect(cell(p, 'actives', i, x)).toBeCloseTo(pi[x] * p.population.male[i * N + x] * (1 - q[x]), 9);
  });

  it('switching moves a share of the staying actives to the resident scheme (switchers rule)', () => {
    const p = projectMembership(input({ switching: 0.1, rule: 'switchers' }));
    // age 2 in 2025: 495 surviving actives, none retiring: 49.5 switch; (495 − 49.5)·1.2 = 534.6 stay as actives
    expect(p.flows.switching.male[N + 2]).toBeCloseTo(49.5, 9);
    expect(cell(p, 'actives', 1, 2)).toBeCloseTo(534.6, 9);
    // residents = switchers only (the scheme starts empty under this rule), no other entrants
    expect(cell(p, 'residents', 1, 2)).toBeCloseTo(49.5, 9);
    // a year later they have survived and been joined by that year's switchers at age 3
    expect(cell(p, 'residents', 2, 3)).toBeCloseTo(49.5 * 0.98 + p.flows.switching.male[2 * N + 3], 9);
    expect(p.flows.entrants.residents.male[N + 2]).toBeCloseTo(0, 9);
  });

  it('coverage rule: residents = η(x)·(P − actives − retirees) with the base-year η', () => {
    const p = projectMembership(input());
    const eta = [500 / 1000, 250 / 500, 180 / 360, 230 / 460, 150 / 300, 125 / 250];
    for (let i = 0; i < YEARS; i++) {
      for (let x = 0; x < N; x++) {
        const outside = p.population.male[i * N + x] - cell(p, 'actives', i, x) - cell(p, 'retirees', i, x);
        expect(cell(p, 'residents', i, x)).toBeCloseTo(eta[x] * outside, 9);
      }
    }
  });

  it('coverage rule with switching: every switcher joins the residents, the base coverage applies to the others (hand check)', () => {
    const p = projectMembership(input({ switching: 0.1 }));
    // age 2 in 2025: 495 surviving actives (500·0.99), none retiring: w = 0.1·495 = 49.5 switch;
    // actives (495 − 49.5)·1.2 = 534.6; P = 1000·0.99 = 990; η(2) = 180/(900 − 540 − 0) = 0.5;
    // residents = η·(P − A − R − S) + S = 0.5·(990 − 534.6 − 0 − 49.5) + 49.5 = 202.95 + 49.5 = 252.45
    expect(p.flows.switching.male[N + 2]).toBeCloseTo(49.5, 9);
    expect(p.switchers.male[N + 2]).toBeCloseTo(49.5, 9);
    expect(cell(p, 'residents', 1, 2)).toBeCloseTo(252.45, 9);
    // the switching inflow is not netted out of the entrants: 252.45 − 250·0.99 − 49.5 = −44.55
    // (the native residents fall because participation rises from 0.5 to 0.6 at age 2)
    expect(p.flows.entrants.residents.male[N + 2]).toBeCloseTo(-44.55, 9);
    // a year later the switchers have aged with the population (survival 0.98 to age 3) and been
    // joined by the year's switchers at age 3; η(3) = 230/(800 − 240 − 100) = 0.5
    const s23 = 49.5 * 0.98 + p.flows.switching.male[2 * N + 3];
    expect(p.switchers.male[2 * N + 3]).toBeCloseTo(s23, 9);
    const outside = p.population.male[2 * N + 3] - cell(p, 'actives', 2, 3) - cell(p, 'retirees', 2, 3) - s23;
    expect(cell(p, 'residents', 2, 3)).toBeCloseTo(0.5 * outside + s23, 9);
  });

  it('without switching the switcher stock is zero and the coverage rule is unchanged', () => {
    const p = projectMembership(input());
    expect(p.switchers.male.every((v) => v === 0) && p.switchers.female.every((v) => v === 0)).toBe(true);
  });

  it('switchers rule: the switcher stock is the whole resident status (the scheme starts empty)', () => {
    const p = projectMembership(input({ switching: 0.1, rule: 'switchers', migration: [[], [5, -3, 2, 0, 1, -2]] }));
    for (let k = 0; k < YEARS * N; k++) expect(p.switchers.male[k]).toBeCloseTo(p.stocks.residents.male[k], 9);
  });

  it('members above the population are an error, in English and Chinese', () => {
    const bad = input();
    bad.base.retirees.male[4] = 700; // P(4) = 600
    try {
      projectMembership(bad);
      throw new Error('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(MembershipError);
      expect((e as MembershipError).code).toBe('membership.exceedsPopulation');
      expect((e as MembershipError).en).toMatch(/male, age 4, 2024/);
      expect((e as MembershipError).zh).toMatch(/参保人数超过人口/);
    }
  });

  it('rejects matrices of the wrong size and switching shares outside [0, 1]', () => {
    const short = input();
    short.deaths.male = new Float64Array(3);
    expect(() => projectMembership(short)).toThrow(/deaths\.male/);
    expect(() => projectMembership(input({ switching: 1.5 }))).toThrow(/switching/);
  });
});
