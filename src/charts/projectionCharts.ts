import { label } from '../results/labels';
import type { ProjectionResult } from '../results/types';
import { balanceChartSpec } from './balanceChartSpec';
import { dependencyChartSpec } from './dependencyChartSpec';
import { pyramidChartSpec, pyramidMaxCount } from './pyramidChartSpec';
import { reserveChartSpec } from './reserveChartSpec';
import { reserveComparisonChartSpec } from './reserveComparisonChartSpec';
import type { ChartLang, VegaLiteSpec } from './types';

/** One chart of a projection: a file-safe name (fund ids are `[a-z][a-z0-9_-]*`) and its spec. */
export interface NamedChart {
  /** e.g. `employee-reserve`, `employee-balance`, `employee-pyramid-2050`, `employee-dependency` */
  name: string;
  fund: string;
  kind: 'reserve' | 'balance' | 'pyramid' | 'dependency' | 'reserve-comparison' | 'fan' | 'risk' | 'exhaustion-years' | 'tornado';
  spec: VegaLiteSpec;
}

/** Options of {@link projectionCharts}. */
export interface ProjectionChartsOptions {
  lang?: ChartLang;
  /** footnote lines on every chart (source, "illustrative assumptions" …) */
  footnote?: string | readonly string[];
  /** a second projection of the same funds (e.g. the scenario without its reform overlays): adds a
   * months-of-reserve comparison per fund present in both */
  compareWith?: { result: ProjectionResult; label: string; ownLabel: string };
}

/**
 * Every chart the library draws for a projection, in reading order: for each fund its months of
 * reserve over the warning bands and its income, expenditure and balance (money axis in the
 * result's unit); for an age-detailed fund also its membership pyramids (one per pyramid year, on
 * one shared scale) and its dependency ratios; with `compareWith`, the two projections' months of
 * reserve side by side. Pure: specs only, nothing drawn.
 *
 * @example
 * for (const c of projectionCharts(result, { lang: 'zh' })) writeFileSync(`${c.name}.svg`, await renderSvg(c.spec));
 */
export function projectionCharts(result: ProjectionResult, options: ProjectionChartsOptions = {}): NamedChart[] {
  const lang = options.lang ?? 'zh';
  const footnote = options.footnote;
  const unit = label(result.unit.money, lang);
  const charts: NamedChart[] = [];
  for (const f of result.funds) {
    const fund = f;
    const fundName = lang === 'zh' ? (f.nameZh ?? f.name) : f.name;
    charts.push({ name: `${f.id}-reserve`, fund: f.id, kind: 'reserve', spec: reserveChartSpec(fund, { lang, bands: result.bands, footnote }) });
    charts.push({ name: `${f.id}-balance`, fund: f.id, kind: 'balance', spec: balanceChartSpec(fund, { lang, unit, footnote }) });
    const demo = f.demography;
    if (demo && demo.pyramid.length > 0) {
      const maxCount = pyramidMaxCount(demo.pyramid);
      for (const year of [...new Set(demo.pyramid.map((r) => r.year))].sort((a, b) => a - b)) {
        const title = lang === 'zh' ? `${fundName}：人口与参保身份金字塔（${year}年）` : `${fundName}: population by membership status, ${year}`;
        charts.push({ name: `${f.id}-pyramid-${year}`, fund: f.id, kind: 'pyramid', spec: pyramidChartSpec(demo.pyramid, { year, lang, maxCount, footnote, title }) });
      }
    }
    if (demo && demo.dependency.length > 0) {
      const measures = demo.dependency.some((r) => r.activesPerRetiree !== null) ? ['activesPerRetiree', 'oldAge'] as const : ['oldAge'] as const;
      const title = lang === 'zh' ? `${fundName}：抚养比` : `${fundName}: dependency ratios`;
      charts.push({ name: `${f.id}-dependency`, fund: f.id, kind: 'dependency', spec: dependencyChartSpec([{ label: fundName, rows: demo.dependency }], { lang, measures, footnote, title }) });
    }
    const other = options.compareWith?.result.funds.find((g) => g.id === f.id);
    if (other && options.compareWith) {
      charts.push({
        name: `${f.id}-reserve-comparison`, fund: f.id, kind: 'reserve-comparison',
        spec: reserveComparisonChartSpec([{ label: options.compareWith.label, fund: other }, { label: options.compareWith.ownLabel, fund }],
          { lang, bands: result.bands, footnote, title: lang === 'zh' ? `${f.nameZh ?? f.name}：各情景累计结余可支付月数` : `${f.name}: months of reserve by scenario` }),
      });
    }
  }
  return charts;
}
