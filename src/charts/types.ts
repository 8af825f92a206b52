/**
 * Minimal input shapes of the charts. The projection results are structurally compatible
 * with them, so charts depend on no engine module.
 */

/** One projected (or observed) year of one fund. Money in one unit throughout (e.g. 亿元). */
export interface FundRowLike {
  year: number;
  income: number;
  expenditure: number;
  /** income − expenditure of the year (当期结余). */
  surplus: number;
  /** cumulative balance at year end (累计结余). */
  balance: number;
  /** balance / (expenditure / 12), or null when undefined (e.g. no expenditure). */
  reserveMonths: number | null;
  /** id of the warning band the year falls in. */
  band: string;
}

/** One observed (history) year of one fund: figures the history does not give are null. */
export interface ObservedRowLike {
  year: number;
  income: number | null;
  expenditure: number | null;
  balance: number | null;
  reserveMonths: number | null;
}

/** One fund's result: its rows by year and the two key dates. */
export interface FundLike {
  id: string;
  name: string;
  /** Chinese name, used for titles when lang is 'zh' (falls back to `name`) */
  nameZh?: string | null;
  rows: FundRowLike[];
  /** observed years before the projection, oldest first (drawn solid with dots; projections then dashed) */
  history?: readonly ObservedRowLike[];
  /** first year with surplus < 0 (当期赤字), or null. */
  firstDeficitYear: number | null;
  /** first year with balance < 0 (基金穿底), or null. */
  exhaustionYear: number | null;
  /** 'extension' when the warning bands are the employee-fund standard applied to this fund
   * (the reserve chart then says so in a footnote). */
  bandBasis?: 'official' | 'extension' | 'custom';
}

/** A warning band of reserve months, [lower, upper); null means unbounded on that side. */
export interface BandLike {
  id: string;
  labelZh: string;
  labelEn: string;
  lower: number | null;
  upper: number | null;
}

/** Language of the chart's titles, axis titles and legends. */
export type ChartLang = 'zh' | 'en';

/** A Vega-Lite specification as a plain JSON object (vega-lite's own types are not
 * importable under tslab, whose resolver ignores package `exports`). */
export type VegaLiteSpec = Record<string, unknown>;
