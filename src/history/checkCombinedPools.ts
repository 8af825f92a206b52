import { messages } from '../messages/message';
import { showFigure } from './checkHistory';
import { figuresAgree } from './figuresAgree';
import type { FundHistory, ScenarioWarning } from './types';

const FIELDS = ['income', 'expenditure', 'surplus', 'balance'] as const;

/**
 * A combined pool entered beside its parts (`history.sum_of: [employee, resident]`) checked against
 * their sum, year by year: for each of income, expenditure, surplus (as reported, else I − E) and
 * balance that the pool and every part give for the year, the pool's figure must agree with Σ parts
 * (figuresAgree, under the pool's tolerances and with the parts as terms). Each disagreement is a
 * located warning `history_pool_sum` at the pool's figure, naming the pool's figure, each part's,
 * their sum and the difference, in English and Chinese. Years or figures a part lacks are not
 * compared. (Unknown ids in `sum_of` are errors found when the histories are read.)
 */
export function checkCombinedPools(histories: ReadonlyMap<string, FundHistory>): ScenarioWarning[] {
  const out: ScenarioWarning[] = [];
  for (const pool of histories.values()) {
    if (!pool.sumOf) continue;
    const parts = pool.sumOf.map((id) => histories.get(id));
    if (parts.some((p) => p === undefined)) continue;
    for (const y of pool.years) {
      const years = parts.map((p) => p!.years.find((x) => x.year === y.year));
      if (years.some((x) => x === undefined)) continue;
      for (const field of FIELDS) {
        const value = (x: typeof y) => (field === 'surplus' ? x.surplus ?? (x.income !== null && x.expenditure !== null ? x.income - x.expenditure : null) : x[field]);
        const combined = value(y);
        const each = years.map((x) => value(x!));
        if (combined === null || each.some((v) => v === null)) continue;
        const sum = (each as number[]).reduce((s, v) => s + v, 0);
        if (figuresAgree(combined, sum, pool.checks, ...(each as number[]))) continue;
        const path = ['funds', pool.fund, 'history', 'years', String(y.year), field];
        const text = messages('history.pool.sum', { fund: pool.fund, year: y.year, field, combined: showFigure(combined), parts: pool.sumOf.map((id, k) => ({ fund: id, value: showFigure(each[k]!) })), sum: showFigure(sum), difference: showFigure(combined - sum) });
        out.push({ code: 'history_pool_sum', ...pool.locate(y.year, [field]), path, figures: { combined, sum, ...Object.fromEntries(pool.sumOf.map((id, k) => [id, each[k]])) }, difference: combined - sum, message: text });
      }
    }
  }
  return out;
}
