import { checkBudgetLines } from './checkBudgetLines';
import { figuresAgree } from './figuresAgree';
import { showFigure } from './showFigure';
import type { FundHistory, HistoryBasis, HistoryYear, ScenarioWarning } from './types';

export { showFigure };

const BASIS_NAMES: Record<keyof HistoryBasis, { en: string; zh: string }> = {
  report: { en: 'report', zh: '数据来源（公报/快报等）' },
  scope: { en: 'scope (pooled fund / with individual accounts)', zh: '口径（统筹基金/含个人账户）' },
  maternity: { en: 'maternity insurance', zh: '生育保险口径' },
};

/**
 * Consistency checks on a fund's history. Each finding is a located warning (file, line, path,
 * the figures, their difference) in English and Chinese; the data is never changed. In year order:
 *
 * - `history_surplus_mismatch`: a reported surplus S ≠ I − E;
 * - `history_balance_mismatch`: B_t ≠ B_{t−1} + S_t for consecutive years on one basis
 *   (S_t = I_t − E_t when both are reported, else the reported surplus — so a mistyped surplus
 *   raises one warning, not two);
 * - `history_items_sum`: Σ income items ≠ income, Σ expenditure items ≠ expenditure,
 *   actives + retirees ≠ insured (when all three are given);
 * - `history_basis_change`: a stated basis field (report, scope, maternity) differs from the value
 *   last stated before it (an unstated field carries the earlier value on; see sameBasisSpans);
 * - the budget tables of the years (`budget_lines`): checkBudgetLines;
 * - `history_jump`: a total, member count or per-head amount changes year on year by more than
 *   `jumpThreshold` (over a gap of g years, the annual rate (x_t / x_prev)^(1/g) − 1), same basis only.
 *
 * "Agree" means |a − b| ≤ max(absoluteTolerance, relativeTolerance × the largest term), so a
 * figure rounded in publication does not raise a warning.
 */
export function checkHistory(h: FundHistory): ScenarioWarning[] {
  const out: ScenarioWarning[] = [];
  const path = (y: HistoryYear, field: string[]) => ['funds', h.fund, 'history', 'years', String(y.year), ...field];
  const warn = (y: HistoryYear, field: string[], code: string, figures: ScenarioWarning['figures'], difference: number | null, en: string, zh: string) =>
    out.push({ code, ...h.locate(y.year, field), path: path(y, field), figures, difference, message: { en: `fund '${h.fund}', ${y.year}: ${en}`, zh: `基金 '${h.fund}' ${y.year} 年：${zh}` } });
  const f = showFigure;
  let prev: HistoryYear | null = null;
  // the basis last stated for each field, and in which year (an unstated field carries it on)
  const stated: Record<keyof HistoryBasis, { value: string; year: number } | null> = { report: null, scope: null, maternity: null };
  for (const y of h.years) {
    const { income: I, expenditure: E, surplus: S } = y;
    if (S !== null && I !== null && E !== null && !figuresAgree(S, I - E, h.checks, I, E)) {
      const d = S - (I - E);
      warn(y, ['surplus'], 'history_surplus_mismatch', { surplus: S, income: I, expenditure: E, income_minus_expenditure: I - E }, d,
        `reported surplus ${f(S)} ≠ income ${f(I)} − expenditure ${f(E)} = ${f(I - E)} (difference ${f(d)})`,
        `报告的当期结余 ${f(S)} ≠ 收入 ${f(I)} − 支出 ${f(E)} = ${f(I - E)}（差额 ${f(d)}）`);
    }
    for (const [kind, total, items, zhKind] of [['income', I, y.incomeItems, '收入'], ['expenditure', E, y.expenditureItems, '支出']] as const) {
      const names = Object.keys(items);
      if (total === null || names.length === 0) continue;
      const sum = names.reduce((s, k) => s + items[k], 0);
      if (!figuresAgree(sum, total, h.checks)) {
        warn(y, [`${kind}_items`], 'history_items_sum', { [kind]: total, sum_of_items: sum, items: names.join('+') }, sum - total,
          `${kind} items (${names.join(' + ')}) sum to ${f(sum)}, but ${kind} is ${f(total)} (difference ${f(sum - total)})`,
          `${zhKind}分项（${names.join(' + ')}）合计 ${f(sum)}，而${zhKind}总额为 ${f(total)}（差额 ${f(sum - total)}）`);
      }
    }
    const m = y.members;
    if (m.actives !== undefined && m.retirees !== undefined && m.insured !== undefined && !figuresAgree(m.actives + m.retirees, m.insured, h.checks)) {
      const sum = m.actives + m.retirees;
      warn(y, ['members'], 'history_items_sum', { actives: m.actives, retirees: m.retirees, insured: m.insured }, sum - m.insured,
        `actives ${f(m.actives)} + retirees ${f(m.retirees)} = ${f(sum)}, but insured is ${f(m.insured)} (difference ${f(sum - m.insured)})`,
        `在职 ${f(m.actives)} + 退休 ${f(m.retirees)} = ${f(sum)}，而参保人数为 ${f(m.insured)}（差额 ${f(sum - m.insured)}）`);
    }
    if (prev) {
      const changed = (Object.keys(BASIS_NAMES) as (keyof HistoryBasis)[]).filter((k) => stated[k] !== null && y.basis[k] !== null && stated[k]!.value !== y.basis[k]);
      for (const k of changed) {
        const from = stated[k]!;
        warn(y, ['basis', k], 'history_basis_change', { field: k, previous_year: from.year, from: from.value, to: y.basis[k] }, null,
          `the ${BASIS_NAMES[k].en} changes from '${from.value}' (${from.year}) to '${y.basis[k]}': the years before and after are not one series`,
          `${BASIS_NAMES[k].zh}由 '${from.value}'（${from.year} 年）变为 '${y.basis[k]}'：前后年份的数据不能视为同一序列`);
      }
      if (changed.length === 0) {
        // the flows of the year: I − E when both are reported (a mistyped surplus is flagged above, once), else the reported surplus
        const St = I !== null && E !== null ? I - E : S;
        if (y.year === prev.year + 1 && y.balance !== null && prev.balance !== null && St !== null && !figuresAgree(y.balance, prev.balance + St, h.checks, prev.balance, St)) {
          const expected = prev.balance + St;
          warn(y, ['balance'], 'history_balance_mismatch', { balance: y.balance, previous_balance: prev.balance, surplus: St, previous_balance_plus_surplus: expected }, y.balance - expected,
            `balance ${f(y.balance)} ≠ ${prev.year} balance ${f(prev.balance)} + surplus ${f(St)} = ${f(expected)} (difference ${f(y.balance - expected)})`,
            `累计结余 ${f(y.balance)} ≠ ${prev.year} 年累计结余 ${f(prev.balance)} + 当期结余 ${f(St)} = ${f(expected)}（差额 ${f(y.balance - expected)}）`);
        }
        jumps(prev, y, h.checks.jumpThreshold, warn);
      }
    }
    prev = y;
    for (const k of Object.keys(BASIS_NAMES) as (keyof HistoryBasis)[]) if (y.basis[k] !== null) stated[k] = { value: y.basis[k]!, year: y.year };
  }
  out.push(...checkBudgetLines(h));
  return out;
}

