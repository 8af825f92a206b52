import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FundcastError, loadScenario, project, resolveAssumptions, type EmployeeAssumptions } from '../../src/index';
import { assertFinite } from '../../src/engine/assertFinite';

// No NaN or Infinity may reach an output: the engine stops with an error naming fund, year and item.
describe('assertFinite and the engine stop at a non-finite value', () => {
  it('passes finite values, including zero and negatives', () => {
    expect(() => assertFinite('emp', 2030, { a: 0, b: -1e15, c: 3.5 })).not.toThrow();
  });

  it.each([NaN, Infinity, -Infinity])('%s: a FundcastError at [funds, fund, year, item], in both languages', (bad) => {
    let caught: unknown;
    try {
      assertFinite('emp', 2030, { fine: 1, broken: bad });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(FundcastError);
    const e = caught as FundcastError;
    expect(e.code).toBe('engine.notFinite');
    expect(e.path).toEqual(['funds', 'emp', 2030, 'broken']);
    expect(e.en).toMatch(/emp/);
    expect(e.en).toMatch(/2030/);
    expect(e.en).toMatch(/broken/);
    expect(e.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a projection whose assumptions hold a NaN (built in code, past the schema) throws instead of printing it', () => {
    const a = resolveAssumptions(loadScenario(join(__dirname, '..', 'golden', 'scenarios', 'employee-two-year.yaml')));
    const fund = a.funds[0] as EmployeeAssumptions;
    const broken = { ...a, funds: [{ ...fund, pension: fund.pension.map((v, i) => (i === 2 ? NaN : v)) }] };
    expect(() => project(broken)).toThrow(FundcastError);
    expect(() => project(broken)).toThrow(/2022/);
  });
});
