import { z } from 'zod';
import { scenarioSchema } from './scenarioSchema';

/**
 * The JSON Schema (draft 2020-12) of scenario files, for editors (e.g. the YAML language server's
 * `# yaml-language-server: $schema=...`). Every parameter carries `unit` and `description`.
 * Checks that JSON Schema cannot express (end_year ≤ base_year + 150, band order) are done by
 * `fundcast validate`.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scenarioSchema, { unrepresentable: 'any' }),
    title: 'fundcast scenario (format 1)',
  };
}
