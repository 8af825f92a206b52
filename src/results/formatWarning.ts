import { formatPath } from '../scenario/ScenarioIssue';
import type { ScenarioWarning } from '../history/types';
import { escapeControls } from './escapeControls';

/** One warning as text: `file:line:col path`, then the English and the Chinese sentence. */
export function formatWarning(w: ScenarioWarning): string {
  const where = w.line ? `${w.file}:${w.line}:${w.column ?? 1}` : w.file;
  return escapeControls(`warning ${w.code}: ${where}  ${formatPath(w.path)}\n    ${w.message.en}\n    ${w.message.zh}`, '\n');
}
