/**
 * One CSV field (RFC 4180): empty for null; quoted, with its quotes doubled, when it holds a comma, a
 * quote or a line break (LF or CR); otherwise the text as it is. The one quoting rule of every CSV
 * fundcast writes.
 */
export function csvField(v: string | number | boolean | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
