import type { Sensitivity } from './sensitivity';
import type { SensitivityOutput } from './sensitivityOutput';
import { padToWidth as pad } from '../results/displayWidth';
import { escapeControls } from '../results/escapeControls';

/** The output's name in a language (with its year). */
export function outputName(o: SensitivityOutput, lang: 'en' | 'zh'): string {
  if (o.kind === 'exhaustion') return lang === 'zh' ? '穿底年份' : 'exhaustion year';
  if (o.kind === 'first-deficit') return lang === 'zh' ? '首次当期赤字年份' : 'first deficit year';
  if (o.kind === 'balance') return lang === 'zh' ? `${o.year}年累计结余` : `balance in ${o.year}`;
  return lang === 'zh' ? `${o.year}年可支付月数` : `months of reserve in ${o.year}`;
}

/**
 * The sensitivity as text (fits 80 columns): the three assumption sets' first-deficit and exhaustion
 * years and output, then the tornado (output with each assumption at its low-cost and high-cost value).
 * Years past the horizon print as "> end".
 */
export function formatSensitivity(s: Sensitivity, lang: 'en' | 'zh' = 'en'): string {
  const zh = lang === 'zh';
  const isYear = s.output.kind === 'exhaustion' || s.output.kind === 'first-deficit';
  const show = (v: number | null) => (v === null ? '—' : isYear ? (v > s.endYear ? `> ${s.endYear}` : String(v)) : v.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 }));
  const year = (v: number | null) => (v === null ? (zh ? `${s.endYear}年前无` : `none by ${s.endYear}`) : String(v));
  const setName = { 'low-cost': zh ? '有利（低成本）' : 'low cost', intermediate: zh ? '中间（情景）' : 'intermediate', 'high-cost': zh ? '不利（高成本）' : 'high cost' };
  const lines = [zh ? `基金 ${s.fund}：敏感性分析（${outputName(s.output, lang)}）` : `Fund ${s.fund}: sensitivity of the ${outputName(s.output, lang)}`, ''];
  lines.push(`  ${pad(zh ? '假设组合' : 'Assumption set', 18)}${pad(zh ? '首次赤字' : 'First deficit', 16, true)}${pad(zh ? '穿底' : 'Exhausted', 16, true)}${pad(zh ? '输出' : 'Output', 16, true)}`);
  for (const x of s.sets) lines.push(`  ${pad(setName[x.set], 18)}${pad(year(x.firstDeficitYear), 16, true)}${pad(year(x.exhaustionYear), 16, true)}${pad(show(x.output), 16, true)}`);
  lines.push('', zh ? `  逐项敏感性（情景值 ${show(s.base)}）` : `  One at a time (scenario: ${show(s.base)})`);
  lines.push(`  ${pad(zh ? '假设' : 'Assumption', 40)}${pad(zh ? '有利' : 'Low cost', 12, true)}${pad(zh ? '不利' : 'High cost', 12, true)}${pad(zh ? '差距' : 'Swing', 10, true)}`);
  for (const b of s.tornado) lines.push(`  ${pad(b.label[lang], 40)}${pad(show(b.lowCost.value), 12, true)}${pad(show(b.highCost.value), 12, true)}${pad(b.swing === null ? '—' : isYear ? String(b.swing) : show(b.swing), 10, true)}`);
  return escapeControls(lines.join('\n'), '\n') + '\n';
}
