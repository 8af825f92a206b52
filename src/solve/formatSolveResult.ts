import type { Lang } from '../results/labels';
import { formatTable } from '../results/formatTable';
import { describeTarget } from './describeTarget';
import { formatLeverValue as fmt } from './formatLeverValue';
import { SOLVE_TOLERANCE } from './solveLever';
import type { SolveFailure, SolveResult, SolveSuccess } from './types';
import { escapeControls } from '../results/escapeControls';
import { wrapText } from '../results/terminalTable';
import { leverLabel } from '../levers/leverLabels';

/**
 * A solve result as text for a terminal: the question (fund, lever, target, bounds, phase-in),
 * then either the solved value, binding year, path and the re-projected fund's table (every
 * `step` years), or the reason no value is given. English or Chinese. With `width` (the CLI's 80
 * unless `--wide`) the table and lines are fitted to that many display columns.
 * @example formatSolveResult(r, { lang: 'en' }) // 'Solve employer_rate for fund employee …\nSolved value: 0.1445637 …'
 */
export function formatSolveResult(r: SolveResult, options: { lang?: Lang; step?: number; width?: number } = {}): string {
  const zh = (options.lang ?? 'en') === 'zh';
  const goal = describeTarget(r.target);
  const dir = r.target.kind === 'payAsYouGo' || r.target.kind === 'stableRatio' ? null : r.direction;
  // the fund's Chinese name is in the re-projected result (a failure names the fund by its id)
  const fundZh = r.feasible ? (r as SolveSuccess).result.funds.find((f) => f.id === r.fund)?.nameZh : null;
  const out = [
    zh ? `求解：${fundZh ? `${fundZh}（${r.fund}）` : `基金 ${r.fund}`}的${leverLabel(r.lever, 'zh')}` : `Solve ${r.lever} for fund ${r.fund}`,
    zh ? `目标：${goal.zh}` : `Target: ${goal.en}`,
    zh
      ? `搜索范围：[${fmt(r.bounds[0])}, ${fmt(r.bounds[1])}]，自${r.from}年起（现值 ${fmt(r.currentValue)}）${r.maxChangePerYear ? `，每年调整不超过 ${fmt(r.maxChangePerYear)}` : ''}${dir ? `，取${dir === 'min' ? '最小' : '最大'}可行值` : ''}`
      : `Search: [${fmt(r.bounds[0])}, ${fmt(r.bounds[1])}] from ${r.from} (current value ${fmt(r.currentValue)})${r.maxChangePerYear ? `, at most ${fmt(r.maxChangePerYear)} a year` : ''}${dir ? `, ${dir === 'min' ? 'lowest' : 'highest'} feasible value` : ''}`,
  ];
  if (!r.feasible) {
    // explicit cast: notebooks compile this file without strict null checks, where `feasible` does not narrow
    const { reason } = r as SolveFailure;
    out.push(zh ? `无可行解：${reason.zh}` : `No feasible value: ${reason.en}`);
    out.push(zh ? `（共预测 ${r.iterations} 次）` : `(${r.iterations} projections)`);
    return escapeControls(wrapText(out.join('\n'), options.width), '\n') + '\n';
  }
  const s = r as SolveSuccess;
  if (s.value !== null) {
    const bound = s.atBound ? (zh ? `（已是搜索${s.atBound === 'lower' ? '下' : '上'}限，目标在该处已满足）` : ` (the ${s.atBound} bound: the target already holds there)`) : '';
    out.push(zh ? `解：${fmt(s.value)}（精度 ±${fmt(s.tolerance)}）${bound}` : `Solved value: ${fmt(s.value)} (±${fmt(s.tolerance)})${bound}`);
    if (s.tolerance > SOLVE_TOLERANCE) {
      out.push(zh ? `注意：该量级下双精度浮点数的间距大于 ${SOLVE_TOLERANCE}，精度只能达到 ±${fmt(s.tolerance)}` : `Note: at this magnitude doubles are spaced more than ${SOLVE_TOLERANCE} apart; the value is accurate only to ±${fmt(s.tolerance)}`);
    }
  }
  if (s.bindingYear !== null) out.push(zh ? `约束年份：${s.bindingYear}` : `Binding year: ${s.bindingYear}`);
  out.push(zh ? `共预测 ${s.iterations} 次` : `${s.iterations} projections`);
  const path = s.path.map((p) => `${p.year} ${fmt(p.value)}`).join(', ');
  out.push(zh ? `参数路径（各年起执行）：${path}` : `Path (in force from each year): ${path}`);
  const one = { ...s.result, funds: s.result.funds.filter((f) => f.id === s.fund) };
  out.push('', formatTable(one, { lang: zh ? 'zh' : 'en', step: options.step ?? 1, width: options.width }).trimEnd());
  return escapeControls(wrapText(out.join('\n'), options.width), '\n') + '\n';
}
