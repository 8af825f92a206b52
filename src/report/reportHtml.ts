import { fanChartSpec } from '../charts/fanChartSpec';
import { projectionCharts } from '../charts/projectionCharts';
import { renderSvg } from '../charts/renderSvg';
import { checkIdentities } from '../results/checkIdentities';
import { formatNumber, formatPercent } from '../results/formatNumber';
import { label, type Lang } from '../results/labels';
import type { FundResult, ProjectionResult } from '../results/types';
import { verdict } from '../solve/verdict';
import { assumptionRows } from './assumptionRows';
import { escapeHtml } from './escapeHtml';
import { htmlTable, type Cell, type Column } from './htmlTable';
import { message } from '../messages/message';
import { monitorSectionHtml } from './monitorSection';
import { prefixSvgIds } from './prefixSvgIds';
import { ReportError } from './ReportError';
import { REPORT_LABELS, REPORT_TEXT, reportLabel, type ReportLabelKey } from './reportLabels';
import { REPORT_CSS } from './reportStyles';
import type { ReportInput, ReportText } from './reportTypes';
import { checkReportInputs } from './checkReportInputs';

/**
 * The report's language when none is asked for: Chinese when the scenario or one of its funds
 * has a Chinese name, else English.
 */
export function defaultReportLang(result: ProjectionResult): Lang {
  return result.scenario.nameZh || result.funds.some((f) => f.nameZh) ? 'zh' : 'en';
}

/** Counters for numbered figures and tables. */
class Numbering {
  figures = 0;
  tables = 0;
}

const money = (v: number | null): Cell => ({ text: formatNumber(v, 1), num: true, negative: v !== null && v < 0 });
const months = (v: number | null): Cell => ({ text: formatNumber(v, 1), num: true, negative: v !== null && v < 0 });
// the gap rate (E − I)/I: positive is a current deficit, shown as the negative figure it is for the fund
const gap = (v: number | null): Cell => ({ text: formatPercent(v), num: true, negative: v !== null && v > 0 });

/**
 * One self-contained HTML document reporting a projection, in Chinese or English: cover with the
 * scenario and its units, summary of findings (the verdict of each fund), key figures, the charts
 * (inline SVG: months of reserve over the warning bands, flows and balance, pyramids and
 * dependency ratios for age-detailed funds), history against the projection, stochastic fans,
 * sensitivity and budget tables when given, the assumption table with units (and sources when the
 * scenario gives them), the projection tables by fund and year, and notes. Inline CSS with an A4
 * print stylesheet; no script, no external resource, so it opens without a network and prints as
 * it shows. Every piece of user text is escaped (markup and control characters cannot act). The
 * same inputs give the same bytes (no date is written).
 *
 * @throws ReportError `report.identities` when the projection breaks an accounting identity,
 *   `report.input` (with the path) for an invalid optional input, and ChartError from the charts.
 * @example
 * const html = await reportHtml({ result, scenario: loaded.scenario, lang: 'zh' });
 */
