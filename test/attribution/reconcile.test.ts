import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { reconciliationCsv, reconciliationLines, RECONCILE_DECIMALS } from '../../src/attribution/formatReconciliation';
import { reconcile, type Reconciliation } from '../../src/attribution/reconcile';
import { reconcileCategory } from '../../src/attribution/reconcileCategory';
import { loadScenario, mergeScenario, project, resolveAssumptions, validateScenario } from '../../src/index';
import { runCli } from '../helpers/runCli';
import { shippedDocument } from '../helpers/scenarioWith';

const COUNTY = 'scenarios/examples/county-totals.yaml';
const county = shippedDocument(COUNTY);
/** county-totals with `patch` merged on (the `extends` rule), validated from the object. */
const countyWith = (patch: unknown) => validateScenario(mergeScenario(county, patch), COUNTY);
/** The county's 2024 history year with a different balance (a revised final account): only `history` differs. */
const revisedHistory = { funds: { employee: { history: { ...(county as any).funds.employee.history, years: { ...(county as any).funds.employee.history.years, 2024: { ...(county as any).funds.employee.history.years[2024], balance: 32600 } } } } } };
const fasterSpending = { funds: { employee: { expenditure: { growth: 0.06 } } } };
const slowerSpending = { funds: { employee: { expenditure: { growth: 0.03 } } } };

/** The county fund's outcomes from a projection made here, independently of reconcile. */
function countyOutcomes(patch: unknown, year: number) {
  const f = project(resolveAssumptions(countyWith(patch)), { demography: false }).funds[0];
  const row = f.rows.find((r) => r.year === year)!;
  return { firstDeficitYear: f.firstDeficitYear, exhaustionYear: f.exhaustionYear, reserveMonths: row.reserveMonths, balance: row.balance };
}

/** Every split outcome: re-run + Σ parts = change (to the rounding of doubles), and the lines shown add up exactly. */
function expectPartsSum(r: Reconciliation) {
  let split = 0;
  for (const f of r.funds) {
    for (const o of f.outcomes) {
      if (o.parts === null || o.change === null) continue;
      split++;
      const sum = (o.rerun ?? 0) + Object.values(o.parts).reduce((s, x) => s + x, 0);
      // Shapley efficiency is an identity; the only gap is double rounding over ≤ 16 terms of the size of the outcome
      expect(Math.abs(sum - o.change)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(o.earlier ?? 0), Math.abs(o.later ?? 0)));
      expect(o.change).toBeCloseTo((o.later as number) - (o.earlier as number), 9);
      // as shown (rounded once, handed out by the largest remainder): whole units of the last decimal that sum exactly
      const d = RECONCILE_DECIMALS[o.outcome];
      const lines = reconciliationLines(o, r.earlier.kind === 'results', d);
      const parts = lines.filter((l) => !['earlier', 'later', 'change'].includes(l.line)).map((l) => Math.round(l.value! * 10 ** d));
      expect(parts.reduce((s, x) => s + x, 0)).toBe(Math.round(lines.find((l) => l.line === 'change')!.value! * 10 ** d));
    }
  }
  expect(split).toBeGreaterThan(0);
}