type Warn = (y: HistoryYear, field: string[], code: string, figures: ScenarioWarning['figures'], difference: number | null, en: string, zh: string) => void;

const JUMP_LABELS: Record<string, string> = { income: '收入', expenditure: '支出', actives: '在职人数', retirees: '退休人数', insured: '参保人数' };

function jumps(prev: HistoryYear, y: HistoryYear, threshold: number, warn: Warn): void {
  const gap = y.year - prev.year;
  const pairs: [string[], number | null | undefined, number | null | undefined][] = [
    [['income'], prev.income, y.income],
    [['expenditure'], prev.expenditure, y.expenditure],
    ...Object.keys(y.members).map((k) => [['members', k], prev.members[k as keyof HistoryYear['members']], y.members[k as keyof HistoryYear['members']]] as [string[], number | undefined, number | undefined]),
    ...Object.keys(y.perHead).map((k) => [['per_head', k], prev.perHead[k as keyof HistoryYear['perHead']], y.perHead[k as keyof HistoryYear['perHead']]] as [string[], number | undefined, number | undefined]),
  ];
  for (const [field, a, b] of pairs) {
    if (a === null || a === undefined || b === null || b === undefined || a <= 0) continue;
    const rate = Math.pow(b / a, 1 / gap) - 1;
    if (Math.abs(rate) <= threshold) continue;
    // a change too large for a double (from a denormal previous value): a jump, its rate not a number to report
    if (!Number.isFinite(rate)) {
      warn(y, field, 'history_jump', { previous_year: prev.year, previous: a, current: b, annual_change: null, threshold }, Number.isFinite(b - a) ? b - a : null,
        `${field.join('.')} changes from ${a} in ${prev.year} to ${b}: a jump beyond any rate`, `${field.join('.')} 由${prev.year}年的 ${a} 变为 ${b}：变化幅度无法用增长率表示`);
      continue;
    }
    const name = field.join('.');
    const per = gap === 1 ? '' : ` a year over ${gap} years`;
    const perZh = gap === 1 ? '' : `（${gap} 年间年均）`;
    warn(y, field, 'history_jump', { previous_year: prev.year, previous: a, current: b, annual_change: rate, threshold }, b - a,
      `${name} changes from ${showFigure(a)} (${prev.year}) to ${showFigure(b)}, ${(rate * 100).toFixed(1)}%${per}, beyond the ${(threshold * 100).toFixed(1)}% threshold (history.checks.jump_threshold)`,
      `${JUMP_LABELS[field.at(-1)!] ?? name} 由 ${showFigure(a)}（${prev.year} 年）变为 ${showFigure(b)}，变动 ${(rate * 100).toFixed(1)}%${perZh}，超过阈值 ${(threshold * 100).toFixed(1)}%（history.checks.jump_threshold）`);
  }
}