export async function reportHtml(input: ReportInput): Promise<string> {
  const { result, scenario } = input;
  const broken = checkIdentities(result);
  if (broken.length) {
    throw new ReportError('report.identities', { broken: broken.slice(0, 3) }, ['result']);
  }
  checkReportInputs(input);
  const lang = input.lang ?? defaultReportLang(result);
  const L = (key: ReportLabelKey) => reportLabel(key, lang);
  const colon = lang === 'zh' ? '：' : ': ';
  const t = (x: ReportText | string | undefined) => (x === undefined ? '' : typeof x === 'string' ? x : x[lang]);
  const fundName = (f: { name: string; nameZh: string | null }) => (lang === 'zh' ? (f.nameZh ?? f.name) : f.name);
  const fundById = new Map(result.funds.map((f) => [f.id, f]));
  const nameOf = (id: string) => { const f = fundById.get(id); return f ? fundName(f) : id; };
  const unit = label(result.unit.money, lang);
  const n = new Numbering();
  const caption = (title: string) => REPORT_TEXT.tableCaption(lang, ++n.tables, title);

  const figure = async (spec: Record<string, unknown>, title: string, note?: string) => {
    const k = ++n.figures;
    // the caption carries the title: the chart's own would repeat it
    const { title: _title, ...untitled } = spec;
    const svg = prefixSvgIds(await renderSvg(untitled), `f${k}-`);
    return `<figure id="figure-${k}"><figcaption>${escapeHtml(REPORT_TEXT.figureCaption(lang, k, title))}</figcaption>\n${svg}\n${note ? `<p class="source">${escapeHtml(note)}</p>` : ''}</figure>`;
  };

  const sections: { id: string; title: string; html: string; className?: string }[] = [];

  // summary of findings
  const verdicts = result.funds.map((f) => verdict(result, f.id, { lang }));
  sections.push({
    id: 'summary', title: L('summary'),
    html: verdicts.map((v) => `<div class="verdict status-${escapeHtml(v.status)}"><h3>${escapeHtml(lang === 'zh' ? v.name.zh : v.name.en)}<span class="badge">${escapeHtml(REPORT_LABELS[v.status as ReportLabelKey]?.[lang] ?? v.status)}</span></h3><p>${escapeHtml(v.text)}</p></div>`).join('\n'),
  });

  // key figures: one row per figure, one column per fund (reads down, fits A4 with several funds)
  const keyColumns: Column[] = [{ label: '' }, ...result.funds.map((f) => ({ label: fundName(f), num: true }))];
  const year = (y: number | null, bad: boolean): Cell => ({ text: y === null ? L('none') : String(y), num: true, negative: bad && y !== null });
  const keyFigure = (key: ReportLabelKey, cell: (f: FundResult, i: number) => Cell) => ({ cells: [{ text: L(key) }, ...result.funds.map(cell)] });
  const keyRows = [
    keyFigure('status', (_f, i) => ({ text: REPORT_LABELS[verdicts[i].status as ReportLabelKey]?.[lang] ?? verdicts[i].status, num: true })),
    keyFigure('openingBalance', (f) => money(f.base.balance)),
    keyFigure('firstYearIncome', (f) => money(f.rows[0].income)),
    keyFigure('firstYearExpenditure', (f) => money(f.rows[0].expenditure)),
    keyFigure('firstDeficitYear', (f) => year(f.firstDeficitYear, false)),
    keyFigure('exhaustionYear', (f) => year(f.exhaustionYear, true)),
    keyFigure('endMonths', (f) => months(f.rows[f.rows.length - 1].reserveMonths)),
    keyFigure('lowestMonths', (_f, i) => {
      const low = verdicts[i].smallest;
      return { text: low ? REPORT_TEXT.monthsYear(lang, formatNumber(low.months, 1), low.year) : '—', num: true, negative: low !== null && low.months < 0 };
    }),
  ];
  sections.push({ id: 'key-figures', title: L('keyFigures'),
    html: `${htmlTable(caption(L('keyFigures')), keyColumns, keyRows)}\n<p class="unit">${escapeHtml(REPORT_TEXT.amountsIn(lang, unit))}</p>` });

  // charts
  const charts = projectionCharts(result, { lang, footnote: input.chartFootnote, compareWith: input.compareWith });
  const figures: string[] = [];
  for (const c of charts) figures.push(await figure(c.spec, String(c.spec.title ?? c.name)));
  sections.push({ id: 'charts', title: L('charts'), html: figures.join('\n') });

  // history vs projection: the given histories, else the observed years the projection carries
  const histories = input.history ?? result.funds.filter((f) => (f.history?.length ?? 0) > 0).map((f) => ({
    fund: f.id,
    rows: f.history.map((r) => ({ year: r.year, income: r.income, expenditure: r.expenditure, balance: r.balance })),
    source: [...new Set(f.history.map((r) => r.source).filter((x): x is string => !!x))].join('; ') || undefined,
  }));
  if (histories.length) {
    const parts = histories.map((h) => {
      const f = fundById.get(h.fund) as FundResult;
      const observed = h.rows.map((r) => ({ className: 'observed', cells: [{ text: String(r.year) }, money(r.income), money(r.expenditure), money(r.balance), { text: L('observed') }] }));
      const lastObserved = Math.max(...h.rows.map((r) => r.year));
      const projected = f.rows.filter((r) => r.year > lastObserved).slice(0, 5)
        .map((r) => ({ cells: [{ text: String(r.year) }, money(r.income), money(r.expenditure), money(r.balance), { text: L('projected') }] }));
      const cols: Column[] = [{ label: label('year', lang) }, { label: label('income', lang), num: true }, { label: label('expenditure', lang), num: true }, { label: label('balance', lang), num: true }, { label: L('basis') }];
      const src = t(h.source);
      return htmlTable(caption(REPORT_TEXT.historyOf(lang, fundName(f))), cols, [...observed, ...projected])
        + `\n<p class="unit">${escapeHtml(REPORT_TEXT.amountsIn(lang, unit))}${src ? `　${escapeHtml(`${L('source')}${colon}${src}`)}` : ''}</p>`;
    });
    sections.push({ id: 'history', title: L('history'), html: parts.join('\n') });
  }

  // stochastic fans
  if (input.fans?.length) {
    const parts: string[] = [];
    for (const fan of input.fans) {
      const measure = fan.measure === 'reserveMonths' ? label('reserveMonths', lang) : label('balance', lang);
      const title = lang === 'zh' ? `${nameOf(fan.fund)}：${measure}` : `${nameOf(fan.fund)}: ${measure}`;
      const pct = (q: number) => `${Number((100 * q).toPrecision(6))}%`;
      const [o, n2] = [fan.levels.outer.map(pct).join('–'), fan.levels.inner.map(pct).join('–')];
      const paths = fan.paths.toLocaleString('en-US');
      const note = lang === 'zh' ? `${paths} 条模拟路径，随机种子 ${fan.seed}；深色为 ${n2} 分位区间，浅色为 ${o} 分位区间，线为中位数。`
        : `${paths} simulated paths, seed ${fan.seed}; dark band the ${n2} quantile range, light band ${o}, line the median.`;
      parts.push(await figure(fanChartSpec(fan.rows, { measure, unit: t(fan.unit), title, lang }), title, note));
      if (fan.exhaustionProbability?.length) {
        const cols: Column[] = [{ label: label('year', lang) }, { label: lang === 'zh' ? '基金穿底概率' : 'Probability of exhaustion', num: true }];
        parts.push(htmlTable(caption(lang === 'zh' ? `${nameOf(fan.fund)}：基金穿底概率` : `${nameOf(fan.fund)}: probability of exhaustion`), cols,
          fan.exhaustionProbability.map((p) => ({ cells: [{ text: String(p.year) }, { text: `${(100 * p.probability).toFixed(1)}%`, num: true }] }))));
      }
    }
    sections.push({ id: 'fans', title: L('fans'), html: parts.join('\n') });
  }

  // sensitivity
  if (input.sensitivity?.length) {
    const parts = input.sensitivity.map((s) => {
      const cols: Column[] = [{ label: L('parameter') }, { label: L('low'), num: true }, { label: L('high'), num: true }, { label: L('unit') },
        { label: L('outcomeLow'), num: true }, { label: L('outcomeHigh'), num: true }, { label: L('swing'), num: true }];
      const rows = [...s.rows].sort((a, b) => Math.abs(b.outcomeHigh - b.outcomeLow) - Math.abs(a.outcomeHigh - a.outcomeLow))
        .map((r) => ({ cells: [{ text: t(r.parameter) }, { text: String(r.low), num: true }, { text: String(r.high), num: true }, { text: t(r.unit) },
          { text: formatNumber(r.outcomeLow, 1), num: true }, { text: formatNumber(r.outcomeHigh, 1), num: true }, { text: formatNumber(Math.abs(r.outcomeHigh - r.outcomeLow), 1), num: true }] }));
      const title = `${nameOf(s.fund)}：${t(s.outcome)}（${t(s.unit)}）`;
      return htmlTable(caption(lang === 'zh' ? title : `${nameOf(s.fund)}: ${t(s.outcome)} (${t(s.unit)})`), cols, rows)
        + `\n<p class="unit">${escapeHtml(`${L('baseOutcome')}${colon}${formatNumber(s.base, 1)} ${t(s.unit)}`)}</p>`;
    });
    sections.push({ id: 'sensitivity', title: L('sensitivity'), html: parts.join('\n') });
  }

  // the current year month by month
  if (input.monitor?.length) sections.push({ id: 'monitor', title: message('monthly.label.section', {}, lang), html: await monitorSectionHtml(input.monitor, lang, caption, nameOf, figure) });

  // budget
  if (input.budget?.length) {
    const parts = input.budget.map((b) => {
      const cols: Column[] = [{ label: '' }, ...b.columns.map((c) => ({ label: t(c), num: true }))];
      const figure = (v: number | null): Cell => ({ text: formatNumber(v, b.decimals ?? 1), num: true, negative: v !== null && v < 0 });
      const rows = b.rows.map((r) => ({ cells: [{ text: t(r.label) }, ...r.values.map(figure)], className: r.total ? 'total' : undefined }));
      const src = t(b.source);
      return htmlTable(caption(t(b.title)), cols, rows)
        + `\n<p class="unit">${escapeHtml(REPORT_TEXT.amountsIn(lang, t(b.unit)))}${src ? `　${escapeHtml(`${L('source')}${colon}${src}`)}` : ''}</p>`
        + (b.notes?.length ? `\n<ul class="budget-notes">${b.notes.map((x) => `<li>${escapeHtml(t(x))}</li>`).join('')}</ul>` : '');
    });
    sections.push({ id: 'budget', title: L('budget'), html: parts.join('\n') });
  }

  // assumptions
  const assumptions = assumptionRows(scenario, lang);
  const hasSources = assumptions.some((a) => a.source !== null);
  const aCols: Column[] = [{ label: L('parameter') }, { label: L('value') }, { label: L('unit') }, { label: L('description') }, ...(hasSources ? [{ label: L('source') }] : [])];
  const aParts = result.funds.map((f) => htmlTable(caption(REPORT_TEXT.assumptionsOf(lang, fundName(f))), aCols,
    assumptions.filter((a) => a.fund === f.id).map((a) => ({ cells: [{ text: a.path }, { text: a.value }, { text: a.unit }, { text: a.description }, ...(hasSources ? [{ text: a.source ?? '' }] : [])] })), 'assumption-table'));
  const scenarioSource = (scenario as { source?: string }).source;
  sections.push({ id: 'assumptions', title: L('assumptions'), className: 'assumptions',
    html: aParts.join('\n') + (scenarioSource ? `\n<p class="source">${escapeHtml(`${L('source')}${colon}${scenarioSource}`)}</p>` : '') });

  // projection tables
  const pParts = result.funds.map((f) => {
    const cols: Column[] = ['year', 'income', 'expenditure', 'surplus', 'balance', 'reserveMonths', 'gapRate', 'band'].map((k) => ({ label: label(k, lang), num: k !== 'band' && k !== 'year' }));
    const bandLabel = new Map(result.bands.map((b) => [b.id, lang === 'zh' ? b.labelZh : b.labelEn]));
    const rows = f.rows.map((r) => ({ cells: [{ text: String(r.year) }, money(r.income), money(r.expenditure), money(r.surplus), money(r.balance), months(r.reserveMonths), gap(r.gapRate), { text: bandLabel.get(r.band) ?? label(r.band, lang) }] }));
    // items that are zero in every year are left out (said under the table)
    const nonZero = (items: (r: (typeof f.rows)[number]) => Record<string, number>) =>
      [...new Set(f.rows.flatMap((r) => Object.keys(items(r))))].filter((k) => f.rows.some((r) => (items(r)[k] ?? 0) !== 0));
    const incomeKeys = nonZero((r) => r.incomeItems);
    const spendKeys = nonZero((r) => r.expenditureItems);
    const itemCols: Column[] = [{ label: label('year', lang) }, ...[...incomeKeys, ...spendKeys].map((k) => ({ label: label(k, lang), num: true }))];
    const itemRows = f.rows.map((r) => ({ cells: [{ text: String(r.year) }, ...incomeKeys.map((k) => money(r.incomeItems[k] ?? null)), ...spendKeys.map((k) => money(r.expenditureItems[k] ?? null))] }));
    return `<h3>${escapeHtml(fundName(f))}</h3>\n${htmlTable(caption(REPORT_TEXT.projectionOf(lang, fundName(f))), cols, rows)}\n<p class="unit">${escapeHtml(REPORT_TEXT.amountsIn(lang, unit))}</p>\n`
      + `${htmlTable(caption(REPORT_TEXT.itemsOf(lang, fundName(f))), itemCols, itemRows, 'items-table')}\n<p class="unit">${escapeHtml(`${REPORT_TEXT.amountsIn(lang, unit)}${lang === 'zh' ? '；' : '; '}${L('zeroItems')}`)}</p>`;
  });
  sections.push({ id: 'projection', title: L('projection'), className: 'projection-tables', html: pParts.join('\n') });

  // notes
  const generatorLine = input.generator ?? `fundcast ${result.fundcastVersion}`;
  const notes = [L('noteProjection'), L('noteIdentities'), L('noteBands'), `${L('generatedBy')}${colon}${generatorLine}`];
  sections.push({ id: 'notes', title: L('notes'), className: 'notes', html: `<ol>${notes.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ol>` });

  const s = result.scenario;
  const title = lang === 'zh' ? (s.nameZh ?? s.name) : s.name;
  const meta: [string, string][] = [
    [L('scenarioId'), s.id],
    [L('horizon'), REPORT_TEXT.horizon(lang, s.baseYear + 1, s.endYear)],
    [L('baseYear'), String(s.baseYear)],
    [L('moneyUnit'), unit],
    [L('personsUnit'), label(result.unit.persons, lang)],
    [L('files'), s.files.join(', ')],
    [L('scenarioHash'), s.hash],
    ...(s.overlays.length ? [[L('overlays'), s.overlays.map((o) => (lang === 'zh' ? o.nameZh ?? o.name : o.name)).join('；')] as [string, string]] : []),
  ];
  const numbered = sections.map((sec, i) => ({ ...sec, heading: lang === 'zh' ? `${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'][i]}、${sec.title}` : `${i + 1}. ${sec.title}` }));
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(generatorLine)}">
<title>${escapeHtml(`${title} — ${L('documentTitle')}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<header class="cover">
<p class="kicker">${escapeHtml(L('documentTitle'))}</p>
<h1>${escapeHtml(title)}</h1>
<dl class="meta">
${meta.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('\n')}
</dl>
</header>
<nav class="toc" aria-label="${escapeHtml(L('contents'))}"><ol>
${numbered.map((sec) => `<li><a href="#${sec.id}">${escapeHtml(sec.heading)}</a></li>`).join('\n')}
</ol></nav>
${numbered.map((sec) => `<section id="${sec.id}"${sec.className ? ` class="${sec.className}"` : ''}>\n<h2>${escapeHtml(sec.heading)}</h2>\n${sec.html}\n</section>`).join('\n')}
</main>
</body>
</html>
`;
}
