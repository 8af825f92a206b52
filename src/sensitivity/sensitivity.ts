import type { Assumptions } from '../assumptions/types';
import { project } from '../engine/project';
import { FundcastError } from '../errors/FundcastError';
import { findLever } from '../levers/leverRegistry';
import { moveLever } from '../levers/moveLever';
import type { ProjectionResult } from '../results/types';
import { DEFAULT_SENSITIVITY, type SensitivityItem } from './sensitivityItems';
import { readOutput, type SensitivityOutput } from './sensitivityOutput';

/** One bar of a tornado: the output with one assumption at its low-cost and its high-cost value. */
export interface TornadoBar {
  lever: string;
  /** how the changes act: `add` to a rate or growth, or `multiply` a level (SensitivityItem.move) */
  move: SensitivityItem['move'];
  label: { en: string; zh: string };
  lowCost: { change: number; value: number | null };
  highCost: { change: number; value: number | null };
  /** |high-cost value − low-cost value| (null when either is undefined) — the bars are sorted by it, widest first */
  swing: number | null;
}

/** Key figures of one fund under one assumption set. */
export interface SetFigures {
  set: 'low-cost' | 'intermediate' | 'high-cost';
  firstDeficitYear: number | null;
  exhaustionYear: number | null;
  output: number | null;
}

/** How one output of a fund (e.g. the balance in the end year) moves when each assumption set is pushed down and up: the figures of every set and the tornado bars, largest swing first. */
export interface Sensitivity {
  fund: string;
  output: SensitivityOutput;
  /** the projection's own value of the output */
  base: number | null;
  endYear: number;
  sets: SetFigures[];
  tornado: TornadoBar[];
  /** the three projections, for charts and tables */
  projections: { lowCost: ProjectionResult; intermediate: ProjectionResult; highCost: ProjectionResult };
}

/** The assumptions with several relative changes applied to one fund from the first projected year. */
function withChanges(a: Assumptions, fundId: string, changes: readonly { item: SensitivityItem; amount: number }[]): Assumptions {
  const idx = a.funds.findIndex((f) => f.id === fundId);
  let fund = a.funds[idx];
  for (const { item, amount } of changes) {
    const lever = findLever(item.lever, fund.scheme);
    fund = moveLever(fund, lever, item.move === 'add' ? { kind: 'adjust', from: a.timeline.baseYear + 1, add: amount } : { kind: 'adjust', from: a.timeline.baseYear + 1, multiply: amount }, a.timeline);
  }
  const funds = a.funds.slice();
  funds[idx] = fund;
  return { ...a, funds };
}

/**
 * Deterministic sensitivity of one fund (the trustees' practice): the **assumption sets** — low-cost
 * (every favourable change of `items` at once), intermediate (the scenario) and high-cost (every
 * unfavourable change) — and the **one-at-a-time tornado**: the output with each assumption alone at
 * its low-cost and high-cost value, the others as in the scenario, bars sorted by swing.
 * Changes act from the first projected year through the lever registry (moveLever's `adjust`:
 * growth changes compound). Cost: 2·items + 2 projections.
 * @throws FundcastError `sensitivity.fund` for a fund the scenario lacks.
 */
export function sensitivity(a: Assumptions, fundId: string, output: SensitivityOutput, items?: readonly SensitivityItem[]): Sensitivity {
  const fund = a.funds.find((f) => f.id === fundId);
  if (!fund) throw new FundcastError('sensitivity.fund', { fund: fundId, funds: a.funds.map((f) => f.id).join(', ') });
  const list = items ?? DEFAULT_SENSITIVITY[fund.scheme];
  const endYear = a.timeline.endYear;
  const fundOf = (r: ProjectionResult) => r.funds.find((f) => f.id === fundId)!;
  const value = (r: ProjectionResult) => readOutput(fundOf(r), output, endYear);
  const intermediate = project(a);
  const lowCost = project(withChanges(a, fundId, list.map((item) => ({ item, amount: item.lowCost }))));
  const highCost = project(withChanges(a, fundId, list.map((item) => ({ item, amount: item.highCost }))));
  const figures = (set: SetFigures['set'], r: ProjectionResult): SetFigures => ({ set, firstDeficitYear: fundOf(r).firstDeficitYear, exhaustionYear: fundOf(r).exhaustionYear, output: value(r) });
  const tornado = list.map((item): TornadoBar => {
    const lo = value(project(withChanges(a, fundId, [{ item, amount: item.lowCost }])));
    const hi = value(project(withChanges(a, fundId, [{ item, amount: item.highCost }])));
    return { lever: item.lever, move: item.move, label: item.label, lowCost: { change: item.lowCost, value: lo }, highCost: { change: item.highCost, value: hi }, swing: lo === null || hi === null ? null : Math.abs(hi - lo) };
  });
  tornado.sort((x, y) => (y.swing ?? -1) - (x.swing ?? -1));
  return {
    fund: fundId,
    output,
    base: value(intermediate),
    endYear,
    sets: [figures('low-cost', lowCost), figures('intermediate', intermediate), figures('high-cost', highCost)],
    tornado,
    projections: { lowCost, intermediate, highCost },
  };
}
