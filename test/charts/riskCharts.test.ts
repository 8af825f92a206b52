import { describe, expect, it } from 'vitest';
import { resolveAssumptions } from '../../src/assumptions/resolveAssumptions';
import { exhaustionHistogramSpec } from '../../src/charts/exhaustionHistogramSpec';
import { renderSvg } from '../../src/charts/renderSvg';
import { reserveFanChartSpec } from '../../src/charts/reserveFanChartSpec';
import { riskCurveChartSpec } from '../../src/charts/riskCurveChartSpec';
import { tornadoChartSpec } from '../../src/charts/tornadoChartSpec';
import { simulate } from '../../src/montecarlo/simulate';
import { loadScenario } from '../../src/scenario/loadScenario';
import { sensitivity } from '../../src/sensitivity/sensitivity';

const a = resolveAssumptions(loadScenario('scenarios/examples/national-stochastic.yaml'));
const bands = a.bands;

/** Marks of an SVG: Vega draws areas and lines as paths, bars as paths, text as text. */
const count = (svg: string, tag: string) => (svg.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length;
const noNaN = (svg: string) => expect(svg).not.toMatch(/NaN|Infinity/);

describe('risk charts', async () => {
  const sim = await simulate(a, { paths: 400, seed: '1', threads: 1 });
  const employee = sim.funds.find((f) => f.id === 'employee')!;

  it('fan over the warning bands: bands, two ranges, median and the deterministic line; months axis titled with its unit', async () => {
    const svg = await renderSvg(reserveFanChartSpec(employee, { bands, lang: 'zh' }));
    noNaN(svg);
    expect(svg).toContain('累计结余可支付月数（月）');
    expect(count(svg, 'path')).toBeGreaterThan(8);
    expect(svg).toContain('结余合理（6–9个月）');
  });

  it('probability curves: three series on a percentage axis', async () => {
    const svg = await renderSvg(riskCurveChartSpec(employee, { belowBand: { id: 'low', lower: 3 }, lang: 'en' }));
    noNaN(svg);
    for (const s of ['balance exhausted by the year', 'below 3 months in the year', 'current deficit in the year']) expect(svg).toContain(s);
    expect(svg).toContain('100%');
  });

  it('exhaustion histogram: bars summing to 100 %, the not-within-horizon bar labelled', async () => {
    const spec = exhaustionHistogramSpec(employee, { endYear: a.timeline.endYear, lang: 'en' });
    const values = (spec.data as { values: { share: number }[] }).values;
    expect(values.reduce((s, v) => s + v.share, 0)).toBeCloseTo(1, 12);
    const svg = await renderSvg(spec);
    noNaN(svg);
    expect(svg).toContain(`not by ${a.timeline.endYear}`);
  });

  it('tornado: one labelled bar pair per assumption, widest first', async () => {
    const s = sensitivity(a, 'employee', { kind: 'months', year: 2035 });
    const svg = await renderSvg(tornadoChartSpec(s, { outputTitle: 'months of reserve in 2035 (months)', fundName: 'Employee fund', lang: 'en' }));
    noNaN(svg);
    for (const b of s.tornado) expect(svg).toContain(b.label.en);
    expect(svg).toContain('months of reserve in 2035 (months)');
  });
});
