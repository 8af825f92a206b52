import fc from 'fast-check';

/**
 * Values a careless or hostile user might write anywhere in a scenario: boundary numbers
 * (0, −0, ±1, tiny, denormal, 1e15, 1e308, ±Infinity and NaN as YAML's .inf/.nan give them),
 * years, strings, null, booleans, empty lists and maps, year → value maps, and arbitrary doubles.
 */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown>(0, -0, 1, -1, 2, -2, 0.5, -0.5, 0.99, -0.99, 1e-300, 5e-324, 1e15, 1e16, 1e308, -1e308, Infinity, -Infinity, NaN, 2024, 2025, 2045, 2200, 2400, 1900, '', 'x', 'post2021', null, true, [], {}) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -3000, max: 3000 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
  { weight: 2, arbitrary: fc.dictionary(fc.integer({ min: 1990, max: 2400 }).map(String), fc.oneof(fc.double({ min: -2, max: 2, noNaN: true }), fc.constantFrom<unknown>('pre2021', 'post2021', null)), { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.record({ interpolate: fc.constantFrom<unknown>('linear', 'cubic', 1), values: fc.dictionary(fc.integer({ min: 2000, max: 2100 }).map(String), fc.double({ min: -1, max: 1, noNaN: true }), { maxKeys: 3 }) }) },
);

/** Keys that a mutation may add: unknown ones, and known list-valued policy keys with random items. */
export const addedKey = fc.constantFrom('bogus', 'shocks', 'savings', 'adjustments', 'rules', 'cost_control', 'fiscal_subsidy', 'observed', 'retiree_rate', 'base_limits', 'disposable_income');

/**
 * One edit of a document: replace the value at a path by a hostile value, scale a number by a
 * factor in [0, 2] (a plausible change, mostly still valid: it reaches the engine), delete a key,
 * or add a key to an object.
 */
export type Mutation = { kind: 'set' | 'scale' | 'delete' | 'add'; at: number; key: string; value: unknown; factor: number };

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom<'set' | 'scale' | 'delete' | 'add'>('set', 'set', 'scale', 'scale', 'scale', 'scale', 'delete', 'add'),
  at: fc.nat(),
  key: addedKey,
  value: hostileValue,
  factor: fc.double({ min: 0, max: 2, noNaN: true }),
});

/** Every path of a document (objects and arrays included), in a fixed order. */
export function pathsOf(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) out.push(...pathsOf(x, [...prefix, Array.isArray(v) ? Number(k) : k]));
  }
  return out;
}

/** The document with the mutations applied in order (a new document: the input is never changed). */
export function mutate(doc: unknown, mutations: readonly Mutation[]): unknown {
  let out = structuredClone(doc);
  for (const m of mutations) {
    const all = pathsOf(out).slice(1); // never the root itself
    const numeric = all.filter((p) => typeof p.reduce<any>((o, k) => o[k], out) === 'number');
    const paths = m.kind === 'scale' ? numeric : all;
    if (paths.length === 0) continue;
    const path = paths[m.at % paths.length];
    const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], out);
    const last = path[path.length - 1];
    if (m.kind === 'set') parent[last] = structuredClone(m.value);
    else if (m.kind === 'scale') parent[last] = parent[last] * m.factor;
    else if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else {
      const target = parent[last];
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) target[m.key] = structuredClone(m.value);
      else parent[last] = { [m.key]: structuredClone(m.value) };
    }
    out = structuredClone(out);
  }
  return out;
}

// mostly the growth rates of real funds, sometimes anything the schema allows per year
const growth = fc.oneof({ weight: 6, arbitrary: fc.double({ min: -0.1, max: 0.15, noNaN: true }) }, { weight: 1, arbitrary: fc.double({ min: -0.99, max: 1, noNaN: true }) });
const series = (value: fc.Arbitrary<number>) =>
  fc.oneof(value, fc.tuple(value, value, fc.integer({ min: 1, max: 40 })).map(([a, b, d]) => ({ 2000: a, [2000 + d + 30]: b })));
const count = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e10, noNaN: true }));
const perHead = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e8, noNaN: true }));
const share = fc.double({ min: 0, max: 1, noNaN: true });

/**
 * Scenarios generated from scratch within the schema's own ranges (a valid shape, any values in
 * range: horizons of 1–150 years, growth from −99% to +100% a year, counts up to 1e10, amounts up
 * to 1e8 a head): most are valid, some trip a semantic bound; all must give a located error or a
 * finite result.
 */
export const generatedScenario: fc.Arbitrary<unknown> = fc
  .record({
    horizon: fc.integer({ min: 1, max: 150 }),
    money: fc.constantFrom('yuan', '10k yuan', '100m yuan'),
    persons: fc.constantFrom('persons', '10k persons'),
    balance: fc.double({ min: -1e15, max: 1e15, noNaN: true }),
    interest: series(fc.double({ min: -0.1, max: 0.5, noNaN: true })),
    employee: fc.record({
      actives: count, retirees: count, ag: series(growth), rg: series(growth),
      base: perHead, bg: series(growth), er: series(share), ee: series(share), coll: series(share),
      rule: fc.constantFrom<unknown>('pre2021', 'post2021', { 2000: 'pre2021', 2030: 'post2021' }),
      toAcc: series(share), credit: series(share), pension: perHead, pg: series(growth),
      perActive: perHead, perRetiree: perHead, sag: series(growth), srg: series(growth),
      topUp: fc.option(fc.record({ floor_months: fc.double({ min: 0, max: 120, noNaN: true }), from: fc.integer({ min: 2001, max: 2150 }) }), { nil: undefined }),
      excess: fc.option(series(fc.oneof(fc.double({ min: -0.05, max: 0.05, noNaN: true }), fc.double({ min: -0.99, max: 1, noNaN: true }))), { nil: undefined }),
    }),
    resident: fc.option(
      fc.record({ insured: count, g: series(growth), sub: perHead, prem: perHead, ci: perHead, spend: perHead, sg: series(growth) }),
      { nil: undefined },
    ),
  })
  .map((g) => {
    const e = g.employee;
    const funds: Record<string, unknown> = {
      emp: {
        scheme: 'employee', name: 'E', opening: { balance: g.balance }, interest_rate: g.interest,
        members: { actives: e.actives, retirees: e.retirees, active_growth: e.ag, retiree_growth: e.rg },
        contributions: { base_per_active: e.base, base_growth: e.bg, employer_rate: e.er, employee_rate: e.ee, collection_rate: e.coll },
        pension: { average: e.pension, growth: e.pg },
        individual_accounts: { rule: e.rule, employer_share_to_accounts: e.toAcc, retiree_credit_share: e.credit },
        spending: { base: { per_active: e.perActive, per_retiree: e.perRetiree }, active_growth: e.sag, retiree_growth: e.srg },
        ...(e.topUp ? { rules: { treasury_top_up: e.topUp } } : {}),
        ...(e.excess !== undefined ? { cost_control: { excess_cost_growth: e.excess } } : {}),
      },
    };
    if (g.resident) {
      const r = g.resident;
      funds.res = {
        scheme: 'resident', name: 'R', opening: { balance: g.balance }, interest_rate: g.interest,
        members: { insured: r.insured, growth: r.g },
        subsidy_per_head: { fixed: r.sub }, premium_per_head: { fixed: r.prem }, critical_illness_per_head: { fixed: r.ci },
        spending: { base: { per_insured: r.spend }, growth: r.sg },
      };
    }
    return { fundcast: 1, id: 'generated', name: 'generated', base_year: 2000, end_year: 2000 + g.horizon, units: { money: g.money, persons: g.persons }, funds };
  });