describe('reconcile: parts sum to the change (issue 19, item 5)', () => {
  it('shipped pair china-national-2024 → china-national-2025: new data and assumption changes, parts summing to each change', () => {
    const r = reconcile({ loaded: loadScenario('scenarios/china-national-2024.yaml'), file: 'earlier' }, loadScenario('scenarios/china-national-2025.yaml'), { year: 2035 });
    expectPartsSum(r);
    expect(r.categories.find((c) => c.category === 'data')!.differences).toEqual(expect.arrayContaining(['base_year', 'funds.employee.history', 'funds.resident.history']));
    expect(r.categories.find((c) => c.category === 'other')!.differences).toEqual(['stochastic']);
    expect(r.evaluations).toBe(8); // data, assumptions, other: 2^3
    // the ends are the two forecasts as `fundcast run` gives them
    const a = project(resolveAssumptions(loadScenario('scenarios/china-national-2024.yaml')), { demography: false });
    const b = project(resolveAssumptions(loadScenario('scenarios/china-national-2025.yaml')), { demography: false });
    for (const f of r.funds) {
      const o = Object.fromEntries(f.outcomes.map((x) => [x.outcome, x]));
      expect(o.exhaustionYear.earlier).toBe(a.funds.find((x) => x.id === f.fund)!.exhaustionYear);
      expect(o.exhaustionYear.later).toBe(b.funds.find((x) => x.id === f.fund)!.exhaustionYear);
      expect(o.balance.later).toBe(b.funds.find((x) => x.id === f.fund)!.rows.find((x) => x.year === 2035)!.balance);
      // the stochastic block moves no deterministic outcome: a null player gets exactly 0
      for (const x of f.outcomes) if (x.parts) expect(x.parts.other).toBe(0);
    }
  });

  it('shipped pair china-national-2024 → employer-rate-cut: an assumption change only, all of it to assumptions', () => {
    const r = reconcile({ loaded: loadScenario('scenarios/china-national-2024.yaml'), file: 'earlier' }, loadScenario('scenarios/examples/employer-rate-cut.yaml'), { year: 2034 });
    expectPartsSum(r);
    expect(r.categories.find((c) => c.category === 'assumptions')!.differences).toEqual(['funds.employee.contributions.employer_rate']);
    const balance = r.funds.find((f) => f.fund === 'employee')!.outcomes.find((o) => o.outcome === 'balance')!;
    expect(balance.change).toBeLessThan(0);
    expect(balance.parts!.assumptions).toBe(balance.change);
  });

  it('a pair where only the history changes puts everything on "new data"', () => {
    const r = reconcile({ loaded: countyWith({}), file: 'earlier' }, countyWith(revisedHistory), { year: 2030 });
    expect(r.categories.map((c) => [c.category, c.differences])).toEqual([['data', ['funds.employee.history']], ['assumptions', []], ['method', []], ['other', []]]);
    const o = Object.fromEntries(r.funds[0].outcomes.map((x) => [x.outcome, x]));
    // the 2024 balance is 2,000 higher: by 2030 the balance is higher by 2,000 grown with six years of interest at 1.5%
    expect(o.balance.change).toBeCloseTo(2000 * 1.015 ** 6, 6);
    for (const x of [o.balance, o.reserveMonths]) expect(x.parts).toEqual({ data: x.change, assumptions: 0, method: 0, other: 0 });
    expectPartsSum(r);
  });

  it('two categories against a Shapley calculation by hand: φ_data = ½[(v(D) − v(∅)) + (v(DA) − v(A))]', () => {
    const year = 2030;
    const r = reconcile({ loaded: countyWith({}), file: 'earlier' }, countyWith(mergeScenario(revisedHistory, fasterSpending)), { year });
    expect(r.categories.filter((c) => c.differences.length).map((c) => c.category)).toEqual(['data', 'assumptions']);
    // the four corners, projected here from hand-built documents
    const v0 = countyOutcomes({}, year);
    const vD = countyOutcomes(revisedHistory, year);
    const vA = countyOutcomes(fasterSpending, year);
    const vDA = countyOutcomes(mergeScenario(revisedHistory, fasterSpending), year);
    const o = Object.fromEntries(r.funds[0].outcomes.map((x) => [x.outcome, x]));
    for (const k of ['balance', 'reserveMonths'] as const) {
      const data = ((vD[k]! - v0[k]!) + (vDA[k]! - vA[k]!)) / 2;
      const assumptions = ((vA[k]! - v0[k]!) + (vDA[k]! - vD[k]!)) / 2;
      expect(o[k].parts!.data).toBeCloseTo(data, 9);
      expect(o[k].parts!.assumptions).toBeCloseTo(assumptions, 9);
      expect(o[k].change).toBeCloseTo(vDA[k]! - v0[k]!, 9);
    }
    // a year is split on the year itself, by the same formula
    const e = o.exhaustionYear;
    expect(e.parts!.data).toBe(((vD.exhaustionYear! - v0.exhaustionYear!) + (vDA.exhaustionYear! - vA.exhaustionYear!)) / 2);
    expect(e.parts!.assumptions).toBe(((vA.exhaustionYear! - v0.exhaustionYear!) + (vDA.exhaustionYear! - vD.exhaustionYear!)) / 2);
    expectPartsSum(r);
  });

  it("a year that some combination never reaches is not split: 'never', with each category alone", () => {
    const year = 2030;
    const later = mergeScenario(revisedHistory, slowerSpending);
    const r = reconcile({ loaded: countyWith({}), file: 'earlier' }, countyWith(later), { year });
    const e = r.funds[0].outcomes.find((x) => x.outcome === 'exhaustionYear')!;
    const v0 = countyOutcomes({}, year);
    const vA = countyOutcomes(slowerSpending, year);
    const vD = countyOutcomes(revisedHistory, year);
    // slower spending keeps the fund from exhaustion within the horizon (2040); the earlier forecast exhausts it
    expect(v0.exhaustionYear).not.toBeNull();
    expect(vA.exhaustionYear).toBeNull();
    expect(e.earlier).toBe(v0.exhaustionYear);
    expect(e.later).toBeNull();
    expect(e.change).toBeNull();
    expect(e.parts).toBeNull();
    expect(e.unsplit).toEqual({ reason: 'never', alone: { data: vD.exhaustionYear, assumptions: null, method: v0.exhaustionYear, other: v0.exhaustionYear } });
  });

  it('categories by path: data, assumptions, method (settings, age-detailed, method overlays), other', () => {
    expect(reconcileCategory(['base_year'])).toBe('data');
    expect(reconcileCategory(['funds', 'x', 'members', 'actives'])).toBe('data');
    expect(reconcileCategory(['funds', 'x', 'members', 'active_growth'])).toBe('assumptions');
    expect(reconcileCategory(['funds', 'x', 'rules'])).toBe('assumptions');
    expect(reconcileCategory(['adjustments'])).toBe('assumptions');
    expect(reconcileCategory(['settings', 'reserve_months_basis'])).toBe('method');
    expect(reconcileCategory(['funds', 'x', 'members', 'age_detailed'])).toBe('method');
    expect(reconcileCategory(['funds', 'x', 'members', 'active_growth'], new Set(['funds.x.members.active_growth']))).toBe('method');
    expect(reconcileCategory(['funds', 'x'])).toBe('other');
    expect(reconcileCategory(['end_year'])).toBe('other');
  });
});

