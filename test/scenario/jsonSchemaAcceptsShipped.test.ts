import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scenarioJsonSchema } from '../../src/scenario/scenarioJsonSchema';

// The emitted JSON Schema is what an editor checks a file against. Checked here with Ajv (a standard
// JSON-Schema validator, independent of zod): every shipped scenario, derived scenario and overlay
// passes (the schema once marked fields that have defaults as required, and a file with `extends`
// or an overlay was flagged for every key its base gives), and what the loader rejects still fails.
const root = join(__dirname, '..', '..');
const ajv = new Ajv2020({ strict: false, allErrors: true });
const validate = ajv.compile(scenarioJsonSchema());
const yamlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? yamlFiles(join(dir, f)) : f.endsWith('.yaml') ? [join(dir, f)] : []));
const doc = (file: string) => parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const errors = () => JSON.stringify(validate.errors?.slice(0, 3));

describe('the JSON Schema accepts every shipped file', () => {
  const files = [...yamlFiles(join(root, 'scenarios')), ...yamlFiles(join(root, 'test', 'golden', 'scenarios'))];
  it('finds the scenarios, derived scenarios and overlays', () => {
    expect(files.filter((f) => 'fundcast_overlay' in doc(f)).length).toBeGreaterThanOrEqual(5);
    expect(files.filter((f) => 'extends' in doc(f)).length).toBeGreaterThanOrEqual(3);
  });
  for (const file of files) {
    it(relative(root, file), () => {
      expect(validate(doc(file)), errors()).toBe(true);
    });
  }
});

describe('the JSON Schema still rejects what the loader rejects', () => {
  const whole = doc(join(root, 'scenarios', 'examples', 'small-district.yaml'));
  it('a whole scenario missing a field without a default (funds)', () => {
    const { funds: _, ...rest } = whole;
    expect(validate(rest)).toBe(false);
    expect(validate.errors!.some((e) => e.keyword === 'required' && e.params.missingProperty === 'funds')).toBe(true);
  });
  it('a misspelled key, in a whole scenario, a derived one and an overlay', () => {
    expect(validate({ ...whole, end_yaer: 2040 })).toBe(false);
    expect(validate({ fundcast: 1, extends: 'base.yaml', funds: { employee: { interest_rat: 0.01 } } })).toBe(false);
    expect(validate({ fundcast_overlay: 1, id: 'x', name: 'x', rationale: 'r', source: 's', changes: { settings: { bandz: [] } } })).toBe(false);
  });
  it('an overlay whose changes hold extends, or that lacks its rationale', () => {
    const overlay = { fundcast_overlay: 1, id: 'x', name: 'x', rationale: 'r', source: 's', changes: {} };
    expect(validate(overlay), errors()).toBe(true);
    expect(validate({ ...overlay, changes: { extends: 'a.yaml' } })).toBe(false);
    const { rationale: _, ...noRationale } = overlay;
    expect(validate(noRationale)).toBe(false);
  });
  it('a benefit schedule may leave out its defaulted fields (inScopeShare, bandsOn, accumulate)', () => {
    const old = { benefitType: 'criticalIllness', hospitalLevel: 'any', deductible: { amount: 13500, per: 'year' }, coinsurance: { tiers: [{ rate: 0.5 }] } };
    const change = { name: 'ci', from: 2030, applies_to: 'critical_illness', affected_share: 1, old, new: old, claims: { kind: 'lognormal', mean: 30000, cv: 1.2 } };
    const withChange = { ...whole, funds: { ...(whole.funds as object), res: undefined } } as Record<string, unknown>;
    delete (withChange.funds as Record<string, unknown>).res;
    const fund = Object.values(withChange.funds as Record<string, Record<string, unknown>>)[0];
    fund.cost_control = { benefit_changes: [change] };
    expect(validate(withChange), errors()).toBe(true);
  });
});
