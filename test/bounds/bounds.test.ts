import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadScenario, parseScenario, resolveAssumptions, ScenarioError, type ScenarioIssue } from '../../src/index';
import { schemaBounds } from './schemaBounds';
import { semanticChecks } from './semanticChecks';

/**
 * One broken fixture per schema bound and per semantic check (cases.yaml), and a meta-test that
 * walks the schema and the resolvers' checks and fails when one has no fixture — so a bound added
 * later without a fixture is caught. A case names the check it breaks, the values it sets in a
 * valid base scenario (dotted paths into the merged base document; list items by index; null
 * removes a key), the path the error must be
 * reported at, and, for a bound that includes its limit, the limit itself, which must be accepted.
 *
 *   - check: funds.*.contributions.employer_rate <= 1
 *     set: {funds.emp.contributions.employer_rate: 1.5}
 *     ok: 1                        # optional: the same path at the limit is valid
 *     at: funds.emp.…              # optional: where the issue is reported (default: the set path)
 *     base: other.yaml             # optional: another valid base (relative to cases.yaml)
 *     overlay: {id: Bad}           # optional: fields of a reform overlay applied to the base
 */
interface Case {
  check: string;
  set?: Record<string, unknown>;
  ok?: unknown;
  at?: string;
  base?: string;
  overlay?: Record<string, unknown>;
}

const cases = (parse(readFileSync(join(__dirname, 'cases.yaml'), 'utf8')) as { cases: Case[] }).cases;
const tmp = mkdtempSync(join(tmpdir(), 'fundcast-bounds-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const VALID_OVERLAY = { fundcast_overlay: 1, id: 'valid-overlay', name: 'Valid overlay', rationale: 'a test', source: 'a test', changes: {} };

/** The base scenario as one merged document (plain data). */
function baseDocument(base: string): Record<string, unknown> {
  const doc = structuredClone(loadScenario(join(__dirname, base)).scenario) as Record<string, unknown>;
  delete doc.extends; // already merged in
  delete doc.overlays;
  return doc;
}

/** `doc` with each dotted path set to its value (list items by index; null removes the key). */
function withValues(doc: Record<string, unknown>, set: Record<string, unknown>): Record<string, unknown> {
  for (const [dotted, value] of Object.entries(set)) {
    const keys = dotted.split('.');
    let node = doc as Record<string, unknown>;
    for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
    const last = keys[keys.length - 1];
    if (value === null) delete node[last];
    else node[last] = value;
  }
  return doc;
}

/** The issues of a case's scenario (none when it is valid). */
function issuesOf(c: Case, set: Record<string, unknown>, n: number): ScenarioIssue[] {
  const base = c.base ?? 'base.yaml';
  const doc = withValues(baseDocument(base), set);
  if (c.overlay) {
    const file = join(tmp, `overlay-${n}.yaml`);
    writeFileSync(file, stringify({ ...VALID_OVERLAY, ...c.overlay }));
    doc.overlays = [file];
  }
  try {
    // parsed as a file beside its base, so that relative paths in it (cost curves) still resolve
    resolveAssumptions(parseScenario(stringify(doc), `cases.yaml (${c.check})`, dirname(join(__dirname, base))));
    return [];
  } catch (e) {
    if (e instanceof ScenarioError) return e.issues;
    throw e;
  }
}

const pathText = (p: (string | number)[]) => p.join('.');

describe('one broken fixture per schema bound and semantic check (test/bounds/cases.yaml)', () => {
  const bounds = schemaBounds().map((b) => b.key);
  const checks = semanticChecks();
  const covered = new Set(cases.map((c) => c.check));

  it(`every schema bound (${bounds.length}) and semantic check (${checks.length}) has a fixture`, () => {
    const missing = [...bounds, ...checks].filter((k) => !covered.has(k));
    expect(missing, 'add a case to test/bounds/cases.yaml for each').toEqual([]);
  });

  it('every fixture names a bound or check that exists', () => {
    const known = new Set([...bounds, ...checks]);
    expect(cases.filter((c) => !known.has(c.check)).map((c) => c.check)).toEqual([]);
  });

  cases.forEach((c, n) => {
    const set = c.set ?? {};
    const at = c.at ?? (Object.keys(set).length === 1 ? Object.keys(set)[0] : '');
    it(`${c.check}: rejected at ${at || '(document)'}${c.ok !== undefined ? ', its limit accepted' : ''}`, () => {
      const issues = issuesOf(c, set, n);
      const hit = issues.find((i) => pathText(i.path) === at || pathText(i.path).startsWith(`${at}.`) || (at === '' && i.path.length === 0));
      expect(hit, `issues: ${JSON.stringify(issues.map((i) => [pathText(i.path), i.message.en]))}`).toBeDefined();
      expect(hit!.message.en.length).toBeGreaterThan(0);
      expect(hit!.message.zh).toMatch(/[\u4e00-\u9fff]/);
      if (c.ok !== undefined) {
        const okIssues = issuesOf(c, { ...set, [Object.keys(set)[0]]: c.ok }, n);
        expect(okIssues.map((i) => [pathText(i.path), i.message.en]), 'at its limit the value is valid').toEqual([]);
      }
    });
  });
});
