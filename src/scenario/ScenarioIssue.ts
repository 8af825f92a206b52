/**
 * One problem found in a scenario file, as data first (text second).
 *
 * Errors are collected as plain records — which file, which path in the document, what was
 * expected, what was found — so that the CLI, a notebook and a test can all use the same failure.
 * `message` carries the same sentence in English and in Chinese.
 */
export interface ScenarioIssue {
  /** The scenario file the offending value came from (as given by the user, or `<inline>`). */
  file: string;
  /** Path of the value inside the document, e.g. `['funds', 'employee', 'contributions', 'employer_rate']`. */
  path: (string | number)[];
  /** Machine-readable kind: `invalid_type`, `unknown_key`, `too_small`, `too_big`, `invalid_value`, `yaml_syntax`, ... */
  code: string;
  /** What the schema expected, in English (e.g. `a number ≤ 1`). */
  expected?: string;
  /** What was found, rendered briefly (e.g. `8`, `"abc"`, `an object`). */
  found?: string;
  /** 1-based line and column of the value in the file, when known. */
  line?: number;
  column?: number;
  message: { en: string; zh: string };
}

/** `funds.employee.contributions.employer_rate`, or `(document root)` for the empty path. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(document root)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/**
 * Renders one issue as a single line: `file:line:col path — English / 中文`.
 */
export function formatIssue(issue: ScenarioIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}:${issue.column ?? 1}` : issue.file;
  return `${where}  ${formatPath(issue.path)}\n    ${issue.message.en}\n    ${issue.message.zh}`;
}
