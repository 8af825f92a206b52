import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, project, resolveAssumptions } from '../../src/index';

// The rate-adjustment rule raises its lever while the projection runs: it must do so on a private
// copy, so that the assumptions are unchanged and a second projection gives the same result.
describe('project() leaves its assumptions untouched, also when a rate rule moves a lever', () => {
  const a = resolveAssumptions(loadScenario(join(__dirname, '..', 'reference', 'fixtures', 'every-mechanism.yaml')));
  const snapshot = (x: unknown) => JSON.stringify(x, (_k, v) => (v instanceof Float64Array ? Array.from(v) : v));

  it('the fixture fires its rate rules (else this test would prove nothing)', () => {
    expect(project(a).funds.filter((f) => f.events.length > 0).map((f) => f.id)).toEqual(['emp', 'res']);
  });

  it('the same assumptions, projected twice, give equal results and stay as they were', () => {
    const before = snapshot(a);
    const first = project(a);
    expect(snapshot(a)).toBe(before);
    expect(project(a)).toEqual(first);
  });
});
