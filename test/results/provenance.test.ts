import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { applyLever, loadScenario, parseScenario, project, resolveAssumptions, runScenario } from '../../src/index';
import { assumptionsWith, shippedDocument } from '../helpers/scenarioWith';

// Issue 8, item 6: results carry the fundcast version and a hash of the resolved scenario.
const S = 'scenarios/examples/small-district.yaml';
const root = join(__dirname, '..', '..');

/** The same mapping with its keys in reverse order at every level. */
function reversed(v: unknown): unknown {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return Array.isArray(v) ? v.map(reversed) : v;
  return Object.fromEntries(Object.entries(v as Record<string, unknown>).reverse().map(([k, x]) => [k, reversed(x)]));
}

describe('fundcast version and scenario hash in results', () => {
  it('the version is package.json’s', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(runScenario(join(root, S)).fundcastVersion).toBe(pkg.version);
  });

  it('same inputs → same hash (a SHA-256 in hex), whatever the order of the keys in the file', () => {
    const a = runScenario(join(root, S)).scenario.hash;
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(runScenario(join(root, S)).scenario.hash).toBe(a);
    const text = stringify(reversed(parse(readFileSync(join(root, S), 'utf8'))));
    expect(project(resolveAssumptions(parseScenario(text, 'reordered.yaml'))).scenario.hash).toBe(a);
  });

  it('any changed value → another hash; a value merged from extends counts as the resolved scenario', () => {
    const base = project(assumptionsWith(S, {})).scenario.hash;
    expect(project(assumptionsWith(S, { funds: { employee: { contributions: { employer_rate: 0.0701 } } } })).scenario.hash).not.toBe(base);
    expect(project(assumptionsWith(S, { name: 'another name' })).scenario.hash).not.toBe(base);
    // the employer-rate-cut example extends the national scenario: its hash differs from the base's
    const cut = runScenario(join(root, 'scenarios/examples/employer-rate-cut.yaml')).scenario.hash;
    expect(cut).not.toBe(runScenario(join(root, 'scenarios/china-national-2024.yaml')).scenario.hash);
    expect(shippedDocument(S).id).toBe('small-district');
  });

  it('a lever moved by a solver or attribution re-hashes, the same move the same way', () => {
    const a = resolveAssumptions(loadScenario(join(root, S)));
    const moved = applyLever(a, { fund: 'employee', lever: 'employer_rate', value: 0.08, from: 2026 });
    expect(moved.scenario.hash).not.toBe(a.scenario.hash);
    expect(applyLever(a, { fund: 'employee', lever: 'employer_rate', value: 0.08, from: 2026 }).scenario.hash).toBe(moved.scenario.hash);
    expect(applyLever(a, { fund: 'employee', lever: 'employer_rate', value: 0.08, from: 2027 }).scenario.hash).not.toBe(moved.scenario.hash);
    expect(project(moved).scenario.hash).toBe(moved.scenario.hash);
  });
});
