/** C0 and C1 control characters other than tab and newline, DEL, and the bidirectional overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069) that can reorder what a reader sees. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text made safe for HTML element content and quoted attribute values: `& < > " '` become
 * entities, and control characters (C0/C1 except tab and newline, DEL, bidi overrides and
 * isolates) are replaced by U+FFFD so that they show as "�" instead of acting. Every piece of
 * user text in a report (scenario, fund and parameter names, descriptions, sources) goes
 * through it. Non-strings are converted with String(). Never throws.
 *
 * @example
 * escapeHtml('<b>A&B</b>\u001b[31m'); // => '&lt;b&gt;A&amp;B&lt;/b&gt;�[31m'
 */
export function escapeHtml(text: unknown): string {
  return String(text)
    .replace(UNSAFE, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Text with the same control characters replaced by U+FFFD but no entities: for text handed to
 * another serialiser that escapes markup itself (chart titles drawn by vega into SVG).
 */
export function stripControls(text: string): string {
  return text.replace(UNSAFE, '\ufffd');
}
