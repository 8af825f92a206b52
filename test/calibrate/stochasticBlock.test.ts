import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { calibrateScenario } from '../../src/calibrate/calibrateScenario';
import { calibrationOverlay } from '../../src/calibrate/calibrationOverlay';
import { stochasticBlock } from '../../src/calibrate/stochasticBlock';
import { loadScenario } from '../../src/scenario/loadScenario';
import { stochasticSchema } from '../../src/scenario/stochasticSchema';

const national = 'scenarios/china-national-2025.yaml';

describe('calibrate --stochastic: a block sized from the record', () => {
  const loaded = loadScenario(national);
  const calibration = calibrateScenario(loaded, 'auto');
  const fitted = stochasticBlock(calibration, loaded.scenario.stochastic);

  it('is a valid stochastic block; parameters fitted on one series share one shock', () => {
    expect(() => stochasticSchema.parse(fitted.block)).not.toThrow();
    const spending = Object.values(fitted.block.shocks).find((s) => s.on.includes('employee.spending.active_growth'))!;
    expect(spending.on).toEqual(['employee.spending.active_growth', 'employee.spending.retiree_growth']);
  });

  it('sizes: sd = σ_u(1 + ĝ) and parameter_sd = τ(1 + ĝ) of each series\' shock model', () => {
    for (const s of fitted.shocks) {
      const m = s.parameter.shocks!;
      const k = 1 + s.parameter.fit.growth;
      const spec = fitted.block.shocks[s.id] as { sd: number; parameter_sd: number };
      expect(spec.sd).toBeCloseTo(m.innovationSd * k, 6); // written to 6 decimals
      expect(spec.parameter_sd).toBeCloseTo(m.parameterSd * k, 6);
    }
  });

  it('the national series are too short: every shock warns, no correlation is estimated (n < 5), the interest shock is kept', () => {
    expect(fitted.warnings.length).toBe(fitted.shocks.filter((s) => s.short).length);
    expect(fitted.shocks.every((s) => s.short)).toBe(true); // at most 4 yearly changes in 2021–2025
    expect(fitted.block.correlations ?? []).toEqual([]);
    expect(fitted.notes.some((n) => /interest: kept from the scenario/.test(n))).toBe(true);
    expect(fitted.block.shocks.interest).toEqual(loaded.scenario.stochastic!.shocks.interest);
  });

  it('the overlay carries the block, each shock commented, and loads as an overlay', () => {
    const text = calibrationOverlay(calibration, loaded, national, { stochastic: fitted });
    const doc = parse(text);
    expect(Object.keys(doc.changes.stochastic.shocks).sort()).toEqual(Object.keys(fitted.block.shocks).sort());
    expect(text).toMatch(/residual sd of yearly growth [0-9.]+ pt \(n = \d changes\)/);
    expect(text).toMatch(/WARNING: sized from \d yearly changes/);
  });
});
