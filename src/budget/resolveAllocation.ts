import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { YUAN_PER_MONEY_UNIT } from '../assumptions/unitFactor';
import { messages } from '../messages/message';
import type { LoadedScenario } from '../scenario/loadScenario';
import { ScenarioError } from '../scenario/ScenarioError';
import type { ScenarioIssue } from '../scenario/ScenarioIssue';
import { issuesFromZod } from '../scenario/zodIssues';
import {
  ALLOCATION_ITEMS,
  PROVIDER_LEVEL_ALIASES,
  providerSchema,
  type AllocationItemId,
  type AllocationSpec,
  type ProviderLevel,
  type ProviderSpec,
  type SplitRule,
} from '../scenario/allocationSchema';
import { readProvidersCsv } from './readProvidersCsv';
import type { SettlementBand } from './settleProvider';

/** One provider of an allocation plan, its level canonical, its money figures in yuan. */
export interface PlanProvider {
  id: string;
  name: string;
  nameZh: string | null;
  kind: 'hospital' | 'alliance' | 'other' | null;
  level: ProviderLevel | null;
  members: number | null;
  lastYear: Partial<Record<AllocationItemId, number>>;
  visits: Partial<Record<AllocationItemId, number>>;
  /** year-end actual spending to settle, whole yuan; null when not given */
  actual: number | null;
}

/** One item of an allocation plan: its weight among the items, its split rule and reserve. */
export interface PlanItem {
  id: AllocationItemId;
  /** the item's weight among the items: its stated share, or its last executed figure (yuan) */
  weight: number;
  basis: 'share' | 'executed';
  split: SplitRule;
  levelWeights: Partial<Record<ProviderLevel, number>> | null;
  /** share held back before splitting (0–1) */
  reserve: number;
  /** each provider's weight in the split (empty for fund_held) */
  providerWeights: number[];
}

/** A fund's `allocation` block resolved: items in ALLOCATION_ITEMS order, providers read and checked. */
export interface AllocationPlan {
  fund: string;
  source: string | null;
  items: PlanItem[];
  providers: PlanProvider[];
  /** the settlement rule, null when the block gives none */
  settlement: { saving: SettlementBand[]; overrun: SettlementBand[]; source: string | null } | null;
}

/**
 * Resolves fund `fundId`'s `allocation` block (null when it has none): reads the provider list
 * (inline, or `providers_file` — a CSV relative to the scenario file that names it, readProvidersCsv),
 * validates each provider with the same schema, and checks what the rules need: unique ids; for
 * every item split by a rule, each provider's figure for it (`visits.<item>`, `last_year.<item>`,
 * `members`, and its level with a weight when level weights apply — 0 excludes a provider, an empty
 * figure is an error, never a silent 0); and some weight > 0 per item. A provider's weight in an
 * item is
 *   last_year: last_year.<item>;   visits: visits.<item> × w(level) (× 1 without level_weights);
 *   level: w(level);               members: members.
 * Throws ScenarioError with every problem located (file, line, column; the CSV's own lines for a
 * provider file).
 */
