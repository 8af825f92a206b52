import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mergeScenario, project, resolveAssumptions, ScenarioError, validateScenario, type ProjectionResult } from '../../src/index';
import { pathsOf } from './arbitraries';

// Issue 8, item 4: no key or value is accepted and ignored. Every leaf parameter of the shipped
// aggregate scenarios, of every shipped reform overlay (applied to the national scenario) and of
// the reference fixture exercising every mechanism is perturbed in turn; then the scenario must be
// rejected with a located error, or some output must move, or a documented warning must name the
// value. Text that only documents (description, source, rationale, comments) is exempt.
// Not covered here, for time: the age-detailed examples (a projection takes ~0.4 s; their inputs
// are tested in test/membership) and the `stochastic` block (read by `simulate`, not `run`).
const root = join(__dirname, '..', '..');
const read = (f: string) => parse(readFileSync(join(root, f), 'utf8')) as Record<string, unknown>;
const national = read('scenarios/china-national-2024.yaml');
const DOCUMENTATION = new Set(['description', 'source', 'rationale']);
/** The `name` of a list item (a saving, shock, benefit change) labels it for people (and attribution), not the model. */
const isItemLabel = (p: (string | number)[]) => p.at(-1) === 'name' && typeof p.at(-2) === 'number';

/**
 * Different values of the same kind: a number ×1.01, ×0.5, ×2, ±1 (a year ±1…±5), and 0.01 and 0.99
 * (a threshold may need more than a nudge to act); a label swapped; text changed.
 */
function perturbations(v: unknown): unknown[] {
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 1900 && v <= 2400) return [v + 1, v - 1, v + 5, v - 5];
    return [...new Set([v * 1.01, v * 0.5, v * 2, v + 1, v - 1, 0.01, 0.99].filter((x) => x !== v))];
  }
  return [perturb(v)];
}

function perturb(v: unknown): unknown {
  if (typeof v === 'string') {
    const swaps: Record<string, string> = { pre2021: 'post2021', post2021: 'pre2021', linear: 'step', 'yuan': '10k yuan', '10k yuan': 'yuan', '100m yuan': '10k yuan', persons: '10k persons', '10k persons': 'persons', employee: 'resident', resident: 'employee', current_year: 'next_year', next_year: 'current_year', benefits: 'critical_illness', critical_illness: 'benefits' };
    return swaps[v] ?? `${v}x`;
  }
  if (typeof v === 'boolean') return !v;
  return v;
}

function setAt(doc: unknown, path: (string | number)[], value: unknown): unknown {
  const out = structuredClone(doc) as Record<string | number, unknown>;
  const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], out);
  parent[path[path.length - 1]] = value;
  return out;
}

/** The result as compared: everything but the scenario hash (which moves with any input by design) and the warnings (checked apart). */
function comparable(r: ProjectionResult): string {
  return JSON.stringify({ ...r, scenario: { ...r.scenario, hash: '' }, warnings: [] });
}

type Outcome = 'error' | 'moved' | 'warned' | 'IGNORED';

function outcome(doc: unknown, baseline: string, path: (string | number)[], warnAt: (string | number)[]): Outcome {
  let r: ProjectionResult;
  try {
    r = project(resolveAssumptions(validateScenario(doc, 'scenario.yaml')));
  } catch (e) {
    if (e instanceof ScenarioError) return 'error';
    throw e;
  }
  if (comparable(r) !== baseline) return 'moved';
  const key = JSON.stringify(warnAt);
  return r.warnings.some((w) => key.startsWith(JSON.stringify(w.path).slice(0, -1))) ? 'warned' : 'IGNORED';
}

/** Every leaf of `own` perturbed; `build` turns the perturbed own document into the scenario to run. */
function leafCases(own: unknown, build: (perturbed: unknown) => unknown, warnPrefix: (string | number)[] = []) {
  const baseline = comparable(project(resolveAssumptions(validateScenario(build(own), 'scenario.yaml'))));
  const leaves = pathsOf(own).filter((p) => {
    const v = p.reduce<any>((o, k) => o[k], own);
    return (v === null || typeof v !== 'object') && !p.some((k) => DOCUMENTATION.has(String(k))) && !isItemLabel(p) && p[0] !== 'extends';
  });
  return leaves.map((p) => {
    // moved or warned by some accepted value, or rejected every time (pinned by the schema); else ignored
    const results: Outcome[] = [];
    for (const v of perturbations(p.reduce<any>((o, k) => o[k], own))) {
      results.push(outcome(build(setAt(own, p, v)), baseline, p, [...warnPrefix, ...p]));
      if (results.at(-1) === 'moved') break; // enough: this leaf acts
    }
    const result: Outcome = results.includes('moved') ? 'moved' : results.includes('warned') ? 'warned' : results.every((r) => r === 'error') ? 'error' : 'IGNORED';
    return { path: p, result };
  });
}

describe('every leaf parameter perturbed: an error, a moved output or a documented warning (issue 8)', () => {
  const suites: [string, () => ReturnType<typeof leafCases>][] = [
    ['scenarios/examples/small-district.yaml', () => leafCases(read('scenarios/examples/small-district.yaml'), (d) => d)],
    ['scenarios/china-national-2024.yaml', () => leafCases(national, (d) => d)],
    ['scenarios/examples/employer-rate-cut.yaml (on its base)', () => leafCases(read('scenarios/examples/employer-rate-cut.yaml'), (d) => mergeScenario(national, { ...(d as object), extends: undefined }))],
    ['test/reference/fixtures/every-mechanism.yaml', () => leafCases(read('test/reference/fixtures/every-mechanism.yaml'), (d) => d)],
    ...['account-reform-2021', 'critical-illness-deductible-cut', 'drg-extension', 'employer-rate-cut', 'outpatient-cap-increase', 'procurement-savings', 'resident-premium-indexed'].map(
      (id) => [`scenarios/reforms/${id}.yaml (on the national scenario)`, () => leafCases(read(`scenarios/reforms/${id}.yaml`).changes, (c) => mergeScenario(national, c))] as [string, () => ReturnType<typeof leafCases>],
    ),
  ];
  // a rule's start year matters only where the rule acts: in every-mechanism the resident fund first
  // needs its top-up after 2031 (checked below), so a start moved within 2021–2031 moves nothing
  const conditional = new Set(['test/reference/fixtures/every-mechanism.yaml funds.res.rules.treasury_top_up.from']);
  it('the conditional case is what it claims: the resident top-up of every-mechanism first pays after 2031', () => {
    const doc = read('test/reference/fixtures/every-mechanism.yaml') as any;
    doc.funds.res.rules.treasury_top_up.from = 2025;
    const r = project(resolveAssumptions(validateScenario(doc, 'scenario.yaml')));
    const first = r.funds.find((f) => f.id === 'res')!.rows.find((row) => row.incomeItems.treasury_top_up > 0);
    expect(first?.year ?? Infinity).toBeGreaterThan(2031);
  });
  for (const [name, cases] of suites) {
    it(name, () => {
      const all = cases();
      expect(all.length).toBeGreaterThan(0);
      // some leaves must really move the outputs (the check is not vacuous)
      expect(all.filter((c) => c.result === 'moved').length).toBeGreaterThan(0);
      const ignored = all.filter((c) => c.result === 'IGNORED' && !conditional.has(`${name} ${c.path.join('.')}`)).map((c) => c.path.join('.'));
      expect(ignored, `accepted and ignored: ${ignored.join(', ')}`).toEqual([]);
    });
  }
});
