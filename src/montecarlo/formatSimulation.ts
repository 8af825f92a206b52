import { formatNumber, formatYear } from '../results/formatNumber';
import { label, type Lang } from '../results/labels';
import { quantileKey, type SimulationFund, type SimulationResult } from './summarizePaths';
import { escapeControls } from '../results/escapeControls';
import { terminalTable, wrapText } from '../results/terminalTable';

export interface FormatSimulationOptions {
  lang?: Lang;
  /** show every `step` years (plus the first and last); default 5 */
  step?: number;
  /**
   * Fit every line into this many display columns (the CLI passes 80 unless `--wide`): columns go
   * in this order — the months-below probability, balance 10% and 90%, months 10% and 90%, median
   * balance — and long lines are wrapped. Default: every column.
   */
  width?: number;
}

const pct = (p: number) => `${(100 * p).toFixed(1)}%`;

/**
 * A Monte Carlo summary as text tables: per fund, the exhaustion and first-deficit years
 * (median and 10–90% range, share within the horizon), the top-up needed, then by year the
 * 10/50/90% quantiles of the balance and months of reserve, and the probabilities of a deficit,
 * of exhaustion by that year and of months below the third band's lower bound (3 by default).
 */
export function formatSimulation(result: SimulationResult, options: FormatSimulationOptions = {}): string {
  const lang = options.lang ?? 'en';
  const zh = lang === 'zh';
  const s = result.settings;
  const title = zh ? (result.scenario.nameZh ?? result.scenario.name) : result.scenario.name;
  const out = [
    `${title}  [${result.scenario.id}]`,
    zh
      ? `蒙特卡洛模拟：${s.paths.toLocaleString('en-US')} 条路径，种子 ${s.seed}；金额单位：${label(result.unit.money, 'zh')}`
      : `Monte Carlo: ${s.paths.toLocaleString('en-US')} paths, seed ${s.seed}; money in ${result.unit.money}`,
  ];
  if (s.streamHash === null) out.push(zh ? '（情景没有 stochastic 部分：所有路径相同，即确定性预测）' : '(the scenario has no stochastic block: every path is the deterministic projection)');
  for (const f of result.funds) out.push('', fundTable(f, result, lang, options.step ?? 5, options.width));
  return escapeControls(wrapText(out.join('\n'), options.width), '\n') + '\n';
}

function fundTable(f: SimulationFund, result: SimulationResult, lang: Lang, step: number, width: number | undefined): string {
  const zh = lang === 'zh';
  const name = zh ? (f.nameZh ?? f.name) : f.name;
  const year = (d: SimulationFund['exhaustionYear'], q: number) => formatYear(d.quantiles[quantileKey(q)] ?? null, lang);
  const within = (d: SimulationFund['exhaustionYear']) => pct(1 - d.notWithinHorizon);
  const third = result.bands[2] ?? result.bands[result.bands.length - 1];
  const end = result.scenario.endYear;
  const topUp = f.topUpBasis === 'rule' ? (zh ? '按规则的财政兜底' : 'treasury top-up paid by the rule') : zh ? `保持 ${f.floorMonths} 个月所需的最少财政补助` : `least top-up keeping ${f.floorMonths} months`;
  const lines = zh
    ? [
        name,
        `  累计结余耗尽：${end} 年前发生的概率 ${within(f.exhaustionYear)}；中位年份 ${year(f.exhaustionYear, 0.5)}（10%–90%：${year(f.exhaustionYear, 0.1)} – ${year(f.exhaustionYear, 0.9)}）`,
        `  首个当期赤字：${end} 年前发生的概率 ${within(f.firstDeficitYear)}；中位年份 ${year(f.firstDeficitYear, 0.5)}（10%–90%：${year(f.firstDeficitYear, 0.1)} – ${year(f.firstDeficitYear, 0.9)}）`,
        `  ${topUp}：需要的概率 ${pct(f.pTopUp)}；合计中位数 ${formatNumber(f.topUpTotal.p50 ?? null)}，90% 分位 ${formatNumber(f.topUpTotal.p90 ?? null)}`,
      ]
    : [
        name,
        `  Balance exhausted by ${end}: probability ${within(f.exhaustionYear)}; median year ${year(f.exhaustionYear, 0.5)} (10–90%: ${year(f.exhaustionYear, 0.1)} – ${year(f.exhaustionYear, 0.9)})`,
        `  First current deficit by ${end}: probability ${within(f.firstDeficitYear)}; median year ${year(f.firstDeficitYear, 0.5)} (10–90%: ${year(f.firstDeficitYear, 0.1)} – ${year(f.firstDeficitYear, 0.9)})`,
        `  ${topUp[0].toUpperCase()}${topUp.slice(1)}: needed with probability ${pct(f.pTopUp)}; total median ${formatNumber(f.topUpTotal.p50 ?? null)}, 90th percentile ${formatNumber(f.topUpTotal.p90 ?? null)}`,
      ];
  const below = third.lower ?? 0;
  // narrow headers name their quantity, since the column beside them may have been dropped
  const head = width === undefined
    ? zh
      ? ['年份', '累计结余 10%', '中位数', '90%', '可支付月数 10%', '中位数', '90%', '当期赤字概率', '已耗尽概率', `月数 < ${below} 概率`]
      : ['Year', 'Balance 10%', 'median', '90%', 'Months 10%', 'median', '90%', 'P(deficit)', 'P(exhausted)', `P(months < ${below})`]
    : zh
      ? ['年份', '结余10%', '结余中位', '结余90%', '月数10%', '月数中位', '月数90%', '赤字概率', '耗尽概率', `月数<${below}概率`]
      : ['Year', 'Bal. 10%', 'Bal. median', 'Bal. 90%', 'Mo. 10%', 'Mo. median', 'Mo. 90%', 'P(deficit)', 'P(exh.)', `P(mo.<${below})`];
  const last = f.rows.length - 1;
  const rows = f.rows.filter((r, i) => i === 0 || i === last || (r.year - f.rows[0].year) % step === 0);
  const cells = rows.map((r) => [String(r.year), formatNumber(r.balance.p10), formatNumber(r.balance.p50), formatNumber(r.balance.p90), formatNumber(r.reserveMonths.p10), formatNumber(r.reserveMonths.p50), formatNumber(r.reserveMonths.p90), pct(r.pDeficit), pct(r.pExhaustedBy), pct(r.pBelow[third.id] ?? 0)]);
  const drops = width === undefined ? [] : [undefined, 5, 1, 4, 3, undefined, 2, undefined, undefined, 6];
  const table = terminalTable(head.map((h, k) => ({ head: h, cells: cells.map((r) => r[k]), drop: drops[k] })), width);
  return `${lines.join('\n')}\n${table}`;
}
