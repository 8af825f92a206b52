import { expect } from 'vitest';
import type { Assumptions, FundResult, LoadedScenario, ProjectionResult } from '../../src/index';
import { referenceInputs, type RefFund } from './referenceInputs';
import { referenceBand, referenceProjection, type RefFundResult } from './referenceProjection';

/**
 * Relative tolerance of the comparison. Both engines add the same terms in the same documented
 * order, but multiply factors in different orders (cost multipliers, growth paths), which moves
 * the last bit or two: 1e-12 leaves a thousand-fold margin over that and catches any real change.
 * Differences (surplus, balance) are measured against the row's gross flows |I| + |E| + |B₋₁|,
 * since a surplus near zero is the difference of two large numbers.
 */
export const REFERENCE_TOLERANCE = 1e-12;

function near(actual: number | null, expected: number | null, scale: number, what: string): void {
  if (expected === null || actual === null) {
    expect(actual, what).toBe(expected);
    return;
  }
  const margin = REFERENCE_TOLERANCE * Math.max(Math.abs(expected), scale);
  if (!(Math.abs(actual - expected) <= margin)) expect.fail(`${what}: engine ${actual}, reference ${expected} (|Δ| ${Math.abs(actual - expected)} > ${margin})`);
}

function nearRecord(actual: Record<string, number>, expected: Record<string, number>, scale: number, what: string): void {
  expect(Object.keys(actual).sort(), what).toEqual(Object.keys(expected).sort());
  for (const key of Object.keys(expected)) near(actual[key], expected[key], scale, `${what}.${key}`);
}

/** Fails, naming the fund, year and field, where the engine's fund differs from the reference's. */
export function expectFundMatches(engine: FundResult, ref: RefFundResult): void {
  const at = (year: number | string, field: string) => `${engine.id} ${year} ${field}`;
  expect(engine.id).toBe(ref.id);
  expect(engine.rows.length, at('', 'rows')).toBe(ref.rows.length);
  near(engine.base.modelIncome, ref.base.modelIncome, 0, at('base', 'modelIncome'));
  near(engine.base.modelExpenditure, ref.base.modelExpenditure, 0, at('base', 'modelExpenditure'));
  expect(engine.base.balance).toBe(ref.base.balance);
  expect(engine.base.year).toBe(ref.rows[0].year - 1);
  ref.rows.forEach((r, n) => {
    const e = engine.rows[n];
    const gross = Math.abs(r.income) + Math.abs(r.expenditure) + Math.abs(r.openingBalance);
    expect(e.year).toBe(r.year);
    near(e.openingBalance, r.openingBalance, gross, at(r.year, 'openingBalance'));
    near(e.income, r.income, gross, at(r.year, 'income'));
    near(e.expenditure, r.expenditure, gross, at(r.year, 'expenditure'));
    near(e.surplus, r.surplus, gross, at(r.year, 'surplus'));
    near(e.balance, r.balance, gross, at(r.year, 'balance'));
    // months = 12·B/E′: an error of ε·gross in B moves them by 12·ε·gross/E′
    near(e.reserveMonths, r.reserveMonths, r.basisExpenditure > 0 ? (12 * gross) / r.basisExpenditure : 0, at(r.year, 'reserveMonths'));
    expect(e.band, at(r.year, 'band')).toBe(r.band);
    near(e.gapRate, r.gapRate, gross / Math.max(Math.abs(r.income), 1e-300), at(r.year, 'gapRate'));
    near(e.balanceRate, r.balanceRate, gross / Math.max(Math.abs(r.income), 1e-300), at(r.year, 'balanceRate'));
    near(e.dependencyRatio, r.dependencyRatio, 0, at(r.year, 'dependencyRatio'));
    nearRecord(e.members, r.members, 0, at(r.year, 'members'));
    nearRecord(e.incomeItems, r.incomeItems, gross, at(r.year, 'incomeItems'));
    nearRecord(e.expenditureItems, r.expenditureItems, gross, at(r.year, 'expenditureItems'));
    nearRecord(e.memo, r.memo, 0, at(r.year, 'memo'));
  });
  expect(engine.firstDeficitYear, at('', 'firstDeficitYear')).toBe(ref.firstDeficitYear);
  expect(engine.exhaustionYear, at('', 'exhaustionYear')).toBe(ref.exhaustionYear);
  expect(engine.events.length, at('', 'events')).toBe(ref.events.length);
  ref.events.forEach((ev, n) => {
    const e = engine.events[n];
    expect([e.year, e.kind, e.lever], at(ev.year, 'event')).toEqual([ev.year, 'rate_adjustment', ev.lever]);
    near(e.from, ev.from, 0, at(ev.year, 'event.from'));
    near(e.to, ev.to, 0, at(ev.year, 'event.to'));
  });
}

