/**
 * A warning about a scenario's data (not an error: the data is used as written, never "fixed") —
 * history consistency (history/checkHistory) or a value accepted without effect
 * (assumptions/checkScenarioSemantics). Same located shape as a ScenarioIssue, plus the figures
 * concerned. `fundcast validate` prints them; `--strict` makes them errors.
 */
export interface ScenarioWarning {
  /** machine-readable kind, e.g. `history_surplus_mismatch` */
  code: string;
  file: string;
  line?: number;
  column?: number;
  /** logical path in the scenario, e.g. ['funds', 'county', 'history', 'years', '2023', 'surplus'] */
  path: (string | number)[];
  /** the figures compared (named), and their difference when there is one */
  figures: Record<string, number | string | null>;
  difference: number | null;
  message: { en: string; zh: string };
}
