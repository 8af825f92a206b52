import { describe, expect, it } from 'vitest';
import { parseBenefitSchedule, ensureBenefitSchedule } from '../../src/benefits/parseBenefitSchedule';
import type { BenefitSchedule } from '../../src/benefits/benefitScheduleSchema';
import { BenefitsError } from '../../src/benefits/BenefitsError';

const valid = {
  benefitType: 'inpatient',
  hospitalLevel: 'secondary',
  deductible: { amount: 800, per: 'admission' },
  coinsurance: { tiers: [{ upTo: 50000, rate: 0.85 }, { rate: 0.9 }] },
  annualCap: 400000,
};

/** Parse and return the BenefitsError thrown (fails the test if nothing is thrown). */
function failure(input: unknown): BenefitsError {
  try {
    parseBenefitSchedule(input);
  } catch (error) {
    if (error instanceof BenefitsError) return error;
    throw error;
  }
  throw new Error('expected parseBenefitSchedule to throw');
}

describe('parseBenefitSchedule', () => {
  it('fills the documented defaults: inScopeShare 1, bands on amount above deductible, accumulated per year', () => {
    const s = parseBenefitSchedule(valid);
    expect(s.inScopeShare).toBe(1);
    expect(s.coinsurance.bandsOn).toBe('amountAboveDeductible');
    expect(s.coinsurance.accumulate).toBe('perYear');
  });

  it('returns a deep-frozen copy and leaves the input alone', () => {
    const input = structuredClone(valid);
    const s = parseBenefitSchedule(input);
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.coinsurance.tiers[0])).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(ensureBenefitSchedule(s)).toBe(s); // known valid: no re-parse
  });

  // One small broken fixture per failure mode; each must name the path of the bad value.
  it.each([
    ['unknown top-level key', { ...valid, anualCap: 5 }, '', /Unrecognized key/],
    ['key at the wrong level', { ...valid, deductible: { amount: 800, per: 'year', rate: 0.5 } }, 'deductible', /Unrecognized key/],
    ['rate above 1', { ...valid, coinsurance: { tiers: [{ rate: 85 }] } }, 'coinsurance.tiers.0.rate', /between 0 and 1/],
    ['negative deductible', { ...valid, deductible: { amount: -1, per: 'year' } }, 'deductible.amount', /≥ 0/],
    ['bad deductible basis', { ...valid, deductible: { amount: 1, per: 'visit' } }, 'deductible.per', /'admission' or 'year'/],
    ['decreasing bounds', { ...valid, coinsurance: { tiers: [{ upTo: 50000, rate: 0.8 }, { upTo: 20000, rate: 0.9 }, { rate: 1 }] } }, 'coinsurance.tiers.1.upTo', /increase strictly/],
    ['bounded last tier', { ...valid, coinsurance: { tiers: [{ upTo: 50000, rate: 0.8 }] } }, 'coinsurance.tiers.0.upTo', /open-ended/],
    ['open middle tier', { ...valid, coinsurance: { tiers: [{ rate: 0.8 }, { rate: 0.9 }] } }, 'coinsurance.tiers.0.upTo', /needs upTo/],
    ['no tiers', { ...valid, coinsurance: { tiers: [] } }, 'coinsurance.tiers', /at least one/],
    ['zero in-scope share', { ...valid, inScopeShare: 0 }, 'inScopeShare', /> 0/],
    ['zero annual cap', { ...valid, annualCap: 0 }, 'annualCap', /> 0/],
    ['infinite daily cap', { ...valid, dailyCap: Infinity }, 'dailyCap', /./],
    ['unknown benefit type', { ...valid, benefitType: 'dental' }, 'benefitType', /benefitType must be one of/],
    ['fractional year', { ...valid, effectiveYear: 2024.5 }, 'effectiveYear', /integer/],
  ])('rejects %s', (_name, input, path, message) => {
    const error = failure(input);
    expect(error.code).toBe('benefits.schedule.invalid');
    const issues = (error.cause as { issues: { path: (string | number)[]; message: string }[] }).issues;
    const atPath = issues.filter((issue) => issue.path.join('.') === path);
    expect(atPath.length).toBeGreaterThan(0);
    expect(atPath.map((i) => i.message).join('\n')).toMatch(message);
    expect(error.message).toContain(path || '(root)');
  });

  it('ensureBenefitSchedule re-validates an object that was not parsed', () => {
    const forged = { ...parseBenefitSchedule(valid), inScopeShare: 2 } as BenefitSchedule;
    expect(() => ensureBenefitSchedule(forged)).toThrow(/inScopeShare/);
  });
});
