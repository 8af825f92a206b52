import { formatIssue, type ScenarioIssue } from './ScenarioIssue';

/**
 * Thrown when a scenario cannot be read, merged or validated. `issues` holds every problem
 * found (not only the first); `message` lists them in English and Chinese.
 */
export class ScenarioError extends Error {
  readonly issues: ScenarioIssue[];

  constructor(issues: ScenarioIssue[]) {
    const n = issues.length;
    super(
      `Invalid scenario: ${n} problem${n === 1 ? '' : 's'} / 情景文件无效：${n} 处问题\n` +
        issues.map(formatIssue).join('\n'),
    );
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}
