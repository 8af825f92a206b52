import { describe, expect, it } from 'vitest';
import { loadVega } from '../../src/charts/loadVega';

describe('loadVega', () => {
  it('loads vega and vega-lite 6 under vitest, once', async () => {
    const first = loadVega();
    expect(loadVega()).toBe(first); // the same promise: loaded once
    const { vega, vegaLite } = await first;
    expect(typeof vega.View).toBe('function');
    expect(typeof vega.parse).toBe('function');
    expect(typeof vegaLite.compile).toBe('function');
    const compiled = vegaLite.compile({ mark: 'point', data: { values: [{ a: 1 }] }, encoding: { x: { field: 'a', type: 'quantitative' } } });
    expect((compiled.spec as { $schema: string }).$schema).toMatch(/vega\/v6/);
  });
});
