import { YUAN_PER_MONEY_UNIT } from '../assumptions/unitFactor';
import { BudgetError } from './BudgetError';
import { apportion } from '../money/apportion';
import { BUDGET_LINES, CASE_LINE_IDS, type BudgetLine, type BudgetScheme } from '../money/budgetLines';
import { roundToTotal } from '../money/roundToTotal';
import type { FundResult, FundYearRow, ProjectionResult } from '../results/types';
import type { BudgetDraftLine, BudgetSource, BudgetYearInput, FundBudget } from './types';

/** Whole yuan of an amount in `units.money`. */
function toYuan(x: number, perUnit: number): number {
  return Math.round(x * perUnit);
}

/** Indent of a line: its ancestors that are not subtotal or total rows. */
function depthOf(line: BudgetLine, byId: Map<string, BudgetLine>): number {
  let d = 0;
  for (let p = line.parent; p !== null; p = byId.get(p)?.parent ?? null) if (!byId.get(p)?.total) d++;
  return d;
}

/**
 * Drafts one fund's budget for `year` from the projection (本年预算数), in the official line
 * layout (money/budgetLines), beside last year's executed and budgeted columns when given — by
 * default those of the fund's last history year before `year` with `budget_lines`
 * (budgetInputFromHistory); pass `{}` for none.
 *
 * Rounding rule (the budget equals `fundcast run` to the yuan): the projected income I,
 * expenditure E and opening balance B₀ of the year, in `units.money`, are converted to yuan and
 * each rounded ONCE (Iʸ = round(I·u), Eʸ = round(E·u), B₀ʸ = round(B₀·u), u yuan per unit); the
 * engine's items are rounded to whole yuan summing exactly to Iʸ and Eʸ (roundToTotal), and an
 * item that covers several lines is split between them by their last executed figures
 * (apportion), or kept whole on the line whose `unsplit` names it when no executed figures are
 * given (a stated assumption). A fund with service lines has its benefits split by the engine
 * (splitByServiceLines). Sum lines are the sums of their parts; 其中 lines are the engine's figure
 * or the parent's draft × their executed share of the parent. Then
 *   本年收支结余 = Iʸ − Eʸ,  年末滚存结余 = B₀ʸ + Iʸ − Eʸ,
 *   总计 = B₀ʸ + Iʸ = Eʸ + 年末滚存结余.
 * Transfer lines (上级补助收入 …) stay empty: the engine has no transfers between levels.
 *
 * Throws BudgetError `budget.noSuchFund`, `budget.yearNotProjected` (year outside the projected
 * years), `budget.unmappedItem` (an engine item no line takes: the layout table is incomplete).
 */