describe('fundcast reconcile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fundcast-reconcile-'));

  it('saved results: refused without their scenario, refused with another, re-run (0 change) with theirs', async () => {
    const saved = join(dir, 'earlier.json');
    const run = await runCli('run', COUNTY, '--format', 'json');
    writeFileSync(saved, run.out);
    const later = join(dir, 'later.yaml');
    writeFileSync(later, stringify(mergeScenario(county, mergeScenario(revisedHistory, fasterSpending))));
    const alone = await runCli('reconcile', saved, later);
    expect(alone.code).toBe(1);
    expect(alone.err).toMatch(/saved results carry the scenario's id 'county-totals'.*not its inputs.*--earlier-scenario/s);
    expect(alone.err).toMatch(/无法重新计算/);
    const other = await runCli('reconcile', saved, later, '--earlier-scenario', later);
    expect(other.code).toBe(1);
    expect(other.err).toMatch(/has hash [0-9a-f]{64}: not the same inputs/);
    const ok = await runCli('reconcile', saved, later, '--earlier-scenario', COUNTY, '--format', 'json', '--year', '2030');
    expect(ok.code).toBe(0);
    const r = JSON.parse(ok.out) as Reconciliation;
    expect(r.earlier.kind).toBe('results');
    expect(r.funds[0].outcomes.every((o) => o.rerun === 0)).toBe(true);
    expectPartsSum(r);
    const notResults = join(dir, 'bad.json');
    writeFileSync(notResults, '{"scenario": {}}');
    const bad = await runCli('reconcile', notResults, later);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/fundcastVersion should be a version string/);
  });

  it('csv lines add up; --out writes json, csv and both tables; --method counts an overlay as a method change; a year outside is refused', async () => {
    const out = join(dir, 'out');
    const later = join(dir, 'later.yaml');
    const csv = await runCli('reconcile', COUNTY, later, '--format', 'csv', '--year', '2030', '--out', out);
    expect(csv.code).toBe(0);
    const rows = csv.out.trim().split('\n').slice(1).map((l) => l.split(','));
    for (const outcome of ['balance', 'reserveMonths']) {
      const of = rows.filter((r) => r[1] === outcome);
      const part = of.filter((r) => ['data', 'assumptions', 'method', 'other'].includes(r[3])).reduce((s, r) => s + Math.round(Number(r[4]) * 100), 0);
      expect(part).toBe(Math.round(Number(of.find((r) => r[3] === 'change')![4]) * 100));
    }
    expect(readFileSync(join(out, 'reconciliation.csv'), 'utf8')).toBe(csv.out);
    expect(readFileSync(join(out, 'reconciliation-zh.txt'), 'utf8')).toMatch(/新数据/);
    expect(JSON.parse(readFileSync(join(out, 'reconciliation.json'), 'utf8')).year).toBe(2030);
    const overlay = join(dir, 'faster.yaml');
    writeFileSync(overlay, stringify({ fundcast_overlay: 1, id: 'faster', name: 'faster spending', rationale: 'a test overlay', source: 'this test', changes: fasterSpending }));
    const m = JSON.parse((await runCli('reconcile', COUNTY, COUNTY, '--method', overlay, '--format', 'json', '--year', '2030')).out) as Reconciliation;
    expect(m.categories.find((c) => c.category === 'method')!.differences).toEqual(['funds.employee.expenditure']);
    const zh = await runCli('reconcile', COUNTY, later, '--lang', 'zh', '--year', '2030');
    expect(zh.out).toMatch(/较早预测/);
    const far = await runCli('reconcile', COUNTY, later, '--year', '2050');
    expect(far.code).toBe(1);
    expect(far.err).toMatch(/2050.*2025–2040/);
  });
});
