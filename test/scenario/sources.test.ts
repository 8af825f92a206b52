import { describe, expect, it } from 'vitest';
import { listParameters, loadScenario, parseScenario, resolveAssumptions, scenarioDifferences, ScenarioError } from '../../src/index';

const DEFAULT = 'scenarios/china-national-2025.yaml';

function issues(text: string) {
  try {
    resolveAssumptions(parseScenario(text, 'inline.yaml', 'scenarios'));
  } catch (e) {
    if (e instanceof ScenarioError) return e.issues;
    throw e;
  }
  throw new Error('accepted, but must be rejected');
}

describe('parameter sources', () => {
  const a = resolveAssumptions(loadScenario(DEFAULT));
  const at = (path: string) => a.parameters.find((p) => p.path === path);

  it('the default scenario lists each parameter with its value as written, unit (in its units) and source', () => {
    // values and units as written in scenarios/china-national-2025.yaml and the schema
    expect(at('funds.employee.contributions.employer_rate')).toMatchObject({ value: 0.0653, unit: 'share of contribution base (0–1)' });
    expect(at('funds.employee.contributions.employer_rate')!.source).toMatch(/derived from the 2025 bulletin/);
    expect(at('funds.employee.members.actives')).toMatchObject({ value: 28062.32, unit: '10k persons', source: '2025 bulletin, 在职职工 (transcribed)' });
    expect(at('funds.employee.spending.base.total')!.unit).toBe('100m yuan');
    // a section's source covers the parameters below it
    expect(at('funds.employee.pension.average')!.source).toMatch(/^illustrative/);
    expect(at('funds.employee.pension.growth')!.source).toBe(at('funds.employee.pension.average')!.source);
    // a value whose comment says nothing has no source rather than a made-up one
    expect(at('funds.employee.interest_rate')!.source).toBeNull();
    // labels and observed data are not parameters
    expect(a.parameters.some((p) => /(^|\.)(name|history|sources)(\.|$)/.test(p.path))).toBe(false);
  });

  it('a longer path overrides the section above it; extends merges sources key by key', () => {
    const child = parseScenario(
      ['fundcast: 1', 'extends: china-national-2025.yaml', 'id: child', 'sources:', '  funds.employee.pension.growth: my own estimate'].join('\n'),
      'child.yaml',
      'scenarios',
    );
    const rows = listParameters(child.scenario);
    expect(rows.find((p) => p.path === 'funds.employee.pension.growth')!.source).toBe('my own estimate');
    expect(rows.find((p) => p.path === 'funds.employee.pension.average')!.source).toMatch(/^illustrative/);
    expect(rows.find((p) => p.path === 'funds.employee.members.actives')!.source).toMatch(/2025 bulletin/);
  });

  it('a source naming no parameter is a located error in both languages; a non-text source is a schema error', () => {
    const bad = issues(['fundcast: 1', 'extends: china-national-2025.yaml', 'id: child', 'sources:', '  funds.employee.contributions.employer_rat: typo'].join('\n'));
    const i = bad.find((x) => x.path[0] === 'sources');
    expect(i, JSON.stringify(bad)).toMatchObject({ path: ['sources', 'funds.employee.contributions.employer_rat'], code: 'unknown_parameter' });
    expect(i!.message.en).toMatch(/not the path of a parameter/);
    expect(i!.message.zh).toMatch(/不是本情景中某个参数/);
    const typed = issues(['fundcast: 1', 'extends: china-national-2025.yaml', 'id: child', 'sources:', '  funds.employee.members: 5'].join('\n'));
    expect(typed.some((x) => x.path[0] === 'sources')).toBe(true);
  });

  it('sources never count as a difference between scenarios (attribution)', () => {
    const s = loadScenario(DEFAULT).scenario;
    expect(scenarioDifferences(s, { ...s, sources: { 'funds.employee.members': 'elsewhere' } })).toEqual([]);
  });
});