export function draftBudget(result: ProjectionResult, fundId: string, year: number, given?: BudgetYearInput): FundBudget {
  const fund = result.funds.find((f) => f.id === fundId);
  if (!fund) throw new BudgetError('budget.noSuchFund', { fund: fundId, funds: result.funds.map((f) => f.id) });
  const row = fund.rows.find((r) => r.year === year);
  if (!row) throw new BudgetError('budget.yearNotProjected', { year, first: fund.rows[0]?.year ?? result.scenario.baseYear + 1, last: fund.rows.at(-1)?.year ?? result.scenario.endYear });
  const input = given ?? budgetInputFromHistory(fund, year);
  const u = YUAN_PER_MONEY_UNIT[result.unit.money as keyof typeof YUAN_PER_MONEY_UNIT];
  const scheme: BudgetScheme = fund.scheme;
  const lines = BUDGET_LINES.filter((l) => l.schemes.includes(scheme));
  const byId = new Map(lines.map((l) => [l.id, l]));
  const executed = yuanRecord(input.executed, u);
  const budgeted = yuanRecord(input.budgeted, u);

  const income = toYuan(row.income, u);
  const expenditure = toYuan(row.expenditure, u);
  const opening = toYuan(row.openingBalance, u);
  const own = new Map<string, { yuan: number; item: string; source: BudgetSource }[]>();
  const give = (id: string, item: string, yuan: number, source: BudgetSource) => {
    const list = own.get(id) ?? [];
    list.push({ item, yuan, source });
    own.set(id, list);
  };
  // the engine items of benefit spending (those the 住院 line is drafted from), and 其中 figures the engine gives
  const benefitItems = byId.get('inpatient')?.items?.[scheme] ?? [];
  const engineMemo = new Map<string, number>();
  for (const [items, total] of [
    [row.incomeItems, income],
    [row.expenditureItems, expenditure],
  ] as const) {
    const names = Object.keys(items);
    const yuan = roundToTotal(
      names.map((n) => items[n] * u),
      total,
    );
    const benefits = names.filter((n) => benefitItems.includes(n));
    const split = items === row.expenditureItems && benefits.length ? serviceLineYuan(row, benefits.reduce((s, n) => s + yuan[names.indexOf(n)], 0)) : null;
    names.forEach((name, k) => {
      if (!split || !benefits.includes(name)) assignItem(name, yuan[k], lines, scheme, executed, give, fund.id);
    });
    if (split) splitByServiceLines(split, benefits[0], lines, byId, scheme, executed, give, engineMemo, fund.id);
  }

  const draft = new Map<string, number | null>();
  const source = new Map<string, BudgetSource>();
  const valueOf = (line: BudgetLine): number | null => {
    if (draft.has(line.id)) return draft.get(line.id)!;
    let v: number | null = null;
    let src: BudgetSource = 'empty';
    const mine = own.get(line.id) ?? [];
    if (mine.length) {
      v = mine.reduce((s, m) => s + m.yuan, 0);
      src = mine.some((m) => m.source === 'assumption') ? 'assumption' : mine.some((m) => m.source === 'executed_share') ? 'executed_share' : 'engine';
    }
    if (line.rule === 'sum') {
      const parts = lines.filter((c) => c.parent === line.id && c.rule !== 'ofWhich').map(valueOf);
      if (parts.some((p) => p !== null)) {
        v = (v ?? 0) + parts.reduce<number>((s, p) => s + (p ?? 0), 0);
        if (src === 'empty') src = 'sum';
      }
    }
    draft.set(line.id, v);
    source.set(line.id, src);
    return v;
  };
  for (const line of lines) if (line.rule !== 'ofWhich' && line.rule !== 'balance') valueOf(line);
  // 其中 lines: the engine's figure (service lines), else the parent's draft × their executed share of the parent
  for (const line of lines.filter((l) => l.rule === 'ofWhich')) {
    const parentDraft = draft.get(line.parent!) ?? null;
    if (engineMemo.has(line.id) && parentDraft !== null) {
      draft.set(line.id, engineMemo.get(line.id)!);
      source.set(line.id, 'engine');
      continue;
    }
    const e = executed.get(line.id);
    const ep = executed.get(line.parent!);
    if (parentDraft !== null && e !== undefined && ep !== undefined && ep > 0 && e >= 0 && e <= ep) {
      draft.set(line.id, apportion(parentDraft, [e, ep - e])[0]);
      source.set(line.id, 'executed_share');
    } else {
      draft.set(line.id, null);
      source.set(line.id, 'empty');
    }
  }
  const incomeTotal = draft.get('income_total') ?? 0;
  const expenditureTotal = draft.get('expenditure_total') ?? 0;
  const closing = opening + incomeTotal - expenditureTotal;
  const balances: Record<string, number> = {
    surplus: incomeTotal - expenditureTotal,
    opening_balance: opening,
    closing_balance: closing,
    total_sources: opening + incomeTotal,
    total_uses: expenditureTotal + closing,
  };
  for (const [id, v] of Object.entries(balances)) {
    draft.set(id, v);
    source.set(id, 'balance');
  }

  return {
    fund: fund.id,
    name: fund.name,
    nameZh: fund.nameZh,
    scheme,
    year,
    unit: 'yuan',
    lines: lines.map((l) => ({
      ...l,
      depth: depthOf(l, byId),
      executed: executed.get(l.id) ?? null,
      budgetedLastYear: budgeted.get(l.id) ?? null,
      draft: draft.get(l.id) ?? null,
      source: source.get(l.id) ?? 'empty',
      fromItems: (own.get(l.id) ?? []).map(({ item, yuan }) => ({ item, yuan })),
    })),
    run: { income, expenditure, openingBalance: opening, balance: toYuan(row.balance, u), reserveMonths: row.reserveMonths, band: row.band },
    executedYear: input.year ?? null,
    volumes: {
      draft: { members: memberCount(row.members), cases: projectedCases(row) },
      executed: input.executed || input.executedMembers || input.executedCases ? { members: memberCount(input.executedMembers ?? {}), cases: { ...(input.executedCases ?? {}) } } : null,
      budgeted: input.budgeted || input.budgetedMembers || input.budgetedCases ? { members: memberCount(input.budgetedMembers ?? {}), cases: { ...(input.budgetedCases ?? {}) } } : null,
    },
  };
}

function yuanRecord(r: Readonly<Record<string, number>> | undefined, u: number): Map<string, number> {
  return new Map(Object.entries(r ?? {}).map(([k, v]) => [k, toYuan(v, u)]));
}

/**
 * Puts one engine item (whole yuan) on its line(s): one line takes it whole (`engine`); several
 * lines share it by their executed figures (`executed_share`) — among the lines that have an
 * executed figure (a line left out of the executed column is one the region does not use, and
 * stays empty), when those are ≥ 0 and not all zero; otherwise it stays whole on the line whose
 * `unsplit` names it (`assumption`).
 */
