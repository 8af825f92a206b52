import { describe, expect, it } from 'vitest';
import { loadScenario, project, projectOneFund, resolveAssumptions } from '../../src/index';

// project(a, {demography: false}) — what the solvers' loops run — must be project(a) without the
// demographic outputs and nothing else: same rows, events, history, base year, warnings (exactly).
describe('project without the demographic outputs', () => {
  const a = resolveAssumptions(loadScenario('scenarios/examples/national-age-detailed.yaml'));
  const full = project(a);
  const light = project(a, { demography: false });

  it('is the full result minus `demography`, exactly', () => {
    expect(full.funds.some((f) => f.demography)).toBe(true);
    expect(light.funds.every((f) => f.demography === undefined)).toBe(true);
    const strip = (r: typeof full) => ({ ...r, funds: r.funds.map(({ demography: _demography, ...rest }) => rest) });
    expect(light).toEqual(strip(full));
  });

  it('projectOneFund gives the same fund without them', () => {
    const { demography: _demography, ...rest } = full.funds.find((f) => f.id === 'employee')!;
    expect(projectOneFund(a, 'employee')).toEqual(rest);
  });
});
