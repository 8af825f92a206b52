import { escapeHtml } from './escapeHtml';

/** A table cell: text (escaped when written) and whether it is a number (right-aligned). */
export interface Cell {
  text: string;
  num?: boolean;
  /** draw in red (a negative amount) */
  negative?: boolean;
}

/** A column header, right-aligned over numbers. */
export interface Column {
  label: string;
  num?: boolean;
}

/**
 * An HTML table with a caption, one header row and body rows; every text is escaped. Rows with
 * `className` get that class (e.g. `observed`); `tableClass` classes the table. The first cell of
 * each row is a row header.
 */
export function htmlTable(caption: string, columns: readonly Column[], rows: readonly { cells: readonly Cell[]; className?: string }[], tableClass?: string): string {
  const head = columns.map((c) => `<th scope="col"${c.num ? ' class="num"' : ''}>${escapeHtml(c.label)}</th>`).join('');
  const body = rows.map((r) => {
    const cells = r.cells.map((c, k) => {
      const cls = [c.num ? 'num' : '', c.negative ? 'neg' : ''].filter(Boolean).join(' ');
      const tag = k === 0 ? 'th scope="row"' : 'td';
      const end = k === 0 ? 'th' : 'td';
      return `<${tag}${cls ? ` class="${cls}"` : ''}>${escapeHtml(c.text)}</${end}>`;
    }).join('');
    return `<tr${r.className ? ` class="${escapeHtml(r.className)}"` : ''}>${cells}</tr>`;
  }).join('\n');
  return `<div class="wide"><table${tableClass ? ` class="${escapeHtml(tableClass)}"` : ''}>\n<caption>${escapeHtml(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>`;
}
