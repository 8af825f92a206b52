import { z } from 'zod';
import { messages } from '../messages/message';
import { MAX_COUNT, MAX_MONEY } from './levelBounds';
import { paramMeta as meta } from './paramMeta';

/**
 * The items the benefit budget (基本医疗保险待遇支出) is split into for the spending budget
 * (总额预算, 分项预算), in the order outputs list them: inpatient (住院), outpatient (门诊) and care
 * referred out of the region (异地就医). A new item is one entry here.
 */
export const ALLOCATION_ITEMS = [
  { id: 'inpatient', zh: '住院', en: 'Inpatient' },
  { id: 'outpatient', zh: '门诊', en: 'Outpatient' },
  { id: 'out_of_region', zh: '异地就医', en: 'Referred out of the region' },
] as const;

/** The id of one allocation item. */
export type AllocationItemId = (typeof ALLOCATION_ITEMS)[number]['id'];
const ITEM_IDS = ALLOCATION_ITEMS.map((i) => i.id) as AllocationItemId[];

/**
 * Hospital levels (医院等级), canonical id first; a provider list may also write 三级/二级/一级 or 3/2/1
 * (see PROVIDER_LEVEL_ALIASES).
 */
export const PROVIDER_LEVELS = [
  { id: 'tertiary', zh: '三级', en: 'tertiary' },
  { id: 'secondary', zh: '二级', en: 'secondary' },
  { id: 'primary', zh: '一级', en: 'primary' },
] as const;
/** The canonical id of a hospital level. */
export type ProviderLevel = (typeof PROVIDER_LEVELS)[number]['id'];
/** Every way a level may be written, to its canonical id. */
export const PROVIDER_LEVEL_ALIASES: Readonly<Record<string, ProviderLevel>> = {
  tertiary: 'tertiary', secondary: 'secondary', primary: 'primary',
  三级: 'tertiary', 二级: 'secondary', 一级: 'primary',
  '3': 'tertiary', '2': 'secondary', '1': 'primary',
};

/**
 * How an item's money (after the reserve) is split across providers:
 * `last_year` — by each provider's last-year spending on the item (`last_year.<item>`);
 * `visits` — by its cases of the item (`visits.<item>`: 住院人次 / 门诊人次), × the level weight when
 * `level_weights` is given (weighted cases);
 * `level` — by the weight of its hospital level alone (`level_weights`);
 * `members` — by its enrolled members (`members`: a county medical alliance paid per capita, 按人头);
 * `fund_held` — not allocated: the fund keeps the item and pays claims as they come (usual for
 * 异地就医).
 */
export const SPLIT_RULES = ['last_year', 'visits', 'level', 'members', 'fund_held'] as const;
/** One split rule (SPLIT_RULES). */
export type SplitRule = (typeof SPLIT_RULES)[number];

const itemFigures = (unit: string, description: string) =>
  z
    .strictObject(Object.fromEntries(ITEM_IDS.map((id) => [id, z.number().min(0).max(MAX_MONEY).optional()])) as Record<AllocationItemId, z.ZodOptional<z.ZodNumber>>)
    .optional()
    .meta(meta(unit, description));

/** The zod schema of one provider (定点医疗机构) or county medical alliance (医共体), inline or one row of a provider CSV. */
export const providerSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, { error: 'a lower-case identifier (letters, digits, _ -)' }).meta(meta('text', 'Provider id, unique in the list.')),
    name: z.string().min(1).meta(meta('text', 'Name (English or as written).')),
    name_zh: z.string().min(1).optional().meta(meta('text', 'Name in Chinese.')),
    kind: z.enum(['hospital', 'alliance', 'other']).optional().meta(meta('label', 'hospital (医院), alliance (医共体) or other.')),
    level: z.enum(Object.keys(PROVIDER_LEVEL_ALIASES) as [string, ...string[]]).optional().meta(meta('label', 'Hospital level: tertiary/secondary/primary (三级/二级/一级, or 3/2/1).')),
    members: z.number().min(0).max(MAX_COUNT).optional().meta(meta('units.persons', 'Enrolled members (签约/参保人数) of an alliance paid per capita.')),
    last_year: itemFigures('units.money', "Last year's fund spending at the provider by item (the weights of split: last_year)."),
    visits: itemFigures('cases per year', 'Cases by item: admissions (住院人次), outpatient visits (门诊人次) (the weights of split: visits).'),
    actual: z.number().min(0).max(MAX_MONEY).optional().meta(meta('units.money', 'Year-end actual spending to settle against the allocation (or use --what-if).')),
  })
  .meta(meta('provider', 'One provider or county medical alliance.'));