export function resolveAllocation(loaded: LoadedScenario, fundId: string): AllocationPlan | null {
  const fund = loaded.scenario.funds[fundId] as { allocation?: AllocationSpec } | undefined;
  const spec = fund?.allocation;
  if (!spec) return null;
  const p = ['funds', fundId, 'allocation'];
  const yuanPer = YUAN_PER_MONEY_UNIT[loaded.scenario.units.money];
  const issues: ScenarioIssue[] = [];
  let raw: ProviderSpec[];
  let locate: (index: number, field: readonly string[]) => { file: string; line?: number; column?: number };
  if (spec.providers) {
    raw = spec.providers;
    locate = (i, field) => loaded.locate([...p, 'providers', i, ...field]);
  } else {
    const file = spec.providers_file!;
    const where = loaded.locate([...p, 'providers_file']).file;
    const display = dirname(where) === '.' ? file : `${dirname(where)}/${file}`;
    const csv = readProvidersCsv(resolve(loaded.dirOf([...p, 'providers_file']), file), display, [...p, 'providers']);
    // a file that cannot be read is located where it is named (the `providers_file:` line)
    if (csv.issues.length) throw new ScenarioError(csv.issues.map((i) => (i.line === undefined ? { ...i, ...loaded.locate([...p, 'providers_file']), path: [...p, 'providers_file'] } : i)));
    const at = (i: number, field: readonly (string | number)[]) => {
      for (let n = field.length; n >= 0; n--) {
        const pos = csv.positions.get(n === 0 ? String(i) : `${i}/${field.slice(0, n).join('/')}`);
        if (pos) return { file: display, ...pos };
      }
      return { file: display };
    };
    const listSchema = z.array(providerSchema);
    const parsed = listSchema.safeParse(csv.rows, { reportInput: true });
    if (!parsed.success) {
      throw new ScenarioError(issuesFromZod(parsed.error, listSchema, csv.rows, (q) => at(Number(q[0]), q.slice(1))).map((i) => ({ ...i, path: [...p, 'providers', ...i.path] })));
    }
    if (parsed.data.length === 0) throw new ScenarioError([{ ...loaded.locate([...p, 'providers_file']), path: [...p, 'providers_file'], code: 'too_small', expected: 'one or more providers', found: 'none', message: messages('budget.allocation.noProviders', { file: display }) }]);
    raw = parsed.data;
    locate = at;
  }
  const issue = (at: (string | number)[], where: { file: string; line?: number; column?: number }, code: string, m: { en: string; zh: string }, expected: string, found: string) =>
    issues.push({ ...where, path: [...p, ...at], code, expected, found, message: m });

  const seen = new Map<string, number>();
  raw.forEach((r, i) => {
    const first = seen.get(r.id);
    if (first !== undefined) issue(['providers', i, 'id'], locate(i, ['id']), 'duplicate_provider', messages('budget.allocation.duplicateProvider', { id: r.id, first: first + 1, row: i + 1 }), 'a unique id', r.id);
    else seen.set(r.id, i);
  });
  const providers: PlanProvider[] = raw.map((r) => ({
    id: r.id,
    name: r.name,
    nameZh: r.name_zh ?? null,
    kind: r.kind ?? null,
    level: r.level === undefined ? null : PROVIDER_LEVEL_ALIASES[r.level],
    members: r.members ?? null,
    lastYear: { ...(r.last_year ?? {}) },
    visits: { ...(r.visits ?? {}) },
    actual: r.actual === undefined ? null : Math.round(r.actual * yuanPer),
  }));

  const items: PlanItem[] = [];
  for (const { id } of ALLOCATION_ITEMS) {
    const it = spec.items[id];
    if (!it) continue;
    const levelWeights = it.level_weights ?? null;
    const weights = it.split === 'fund_held' ? [] : providers.map((pr, i) => {
      const need = (field: string[], value: number | null | undefined): number => {
        if (value === undefined || value === null) {
          issue(['providers', i, ...field], locate(i, field), 'missing_figure', messages('budget.allocation.figureNeeded', { provider: pr.id, field: field.join('.'), item: id, split: it.split }), `${field.join('.')} (0 excludes the provider)`, 'nothing');
          return 0;
        }
        return value;
      };
      const levelWeight = (): number => {
        if (!levelWeights) return 1;
        if (pr.level === null) return need(['level'], null);
        const w = levelWeights[pr.level];
        if (w === undefined) {
          issue(['items', id, 'level_weights', pr.level], loaded.locate([...p, 'items', id, 'level_weights']), 'missing_weight', messages('budget.allocation.levelWeightMissing', { provider: pr.id, level: pr.level, item: id }), `a weight for ${pr.level}`, 'nothing');
          return 0;
        }
        return w;
      };
      switch (it.split) {
        case 'last_year': return need(['last_year', id], pr.lastYear[id]);
        case 'visits': return need(['visits', id], pr.visits[id]) * levelWeight();
        case 'level': return levelWeight();
        case 'members': return need(['members'], pr.members);
        default: return 0;
      }
    });
    if (it.split !== 'fund_held' && issues.length === 0 && !weights.some((w) => w > 0)) {
      issue(['items', id, 'split'], loaded.locate([...p, 'items', id, 'split']), 'no_weight', messages('budget.allocation.noWeight', { item: id, split: it.split }), 'some provider with a weight > 0', 'all 0');
    }
    items.push({
      id,
      weight: it.share ?? it.executed! * yuanPer,
      basis: it.share !== undefined ? 'share' : 'executed',
      split: it.split,
      levelWeights,
      reserve: it.reserve ?? 0,
      providerWeights: weights,
    });
  }
  if (issues.length) throw new ScenarioError(issues);
  const band = (b: { up_to?: number; kept?: number; fund?: number }): SettlementBand => ({ upTo: b.up_to ?? null, share: (b.kept ?? b.fund)! });
  return {
    fund: fundId,
    source: spec.source ?? null,
    items,
    providers,
    settlement: spec.settlement ? { saving: spec.settlement.saving.map(band), overrun: spec.settlement.overrun.map(band), source: spec.settlement.source ?? null } : null,
  };
}