/**
 * Service lines: each line's spending in the engine's rows equals the reference's Σ_status N · c_line · k ·
 * cost multiplier (written from the definition, not the engine's proportional split).
 */
function expectLinesMatch(engine: FundResult, inputs: RefFund): void {
  const byStatus = inputs.linesPerHead;
  if (!byStatus) {
    expect(engine.rows[0]?.serviceLines, `${engine.id} has no service lines`).toBeUndefined();
    return;
  }
  engine.rows.forEach((row, n) => {
    const i = n + 1;
    const expected: Record<string, number> = {};
    for (const [status, lines] of Object.entries(byStatus)) {
      const members = (inputs as unknown as Record<string, Float64Array>)[status][i];
      for (const [id, perHead] of Object.entries(lines)) expected[id] = (expected[id] ?? 0) + members * perHead[i] * inputs.k * inputs.costMult[i];
    }
    const spending = Object.fromEntries(Object.entries(row.serviceLines!).map(([id, l]) => [id, l.spending]));
    nearRecord(spending, expected, row.expenditure, `${engine.id} ${row.year} serviceLines`);
  });
}

/** The engine's projection of a loaded scenario equals the reference's, fund by fund. */
export function expectMatchesReference(loaded: LoadedScenario, assumptions: Assumptions, result: ProjectionResult): void {
  const inputs = referenceInputs(loaded, assumptions);
  const ref = referenceProjection(inputs);
  expect([result.scenario.id, result.scenario.baseYear, result.scenario.endYear]).toEqual([inputs.id, inputs.baseYear, inputs.endYear]);
  expect(result.unit).toEqual({ ...inputs.units, perHead: 'yuan per person per year' });
  expect(result.reserveMonthsBasis).toBe(inputs.nextYearBasis ? 'next_year' : 'current_year');
  expect(result.bands.map((b) => [b.id, b.upper, b.upperInclusive])).toEqual(inputs.bands.map((b) => [b.id, b.upper, b.upperInclusive]));
  // each band's lower bound is the previous band's upper
  expect(result.bands.map((b) => b.lower)).toEqual(inputs.bands.map((_, i) => (i === 0 ? null : inputs.bands[i - 1].upper)));
  expect(result.funds.map((f) => f.id)).toEqual(ref.map((f) => f.id));
  result.funds.forEach((f, n) => {
    const spec = inputs.funds[n];
    // the official bands are the employee pooled fund's (also a totals fund whose pool is one); elsewhere an extension
    const basis = inputs.customBands ? 'custom' : spec.scheme === 'employee' || (spec.scheme === 'totals' && spec.pool === 'employee') ? 'official' : 'extension';
    expect([f.name, f.nameZh, f.scheme, f.bandBasis], f.id).toEqual([spec.name, spec.nameZh, spec.scheme, basis]);
    expect([f.base.observedIncome, f.base.observedExpenditure], f.id).toEqual([spec.observed?.income ?? null, spec.observed?.expenditure ?? null]);
    expectFundMatches(f, ref[n]);
    if (spec.scheme !== 'totals') expectLinesMatch(f, spec);
    // the base year's own months: 12·B₀/E′, E′ the observed base-year expenditure (else the model's),
    // or on the next-year basis the first projected year's expenditure
    const r = ref[n];
    const basisE = inputs.nextYearBasis ? r.rows[0].expenditure : (spec.observed?.expenditure ?? r.base.modelExpenditure);
    const months = basisE > 0 ? (12 * r.base.balance) / basisE : null;
    const base = f.base as { reserveMonths?: number | null; band?: string };
    if (months === null) expect(base.reserveMonths ?? null, `${f.id} base months`).toBeNull();
    else expect(Math.abs(base.reserveMonths! - months), `${f.id} base months`).toBeLessThanOrEqual(REFERENCE_TOLERANCE * Math.max(1, Math.abs(months)));
    expect(base.band, `${f.id} base band`).toBe(referenceBand(months, inputs.bands));
  });
}
