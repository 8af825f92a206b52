import { FundcastError } from '../errors/FundcastError';
import type { ProjectionResult } from './types';

/** Key figures of one fund in two projections, side by side with their differences (b − a). */
export interface FundComparison {
  id: string;
  name: string;
  /** the Chinese name (A's), when the scenario gives one */
  nameZh?: string;
  firstDeficitYear: { a: number | null; b: number | null };
  exhaustionYear: { a: number | null; b: number | null };
  years: {
    year: number;
    balance: { a: number; b: number; diff: number };
    reserveMonths: { a: number | null; b: number | null; diff: number | null };
    income: { a: number; b: number; diff: number };
    expenditure: { a: number; b: number; diff: number };
  }[];
}

/**
 * Two projections side by side (`compareResults`): for each fund present in both, year by year
 * values of A and B and their differences.
 */
export interface Comparison {
  a: { id: string; name: string };
  b: { id: string; name: string };
  unit: ProjectionResult['unit'];
  funds: FundComparison[];
  /** funds present in only one of the two projections */
  onlyInA: string[];
  onlyInB: string[];
}

/**
 * Compares two projections fund by fund over the years they share. Throws when their money
 * units differ (the numbers would not be comparable).
 */
export function compareResults(a: ProjectionResult, b: ProjectionResult): Comparison {
  if (a.unit.money !== b.unit.money) {
    throw new FundcastError('results.unitsDiffer', { money: a.unit.money, money2: b.unit.money });
  }
  const funds: FundComparison[] = [];
  for (const fa of a.funds) {
    const fb = b.funds.find((f) => f.id === fa.id);
    if (!fb) continue;
    const years: FundComparison['years'] = [];
    for (const ra of fa.rows) {
      const rb = fb.rows.find((r) => r.year === ra.year);
      if (!rb) continue;
      years.push({
        year: ra.year,
        balance: { a: ra.balance, b: rb.balance, diff: rb.balance - ra.balance },
        reserveMonths: { a: ra.reserveMonths, b: rb.reserveMonths, diff: ra.reserveMonths === null || rb.reserveMonths === null ? null : rb.reserveMonths - ra.reserveMonths },
        income: { a: ra.income, b: rb.income, diff: rb.income - ra.income },
        expenditure: { a: ra.expenditure, b: rb.expenditure, diff: rb.expenditure - ra.expenditure },
      });
    }
    funds.push({
      id: fa.id,
      name: fa.name,
      ...(fa.nameZh == null ? {} : { nameZh: fa.nameZh }),
      firstDeficitYear: { a: fa.firstDeficitYear, b: fb.firstDeficitYear },
      exhaustionYear: { a: fa.exhaustionYear, b: fb.exhaustionYear },
      years,
    });
  }
  return {
    a: { id: a.scenario.id, name: a.scenario.name },
    b: { id: b.scenario.id, name: b.scenario.name },
    unit: a.unit,
    funds,
    onlyInA: a.funds.filter((f) => !b.funds.some((g) => g.id === f.id)).map((f) => f.id),
    onlyInB: b.funds.filter((f) => !a.funds.some((g) => g.id === f.id)).map((f) => f.id),
  };
}