const levelWeights = z
  .strictObject(Object.fromEntries(PROVIDER_LEVELS.map((l) => [l.id, z.number().gt(0).max(100).optional()])) as Record<ProviderLevel, z.ZodOptional<z.ZodNumber>>)
  .meta(meta('weight', 'Weight per hospital level, e.g. {tertiary: 1.5, secondary: 1.0, primary: 0.6}.'));

const itemSchema = z
  .strictObject({
    share: z.number().min(0).max(1).optional().meta(meta('share (0–1)', "The item's stated share of the benefit budget; the items' shares sum to 1.")),
    executed: z.number().min(0).max(MAX_MONEY).optional().meta(meta('units.money', "Last year's executed spending on the item (执行数); the items are split by these shares.")),
    split: z.enum(SPLIT_RULES).meta(meta('label', 'How the item is split across providers: last_year, visits, level, members or fund_held.')),
    level_weights: levelWeights.optional(),
    reserve: z.number().min(0).lt(1).optional().meta(meta('share (0–1)', 'Share of the item held back as a risk reserve (风险调剂金/预留) before splitting; default 0.')),
  })
  .meta(meta('allocation item', 'One item of the spending budget and its split rule.'));

const upTo = () => z.number().gt(0).max(10).optional().meta(meta('share of the allocation', 'Upper end of the band as a share of the allocation (0.1 = 10 %); omitted on an open last band.'));
const savingBand = z.strictObject({ up_to: upTo(), kept: z.number().min(0).max(1).meta(meta('share (0–1)', 'Share of the saving in this band kept by the provider (结余留用).')) });
const overrunBand = z.strictObject({ up_to: upTo(), fund: z.number().min(0).max(1).meta(meta('share (0–1)', 'Share of the overrun in this band borne by the fund (合理超支分担).')) });

/**
 * The zod schema of the year-end settlement rule (结余留用、合理超支分担): bands of the saving and of
 * the overrun, as shares of the provider's allocation, lowest first. Beyond the last band's
 * `up_to` the share is 0 (the saving goes back to the fund; the overrun is the provider's).
 */
export const settlementSchema = z
  .strictObject({
    saving: z.array(savingBand).min(1).meta(meta('bands', 'Saving bands: [{up_to: 0.1, kept: 0.6}, {kept: 0.3}].')),
    overrun: z.array(overrunBand).min(1).meta(meta('bands', 'Overrun bands: [{up_to: 0.1, fund: 0.5}] (beyond 10 % the provider bears all).')),
    source: z.string().min(1).optional().meta(meta('text', 'Where the rule comes from (the bureau’s settlement rules).')),
  })
  .superRefine((s, ctx) => {
    for (const side of ['saving', 'overrun'] as const) {
      const bands: readonly { up_to?: number }[] = s[side];
      bands.forEach((b, i) => {
        const last = i === bands.length - 1;
        if (!last && b.up_to === undefined) {
          const m = messages('budget.allocation.bandOpen', { side });
          ctx.addIssue({ code: 'custom', path: [side, i, 'up_to'], message: m.en, params: { zh: m.zh, expected: 'a number', found: 'nothing' } });
        }
        const prev = bands[i - 1]?.up_to;
        if (prev !== undefined && b.up_to !== undefined && b.up_to <= prev) {
          const m = messages('budget.allocation.bandOrder', { side, value: b.up_to, prev });
          ctx.addIssue({ code: 'custom', path: [side, i, 'up_to'], message: m.en, params: { zh: m.zh, expected: `a number > ${prev}`, found: String(b.up_to) } });
        }
      });
    }
  })
  .meta(meta('settlement', 'Year-end settlement: saving kept by the provider, reasonable overrun shared by the fund, by bands.'));

/** Tolerance on the sum of stated item shares (written to a few decimals: 0.62 + 0.28 + 0.10). */
export const SHARE_SUM_TOLERANCE = 1e-9;

