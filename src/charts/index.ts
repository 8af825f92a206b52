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

export { fanChartSpec } from './fanChartSpec';
export type { FanChartOptions, FanRowLike } from './fanChartSpec';

// Every chart of a projection
export { projectionCharts } from './projectionCharts';
export type { NamedChart, ProjectionChartsOptions } from './projectionCharts';

// Rendering
export { renderSvg, DEFAULT_CHART_FONT } from './renderSvg';
export { renderPng } from './renderPng';
export type { RenderPngOptions } from './renderPng';
export { chartFiles } from './chartFiles';
export { findCjkFonts } from './findCjkFonts';
export { loadVega } from './loadVega';
export type { VegaModules } from './loadVega';
