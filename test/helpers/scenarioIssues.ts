import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadScenario, resolveAssumptions, ScenarioError, type ScenarioIssue } from '../../src/index';

/** The issues of the ScenarioError that loading and resolving `file` must throw (fails if it is accepted). */
export function scenarioIssues(file: string): ScenarioIssue[] {
  try {
    resolveAssumptions(loadScenario(file));
  } catch (e) {
    if (e instanceof ScenarioError) return e.issues;
    throw e;
  }
  throw new Error(`${file} was accepted but must be rejected`);
}

/** [fixture file, expected path, English wording, Chinese wording] */
export type IssueCase = [string, (string | number)[], RegExp, RegExp];

/**
 * One test per broken fixture in `dir`: some issue sits at the expected path, with both wordings,
 * attributed to a YAML file.
 */
export function itReportsIssues(dir: string, cases: readonly IssueCase[]): void {
  for (const [fixture, path, en, zh] of cases) {
    it(fixture, () => {
      const issues = scenarioIssues(join(dir, fixture));
      const issue = issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
      expect(issue, JSON.stringify(issues.map((i) => [i.path, i.message.en]))).toBeDefined();
      expect(issue!.message.en).toMatch(en);
      expect(issue!.message.zh).toMatch(zh);
      expect(issue!.file.endsWith('.yaml')).toBe(true);
    });
  }
}
