import { escapeControls } from '../results/escapeControls';

/**
 * Text made safe for HTML element content and quoted attribute values: control characters
 * (terminal escapes, C1 controls, bidirectional overrides and isolates — see escapeControls; tab
 * and newline kept) are shown as `\uXXXX`, then `& < > " '` become entities. Every piece of user
 * text in a report (scenario, fund and parameter names, descriptions, sources) goes through it.
 * Non-strings are converted with String(). Never throws.
 *
 * @example
 * escapeHtml('<b>A&B</b>\u001b[31m'); // => '&lt;b&gt;A&amp;B&lt;/b&gt;\\u001B[31m'
 */
export function escapeHtml(text: unknown): string {
  return escapeControls(String(text), '\t\n')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
