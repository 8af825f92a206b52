import type { ScenarioIssue } from '../scenario/ScenarioIssue';
import { showFigure } from './checkHistory';
import { figuresAgree } from './figuresAgree';
import type { FundHistory } from './types';

type Locate = (path: (string | number)[]) => { file: string; line?: number; column?: number };

/**
 * The base-year figures of a fund with or without a history. Rule (docs/history.md): the last
 * history year is the base year, and a figure given in both places must agree —
 *   opening balance  = `opening.balance`, or the last history year's balance when `opening` is omitted;
 *   observed totals  = `observed {income, expenditure}`, or the last history year's when omitted.
 * Both given and different beyond the history's tolerance: an error naming both figures and both
 * places. No balance anywhere: an error (the projection needs one).
 */
export function historyBaseYear(
  id: string,
  spec: { opening?: { balance: number }; observed?: { income: number; expenditure: number } },
  history: FundHistory | undefined,
  locate: Locate,
): { openingBalance: number; observed: { income: number; expenditure: number } | null; issues: ScenarioIssue[] } {
  const issues: ScenarioIssue[] = [];
  const p = ['funds', id];
  const last = history?.years.at(-1);
  const conflict = (path: (string | number)[], field: string[], given: number, observed: number, en: string, zh: string) => {
    const at = history!.locate(last!.year, field);
    issues.push({
      ...locate(path),
      path,
      code: 'history_base_disagrees',
      expected: `${showFigure(observed)} (the ${last!.year} history, ${at.file}${at.line ? `:${at.line}` : ''})`,
      found: showFigure(given),
      message: {
        en: `${en} is ${showFigure(given)} here but ${showFigure(observed)} in the history for ${last!.year} (${at.file}${at.line ? ` line ${at.line}` : ''}): the base year is the last history year; give it once, or make them agree`,
        zh: `${zh}此处为 ${showFigure(given)}，而历史数据 ${last!.year} 年为 ${showFigure(observed)}（${at.file}${at.line ? ` 第 ${at.line} 行` : ''}）：基期年即最后一个历史年份；请只填一处，或使两者一致`,
      },
    });
  };
  let openingBalance = spec.opening?.balance;
  if (last && last.balance !== null) {
    if (openingBalance === undefined) openingBalance = last.balance;
    else if (!figuresAgree(openingBalance, last.balance, history!.checks)) conflict([...p, 'opening', 'balance'], ['balance'], openingBalance, last.balance, 'the opening balance', '期初累计结余');
  }
  if (openingBalance === undefined) {
    issues.push({
      ...locate(p),
      path: [...p, 'opening'],
      code: 'missing_key',
      expected: 'opening: {balance: …}, or a history whose last year gives the balance',
      found: 'nothing',
      message: {
        en: `fund '${id}' needs its base-year balance: give opening.balance, or a balance for the last history year`,
        zh: `基金 '${id}' 需要基期年累计结余：请填写 opening.balance，或在最后一个历史年份给出累计结余`,
      },
    });
    openingBalance = 0;
  }
  let observed = spec.observed ? { ...spec.observed } : null;
  if (last && last.income !== null && last.expenditure !== null) {
    if (!observed) observed = { income: last.income, expenditure: last.expenditure };
    else {
      if (!figuresAgree(observed.income, last.income, history!.checks)) conflict([...p, 'observed', 'income'], ['income'], observed.income, last.income, 'observed income', '观测收入');
      if (!figuresAgree(observed.expenditure, last.expenditure, history!.checks)) conflict([...p, 'observed', 'expenditure'], ['expenditure'], observed.expenditure, last.expenditure, 'observed expenditure', '观测支出');
    }
  }
  return { openingBalance, observed, issues };
}
