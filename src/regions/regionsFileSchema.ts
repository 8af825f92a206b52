import { z } from 'zod';
import { paramMeta as meta } from '../scenario/paramMeta';
import { scenarioSchema } from '../scenario/scenarioSchema';

const scenarioShape = scenarioSchema.shape;
const regionId = z.string().regex(/^[a-z][a-z0-9_-]*$/, { error: 'a lower-case region identifier (letters, digits, _ -)' });
const rate = () => z.number().min(-0.1).max(0.5);

/**
 * The zod schema of a region file (`fundcast_regions: 1`): one scenario covering many pooling
 * regions (统筹区). Each row of the region table becomes one fund of `scheme: totals`: the
 * `shared` fund keys, then the row's own columns, then `overrides.<region>` (merged key by key in
 * the fund and in its `income`, `expenditure`, `opening` and `cost_control` blocks; a time series
 * is replaced whole). See docs/regions.md.
 *
 *   fundcast_regions: 1
 *   id: demo-province
 *   name: Demo province
 *   base_year: 2024
 *   end_year: 2054
 *   units: {money: 10k yuan, persons: persons}
 *   table: regions.csv                 # region,name,insured,income,expenditure,balance[,…]
 *   shared: {income: {growth: 0.035}, expenditure: {growth: 0.05}, interest_rate: 0.015}
 *   overrides: {r07: {expenditure: {growth: 0.065}}}
 *   out_of_region: flows.csv           # residence,treatment,share
 *   pooling: {adjustment_fund: {share: 0.03, pays: balance_floor, floor_months: 0}}
 */
export const regionsFileSchema = z.strictObject({
  fundcast_regions: z.literal(1).meta(meta('format version', 'Region file format version; must be 1.')),
  id: scenarioShape.id,
  name: z.string().min(1),
  name_zh: z.string().min(1).optional(),
  description: z.string().optional(),
  source: z.string().optional().meta(meta('text', 'Where the regional figures come from.')),
  base_year: scenarioShape.base_year,
  end_year: scenarioShape.end_year,
  units: scenarioShape.units,
  settings: scenarioShape.settings,
  table: z.string().min(1).meta(meta('file path', 'The region table (CSV, relative to this file): region, name, insured, income, expenditure, balance, and optional name_zh, income_growth, expenditure_growth, interest_rate.')),
  history: z
    .strictObject({
      file: z.string().min(1).meta(meta('file path', "History CSV of every region (docs/history.md layouts) with a 'fund' column naming the region.")),
      basis: z.unknown().optional(),
      source: z.string().optional(),
    })
    .optional()
    .meta(meta('history', "Observed years of every region, one CSV with a 'fund' column; validated per region as a fund's `history`.")),
  shared: z.record(z.string(), z.unknown()).optional().meta(meta('fund keys', 'Keys of a `scheme: totals` fund that every region takes (income.growth, expenditure.growth, interest_rate, cost_control, …).')),
  overrides: z.record(regionId, z.record(z.string(), z.unknown())).optional().meta(meta('fund keys by region', 'Per-region fund keys, merged over the shared keys and the table.')),
  out_of_region: z.string().min(1).optional().meta(meta('file path', "CSV residence,treatment,share: the share of the residence region's expenditure spent on care in the treatment region (a region id, or `outside` the province).")),
  stochastic: z.unknown().optional().meta(meta('stochastic block', 'A scenario `stochastic` block whose `on` references start with `region.` (e.g. region.expenditure.growth): each region gets the shocks on its own fund and its own random stream.')),
  pooling: z
    .strictObject({
      full: z.strictObject({ interest_rate: rate().optional().meta(meta('rate', "Interest on the provincial fund's balance (default: the regions' first-year rates weighted by their base-year balances).")) }).optional(),
      adjustment_fund: z
        .strictObject({
          share: z.number().min(0).max(1).meta(meta('share of own income (0–1)', 'Share of each region’s own income paid into the adjustment fund (调剂金上解比例).')),
          pays: z.enum(['current_deficit', 'balance_floor']).meta(meta('label', 'What the fund pays a region: its current-year shortfall, or what keeps its balance at floor_months.')),
          floor_months: z.number().min(0).max(120).optional().meta(meta('months of reserve', 'Floor of `balance_floor` (default 0: the balance is kept from going below zero).')),
          interest_rate: rate().optional().meta(meta('rate', "Interest on the fund's balance (default 0).")),
          opening_balance: z.number().min(0).max(1e15).optional().meta(meta('units.money', "The fund's balance at the end of the base year (default 0).")),
        })
        .optional(),
    })
    .optional(),
  risk: z
    .strictObject({
      top_up_floor_months: z.number().min(0).max(120).optional().meta(meta('months of reserve', 'Floor of the least treasury top-up used to rank regions (default 0: what keeps each balance from going below zero).')),
    })
    .optional(),
});

/** A validated region file. */
export type RegionsFile = z.infer<typeof regionsFileSchema>;
