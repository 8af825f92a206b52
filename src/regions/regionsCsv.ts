import type { RegionsProjection } from './projectRegions';
import { TRANSFER_LINES, transferLines } from './transferLines';
import { csvField } from '../general/csvField';

const num = (x: number | null) => (x === null ? '' : String(x));

/**
 * The CSV files of a multi-region projection, by name:
 * - `regions.csv`: rule, region, year, income, expenditure, transfers_out, transfers_in, balance, top_up
 *   (regions, then the upper fund as region `province_fund` / `adjustment_fund`; transfers_out is a
 *   region's 上解上级支出 and the upper fund's 补助下级支出, transfers_in a region's 上级补助收入 and the
 *   upper fund's 下级上解收入);
 * - `province.csv`: rule, year, income, expenditure, surplus, balance, reserve_months, top_up (the roll-up);
 * - `ranking.csv`: rule, rank, region, name, first_deficit_year, exhaustion_year, probability_of_exhaustion, top_up_per_insured (yuan);
 * - `transfers.csv`: rule, year, account, line, line_zh, amount (the transfer budget lines, with the
 *   budget table's line ids: remittance_to_upper, subsidy_from_upper, remittance_from_lower, subsidy_to_lower);
 * - `out-of-region.csv`: year, residence, treatment, amount (when the file gives out-of-region care).
 * Money in the region file's units.money; numbers as JavaScript prints them (shortest round-trip).
 */
export function regionsCsv(p: RegionsProjection): Record<string, string> {
  const regions = ['rule,region,year,income,expenditure,transfers_out,transfers_in,balance,top_up'];
  const province = ['rule,year,income,expenditure,surplus,balance,reserve_months,top_up'];
  const ranking = ['rule,rank,region,name,first_deficit_year,exhaustion_year,probability_of_exhaustion,top_up_per_insured'];
  const transfers = ['rule,year,account,line,line_zh,amount'];
  const zh = Object.fromEntries(TRANSFER_LINES.map((l) => [l.id, l.zh]));
  for (const { pooling, province: rows, ranking: ranked } of p.rules) {
    const rule = pooling.rule.id;
    for (const r of pooling.regions) pooling.years.forEach((y, t) => regions.push([rule, r.id, y, r.income[t], r.expenditure[t], r.paidUp[t], r.received[t], r.balance[t], r.topUp[t]].join(',')));
    const u = pooling.upper;
    if (u) pooling.years.forEach((y, t) => regions.push([rule, u.id, y, u.interest[t], 0, u.paid[t], u.received[t], u.balance[t], u.topUp[t]].join(',')));
    for (const r of rows) province.push([rule, r.year, r.income, r.expenditure, r.surplus, r.balance, num(r.reserveMonths), r.topUp].join(','));
    for (const r of ranked) ranking.push([rule, r.rank, r.id, csvField(r.name), num(r.firstDeficitYear), num(r.exhaustionYear), num(r.probabilityOfExhaustion), r.topUpPerInsured].join(','));
    for (const l of transferLines(pooling)) transfers.push([l.rule, l.year, l.account, l.line, zh[l.line], l.amount].join(','));
  }
  const files: Record<string, string> = { 'regions.csv': regions.join('\n') + '\n', 'province.csv': province.join('\n') + '\n', 'ranking.csv': ranking.join('\n') + '\n', 'transfers.csv': transfers.join('\n') + '\n' };
  if (p.outOfRegion.length) {
    const lines = ['year,residence,treatment,amount'];
    for (const y of p.outOfRegion) for (const [res, row] of Object.entries(y.flows)) for (const [tr, x] of Object.entries(row)) lines.push([y.year, res, tr, x].join(','));
    files['out-of-region.csv'] = lines.join('\n') + '\n';
  }
  return files;
}

