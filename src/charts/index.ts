// fundcast charts: Vega-Lite specs of fund results and headless SVG rendering.

// Input shapes and errors
export type { BandLike, ChartLang, FundLike, FundRowLike, VegaLiteSpec } from './types';
export { ChartError } from './ChartError';

// Chart specs
export { reserveChartSpec } from './reserveChartSpec';
export type { ReserveChartOptions } from './reserveChartSpec';
export { balanceChartSpec } from './balanceChartSpec';
export { reserveComparisonChartSpec } from './reserveComparisonChartSpec';
export type { ReserveComparisonOptions } from './reserveComparisonChartSpec';
export type { BalanceChartOptions } from './balanceChartSpec';

// Rendering
export { renderSvg, DEFAULT_CHART_FONT } from './renderSvg';
export { loadVega } from './loadVega';
export type { VegaModules } from './loadVega';