function assignItem(
  item: string,
  yuan: number,
  lines: readonly BudgetLine[],
  scheme: BudgetScheme,
  executed: Map<string, number>,
  give: (id: string, item: string, yuan: number, source: BudgetSource) => void,
  fund: string,
  label: string = item,
): void {
  const targets = lines.filter((l) => l.items?.[scheme]?.includes(item));
  if (targets.length === 1) return give(targets[0].id, label, yuan, 'engine');
  // the lines the region executed (a line left out of the executed column is one it does not use)
  const used = targets.filter((t) => executed.has(t.id));
  const shares = used.map((t) => executed.get(t.id)!);
  if (used.length > 0 && shares.every((s) => s >= 0) && shares.some((s) => s > 0)) {
    const parts = apportion(yuan, shares);
    used.forEach((t, k) => give(t.id, label, parts[k], 'executed_share'));
    return;
  }
  const whole = lines.find((l) => l.unsplit?.[scheme]?.includes(item));
  if (whole) return give(whole.id, label, yuan, 'assumption');
  throw new BudgetError('budget.unmappedItem', { item, scheme, fund });
}

/**
 * A projected year's benefit spending (whole yuan) split by the engine's service lines (their
 * spending as weights, apportion: whole yuan summing exactly to `total`); null when the fund has
 * no service lines or their spending cannot weight a split.
 */
function serviceLineYuan(row: FundYearRow, total: number): Record<string, number> | null {
  const sl = row.serviceLines;
  if (!sl) return null;
  const ids = Object.keys(sl);
  const w = ids.map((id) => sl[id].spending);
  if (ids.length === 0 || w.some((x) => !(x >= 0)) || !(w.reduce((a, b) => a + b, 0) > 0)) return null;
  const parts = apportion(total, w);
  return Object.fromEntries(ids.map((id, k) => [id, parts[k]]));
}

/**
 * Benefits the engine splits by service line (docs/service-lines.md) go to their lines as engine
 * items: inpatient → 住院费用支出; general and chronic outpatient → 门诊费用支出 and its two 其中
 * lines; an employee fund's critical-illness line → 大病保险支出. The rest (pharmacy, out of region,
 * other) has no line of its own and is put like an unsplit benefit item (assignItem: the executed
 * shares of 住院/门诊, else whole on 基本医疗保险待遇支出, a stated assumption).
 */
function splitByServiceLines(
  split: Record<string, number>,
  benefitItem: string,
  lines: readonly BudgetLine[],
  byId: ReadonlyMap<string, BudgetLine>,
  scheme: BudgetScheme,
  executed: Map<string, number>,
  give: (id: string, item: string, yuan: number, source: BudgetSource) => void,
  engineMemo: Map<string, number>,
  fund: string,
): void {
  const own: [string, string][] = [['inpatient', 'inpatient'], ['general_outpatient', 'outpatient'], ['chronic_outpatient', 'outpatient'], ['critical_illness', 'critical_illness']];
  const taken = new Set<string>();
  for (const [sl, line] of own) {
    if (split[sl] === undefined || !byId.has(line)) continue;
    give(line, `service_lines.${sl}`, split[sl], 'engine');
    if (byId.get(sl)?.rule === 'ofWhich') engineMemo.set(sl, split[sl]);
    taken.add(sl);
  }
  const rest = Object.keys(split).filter((sl) => !taken.has(sl));
  if (rest.length) assignItem(benefitItem, rest.reduce((s, sl) => s + split[sl], 0), lines, scheme, executed, give, fund, `service_lines.${rest.join('+')}`);
}

/**
 * The last executed year of a fund for a budget year: the latest history year before `year` with
 * a budget table (`budget_lines`), as draftBudget's input — its executed and budgeted columns, its
 * members (executed) and the members and cases its budget assumed. Empty when there is none.
 */
export function budgetInputFromHistory(fund: FundResult, year: number): BudgetYearInput {
  const last = [...fund.history].reverse().find((h) => h.year < year && h.budgetLines);
  if (!last?.budgetLines) return {};
  const b = last.budgetLines;
  const some = (r: Record<string, number>) => (Object.keys(r).length ? r : undefined);
  return {
    year: last.year,
    executed: some(b.executed),
    budgeted: some(b.budgeted),
    executedMembers: some(last.members),
    budgetedMembers: some(b.budgetedMembers),
    executedCases: some(b.executedCases),
    budgetedCases: some(b.budgetedCases),
  };
}

/** All members of a fund from its counts by status: `insured`, else actives + retirees; null when neither is known. */
export function memberCount(members: Readonly<Record<string, number>>): number | null {
  if (members.insured !== undefined) return members.insured;
  if (members.actives !== undefined && members.retirees !== undefined) return members.actives + members.retirees;
  return null;
}

/** Admissions or visits of a projected year by budget line (the service lines with `use`). */
function projectedCases(row: FundYearRow): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of CASE_LINE_IDS) {
    const c = row.serviceLines?.[id]?.cases;
    if (c !== null && c !== undefined) out[id] = c;
  }
  return out;
}

/** Every fund's draft budget for `year` (see draftBudget), in the order of the result's funds. */
export function draftBudgets(result: ProjectionResult, year: number, inputs: Readonly<Record<string, BudgetYearInput>> = {}): FundBudget[] {
  return result.funds.map((f: FundResult) => draftBudget(result, f.id, year, inputs[f.id]));
}
