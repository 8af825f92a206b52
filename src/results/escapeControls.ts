/**
 * Characters that must not reach a terminal, a table or a document raw: C0 controls (ESC starts
 * terminal escape sequences), DEL, C1 controls (U+009B is an 8-bit CSI), the Arabic letter mark,
 * left-to-right/right-to-left marks, line and paragraph separators, and the bidirectional
 * embeddings, overrides and isolates (which can reorder the text shown around them).
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Shows control characters visibly as `\uXXXX` (uppercase hex), so a name holding a terminal escape
 * sequence prints as text instead of acting on the terminal, and an SVG or table stays well formed.
 * The result is still valid inside a JSON string (the same escape syntax), so a whole JSON text
 * may be passed through. `keep` lists characters left as they are (e.g. '\n' for a whole table).
 *
 * @example escapeControls('fund\u001b[2J') // 'fund\\u001B[2J'
 */
export function escapeControls(text: string, keep = ''): string {
  return text.replace(CONTROLS, (c) => (keep.includes(c) ? c : `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`));
}
