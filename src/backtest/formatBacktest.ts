import type { FundBacktest } from './backtestScenario';
import { padToWidth as pad } from '../results/displayWidth';
import type { BacktestItem } from './types';
import { escapeControls } from '../results/escapeControls';
import { wrapText } from '../results/terminalTable';

const ITEM: Record<BacktestItem, { en: string; zh: string }> = {
  income: { en: 'Income', zh: '收入' },
  expenditure: { en: 'Expenditure', zh: '支出' },
  balance: { en: 'Balance', zh: '累计结余' },
  reserveMonths: { en: 'Months of reserve', zh: '可支付月数' },
};

/** The basis words of seriesFromHistory in Chinese (report, scope, maternity). */
const BASIS_ZH: Record<string, string> = {
  bulletin: '统计公报', quick_report: '快报', final_accounts: '决算', budget: '预算', audit: '审计', other: '其他',
  pooled: '统筹基金', with_accounts: '含个人账户', 'maternity included': '含生育保险', 'maternity excluded': '不含生育保险',
  'basis not stated': '口径未注明', 'no history': '无历史数据',
};
const basisZh = (basis: string) => basis.split(', ').map((w) => BASIS_ZH[w] ?? w).join('，');

const pct = (v: number | null) => (v === null ? '—' : `${(100 * v).toFixed(1)}%`);

/**
 * The backtest as a plain-text table per fund, item and horizon (fits 80 columns): each
 * forecaster's number of forecasts, MAPE, bias (mean percentage error; + = over-forecast) and skill
 * against the no-change forecast (1 − MAPE / MAPE of no change on the same origins; > 0 is better).
 * Baselines are marked with *. Every forecaster is on the same origins (listed); those left out are
 * named with the reason. Forecasters that size ranges get the coverage of their 80 % and 95 % ranges
 * (share of actuals inside) beside the mean width ((hi − lo) / forecast).
 */
export function formatBacktest(results: readonly FundBacktest[], lang: 'en' | 'zh' = 'en', items: readonly BacktestItem[] = ['income', 'expenditure']): string {
  const zh = lang === 'zh';
  const lines: string[] = [];
  for (const r of results) {
    const names = new Map(r.forecasters.map((f) => [f.id, (f.baseline ? '*' : ' ') + (zh ? f.name.zh : f.name.en)]));
    lines.push(zh ? `基金 ${r.fund}：滚动起点回测` : `Fund ${r.fund}: rolling-origin backtest`);
    lines.push(zh ? `  口径：${basisZh(r.basis)}` : `  basis: ${r.basis}`);
    if (r.dropped.length) lines.push(zh ? `  未纳入（口径不同）：${r.dropped.join('、')}年` : `  left out (another basis): ${r.dropped.join(', ')}`);
    lines.push(zh ? `  共同起点：${r.origins.length ? r.origins.join('、') : '无'}（所有方法相同）` : `  origins (the same for every method): ${r.origins.length ? r.origins.join(', ') : 'none'}`);
    for (const l of r.leftOut) lines.push(wrapText(zh ? `  未参与：${l.name.zh}——${l.reason.zh}` : `  left out: ${l.name.en} — ${l.reason.en}`, 80));
    for (const item of items) {
      for (const h of r.horizons) {
        const rows = r.summary.filter((s) => s.item === item && s.horizon === h);
        if (rows.length === 0) continue;
        lines.push('');
        lines.push(zh ? `  ${ITEM[item].zh}，提前${h}年` : `  ${ITEM[item].en}, ${h} year${h > 1 ? 's' : ''} ahead`);
        lines.push(`  ${pad(zh ? '方法' : 'Method', 40)}${pad('n', 3, true)}${pad('MAPE', 9, true)}${pad(zh ? '偏差' : 'Bias', 9, true)}${pad(zh ? '相对不变技能' : 'Skill/no chg', 14, true)}`);
        for (const s of rows) {
          lines.push(`  ${pad(names.get(s.forecaster) ?? s.forecaster, 40)}${pad(String(s.n), 3, true)}${pad(pct(s.mape), 9, true)}${pad(pct(s.bias), 9, true)}${pad(s.forecaster === 'no-change' ? '' : pct(s.skill['no-change'] ?? null), 14, true)}`);
        }
        const ranged = rows.filter((s) => s.ranges);
        if (ranged.length) {
          lines.push(`  ${pad(zh ? '区间（覆盖率，宽度）' : 'Ranges (coverage, width)', 40)}${pad('n', 3, true)}${pad('80%', 9, true)}${pad(zh ? '宽' : 'width', 7, true)}${pad('95%', 9, true)}${pad(zh ? '宽' : 'width', 7, true)}`);
          for (const s of ranged) {
            const g = s.ranges!;
            lines.push(`  ${pad(names.get(s.forecaster) ?? s.forecaster, 40)}${pad(String(g.n), 3, true)}${pad(pct(g.coverage80), 9, true)}${pad(pct(g.width80), 7, true)}${pad(pct(g.coverage95), 9, true)}${pad(pct(g.width95), 7, true)}`);
          }
        }
      }
    }
    lines.push('');
  }
  lines.push(zh ? '* 朴素基准（按总额）。（人均）：人均额与人数分别外推后相乘。' : '* naive baseline (on totals). (per head): per-head amounts and members\n  continued separately, then multiplied.');
  lines.push(zh ? 'MAPE：平均绝对百分比误差；偏差 > 0 为高估；\n技能 = 1 − MAPE / 同起点不变预测的MAPE。' : 'MAPE: mean absolute % error; bias > 0 = over-forecast;\nskill = 1 − MAPE / MAPE of no change on the same origins.');
  return escapeControls(lines.join('\n'), '\n') + '\n';
}
