import { describe, expect, it } from 'vitest';
import { balanceChartSpec } from '../../src/charts/balanceChartSpec';
import { reserveChartSpec } from '../../src/charts/reserveChartSpec';
import type { BandLike, FundLike } from '../../src/charts/types';
import type { Band, FundResult, FundYearRow } from '../../src/results/types';
import { layersOf, sampleFund } from './sampleFund';

// Compile-time half of the contract (checked by `npm run typecheck`): the projection's result
// types must stay assignable to the chart inputs.
const asFund = (f: FundResult): FundLike => f;
const asBand = (b: Band): BandLike => b;

/** sampleFund() dressed as a full FundResult, with the fields the charts do not read. */
function fullResult(): FundResult {
  const fund = sampleFund();
  const rows: FundYearRow[] = fund.rows.map((r) => ({
    ...r, openingBalance: r.balance - r.surplus, gapRate: null, balanceRate: null, dependencyRatio: null,
    members: { insured: 1 }, incomeItems: { premiums: r.income }, expenditureItems: { benefits: r.expenditure }, memo: {},
  }));
  return {
    id: fund.id, name: fund.name, nameZh: null, scheme: 'resident', bandBasis: 'extension',
    firstDeficitYear: fund.firstDeficitYear, exhaustionYear: fund.exhaustionYear,
    base: { year: 2023, balance: 90, modelIncome: 0, modelExpenditure: 0, observedIncome: null, observedExpenditure: null, reserveMonths: 10.8, band: 'high' },
    events: [],
    rows,
    history: [],
  };
}

describe('charts accept projection results (results/types.ts contract)', () => {
  it('charts a FundResult, and copies only the plotted fields into the spec', () => {
    const spec = reserveChartSpec(asFund(fullResult()));
    const line = layersOf(spec).find((l) => l.mark.type === 'line')!;
    expect(line.data!.values.map((v) => Object.keys(v).sort())).toEqual(Array(5).fill(['band', 'reserveMonths', 'year']));
    const flows = (balanceChartSpec(fullResult(), { unit: '亿元' }).data as { values: Record<string, unknown>[] }).values;
    expect(new Set(flows.flatMap((v) => Object.keys(v)))).toEqual(new Set(['year', 'kind', 'series', 'value']));
  });

  it('accepts Band objects (with upperInclusive) as warning bands', () => {
    const bands: Band[] = [
      { id: 'under', labelEn: 'under', labelZh: '不足', lower: null, upper: 6, upperInclusive: false },
      { id: 'over', labelEn: 'over', labelZh: '充足', lower: 6, upper: null, upperInclusive: false },
    ];
    const rect = layersOf(reserveChartSpec(fullResult(), { bands: bands.map(asBand), lang: 'en' })).find((l) => l.mark.type === 'rect')!;
    expect(rect.data!.values.map((r) => r.id)).toEqual(['under', 'over']);
  });
});
