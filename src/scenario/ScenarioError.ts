import { formatIssue, type ScenarioIssue } from './ScenarioIssue';

/**
 * At most this many problems are located and listed (locating one walks the document); a file with
 * more says "at least N" — fixing the first ones usually fixes the rest.
 */
export const MAX_LISTED_ISSUES = 100;

/**
 * Thrown when a scenario cannot be read, merged or validated. `issues` holds every problem
 * found (not only the first); `message` lists them in English and Chinese.
 */
export class ScenarioError extends Error {
  readonly issues: ScenarioIssue[];

  constructor(issues: ScenarioIssue[]) {
    const n = issues.length;
    const more = n > MAX_LISTED_ISSUES ? `\n… ${n - MAX_LISTED_ISSUES} more not listed / 另有 ${n - MAX_LISTED_ISSUES} 处未列出` : '';
    super(
      `Invalid scenario: ${n >= MAX_LISTED_ISSUES ? 'at least ' : ''}${n} problem${n === 1 ? '' : 's'} / 情景文件无效：${n >= MAX_LISTED_ISSUES ? '至少 ' : ''}${n} 处问题\n` +
        issues.slice(0, MAX_LISTED_ISSUES).map(formatIssue).join('\n') + more,
    );
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}