/**
 * The zod schema of a fund's `allocation` block (docs/budget.md): the benefit budget split into
 * items (by stated shares or last executed figures), each item across providers by its rule with an
 * optional reserve held back, the provider list (inline or a CSV file), and the settlement rule.
 *
 *   allocation:
 *     items:
 *       inpatient: {share: 0.6, split: visits, level_weights: {tertiary: 1.5, secondary: 1, primary: 0.6}, reserve: 0.05}
 *       outpatient: {share: 0.3, split: members, reserve: 0.05}
 *       out_of_region: {share: 0.1, split: fund_held}
 *     providers_file: county-providers.csv
 *     settlement: {saving: [{up_to: 0.1, kept: 0.6}], overrun: [{up_to: 0.1, fund: 0.5}]}
 */
export const allocationSchema = z
  .strictObject({
    source: z.string().min(1).optional().meta(meta('text', 'Where the allocation rules and provider figures come from.')),
    items: z.strictObject(Object.fromEntries(ITEM_IDS.map((id) => [id, itemSchema.optional()])) as Record<AllocationItemId, z.ZodOptional<typeof itemSchema>>).meta(meta('items', 'The items of the spending budget (inpatient, outpatient, out_of_region).')),
    providers: z.array(providerSchema).min(1).optional().meta(meta('list', 'The providers or alliances, inline.')),
    providers_file: z.string().min(1).optional().meta(meta('file path', 'A provider list as CSV (relative to this file): columns id, name, name_zh, kind, level, members, last_year.<item>, visits.<item>, actual.')),
    settlement: settlementSchema.optional(),
  })
  .superRefine((a, ctx) => {
    const issue = (path: (string | number)[], m: { en: string; zh: string }, expected: string, found: string) =>
      ctx.addIssue({ code: 'custom', path, message: m.en, params: { zh: m.zh, expected, found } });
    const given = ITEM_IDS.filter((id) => a.items[id] !== undefined);
    if (given.length === 0) issue(['items'], messages('budget.allocation.noItems', {}), 'one or more items', 'none');
    // the basis of each item that gives exactly one (an item giving both or neither is reported on its own)
    const withShare = given.filter((id) => a.items[id]!.share !== undefined && a.items[id]!.executed === undefined);
    const withExecuted = given.filter((id) => a.items[id]!.executed !== undefined && a.items[id]!.share === undefined);
    for (const id of given) {
      const it = a.items[id]!;
      if ((it.share === undefined) === (it.executed === undefined)) issue(['items', id], messages('budget.allocation.shareOrExecuted', { item: id, both: it.share !== undefined }), 'share or executed', it.share !== undefined ? 'both' : 'neither');
      if (it.split === 'level' && it.level_weights === undefined) issue(['items', id, 'level_weights'], messages('budget.allocation.levelWeightsNeeded', { item: id }), 'level_weights', 'nothing');
      if (it.level_weights !== undefined && it.split !== 'level' && it.split !== 'visits') issue(['items', id, 'level_weights'], messages('budget.allocation.levelWeightsUnused', { item: id, split: it.split }), 'split: level or visits', it.split);
      if (it.split === 'fund_held' && it.reserve !== undefined) issue(['items', id, 'reserve'], messages('budget.allocation.reserveHeld', { item: id }), 'no reserve', String(it.reserve));
    }
    if (withShare.length > 0 && withExecuted.length > 0) issue(['items'], messages('budget.allocation.mixedBasis', { share: withShare, executed: withExecuted }), 'every item by share, or every item by executed', 'both');
    else if (withShare.length === given.length && given.length > 0) {
      const sum = given.reduce((s, id) => s + a.items[id]!.share!, 0);
      if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) issue(['items'], messages('budget.allocation.sharesSum', { sum: Number(sum.toPrecision(12)) }), 'shares summing to 1', String(sum));
    } else if (withExecuted.length === given.length && given.length > 0 && given.every((id) => a.items[id]!.executed === 0)) {
      issue(['items'], messages('budget.allocation.executedZero', {}), 'an executed figure > 0', '0');
    }
    if ((a.providers === undefined) === (a.providers_file === undefined)) issue([a.providers ? 'providers_file' : 'providers'], messages('budget.allocation.providersOnce', { both: a.providers !== undefined }), 'providers or providers_file', a.providers ? 'both' : 'neither');
  })
  .meta(meta('allocation', 'The spending budget (总额预算) split into items and across providers, with the year-end settlement rule (docs/budget.md).'));

/** A fund's `allocation` block as written. */
export type AllocationSpec = z.infer<typeof allocationSchema>;
/** One provider as written (inline or a CSV row). */
export type ProviderSpec = z.infer<typeof providerSchema>;
/** The settlement rule as written. */
export type SettlementSpec = z.infer<typeof settlementSchema>;
