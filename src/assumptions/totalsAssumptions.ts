import type { FundHistory } from '../history/types';
import type { TotalsFundSpec } from '../scenario/scenarioSchema';
import { commonAssumptions } from './commonAssumptions';
import { growthPath } from './growthPath';
import type { ResolutionContext } from './resolutionContext';
import type { TotalsAssumptions } from './types';

/**
 * A totals-only fund's arrays: own income and expenditure, each its base-year level grown by its
 * own growth path (growthPath), and an income multiplier of 1. Base-year levels not given are
 * taken from the last history year (docs/history.md):
 *   own income  = history income − its `interest` item − its `fiscal_subsidy` item (those the engine adds itself);
 *   expenditure = history expenditure.
 * Neither given nor in the history: an error at `income.base` / `expenditure.base`.
 */
export function totalsAssumptions(id: string, spec: TotalsFundSpec, k: number, ctx: ResolutionContext, history: FundHistory | undefined): TotalsAssumptions {
  const p = ['funds', id];
  const last = history?.years.at(-1);
  const fromHistory = (key: 'income' | 'expenditure'): number | null => {
    const total = last?.[key];
    if (total === null || total === undefined) return null;
    return key === 'income' ? total - (last!.incomeItems.interest ?? 0) - (last!.incomeItems.fiscal_subsidy ?? 0) : total;
  };
  const base = (key: 'income' | 'expenditure'): number => {
    const given = spec[key].base ?? fromHistory(key);
    if (given === null) {
      ctx.fail([...p, key, 'base'], 'assumptions.totals.baseMissing', { key, id });
      return 0;
    }
    if (given < 0) {
      ctx.fail([...p, key, 'base'], 'assumptions.totals.negativeOwnIncome', { given });
      return 0;
    }
    return given;
  };
  return {
    scheme: 'totals',
    pool: spec.pool ?? 'other',
    ...commonAssumptions(id, spec, k, ctx),
    ownIncome: growthPath(base('income'), ctx.num(spec.income.growth, [...p, 'income', 'growth'])),
    incomeMultiplier: new Float64Array(ctx.timeline.length).fill(1),
    spending: growthPath(base('expenditure'), ctx.num(spec.expenditure.growth, [...p, 'expenditure', 'growth'])),
  };
}
