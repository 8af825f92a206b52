import Table from 'cli-table3';
import { displayWidth } from './displayWidth';

/** The width terminal output keeps to unless `--wide` is given: a classic 80-column terminal. */
export const TERMINAL_WIDTH = 80;

/** One column of a terminal table: its header, its alignment and its cells (one per row). */
export interface TerminalColumn {
  head: string;
  align?: 'left' | 'right';
  cells: string[];
  /**
   * Lower keeps the column longer when the table must fit `width`: columns are dropped from the
   * highest `drop` number down; a column without `drop` is never dropped.
   */
  drop?: number;
}

/** The widest line of a text, in terminal columns (CJK characters count 2). */
export function textWidth(text: string): number {
  return Math.max(0, ...text.split('\n').map(displayWidth));
}

function render(columns: TerminalColumn[]): string {
  const table = new Table({ head: columns.map((c) => c.head), style: { head: [], border: [], compact: true }, colAligns: columns.map((c) => c.align ?? 'right') });
  const rows = columns[0]?.cells.length ?? 0;
  for (let i = 0; i < rows; i++) table.push(columns.map((c) => c.cells[i]));
  return table.toString();
}

/**
 * A boxed text table (cli-table3). With `width`, the droppable columns go one at a time, the
 * highest `drop` first, until every line fits `width` display columns (or none is left to drop);
 * without it every column is shown (`--wide`, files).
 */
export function terminalTable(columns: TerminalColumn[], width?: number): string {
  let shown = columns;
  let text = render(shown);
  while (width !== undefined && textWidth(text) > width) {
    const droppable = shown.filter((c) => c.drop !== undefined);
    if (!droppable.length) break;
    const worst = droppable.reduce((a, b) => ((b.drop as number) > (a.drop as number) ? b : a));
    shown = shown.filter((c) => c !== worst);
    text = render(shown);
  }
  return text;
}

/**
 * `text` wrapped so no line is wider than `width` display columns: lines break at spaces, or
 * between any two CJK characters; a wrapped line's continuation keeps its leading spaces plus
 * two. Without `width` the text is returned as it is.
 */
export function wrapText(text: string, width?: number): string {
  if (width === undefined) return text;
  return text.split('\n').map((line) => wrapLine(line, width)).join('\n');
}

function wrapLine(line: string, width: number): string {
  if (displayWidth(line) <= width) return line;
  const indent = /^ */.exec(line)![0];
  const next = indent + '  ';
  // tokens: a run of non-space non-CJK characters up to a '+' (ids joined as a+b+c) with its
  // following spaces, or one CJK character;
  // closing punctuation stays with the character before it (a line never starts with '）' or '，')
  const tokens = line.slice(indent.length).match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef][）)。，、；：！？”’%]*|[^\s+\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+\+?[）。，、；：！？]*\s*|\+\s*|\s+/gu) ?? [];
  const out: string[] = [];
  let current = indent;
  for (const token of tokens) {
    const fits = displayWidth(current + token.trimEnd()) <= width;
    if (!fits && current.trim() !== '') {
      out.push(current.trimEnd());
      current = next + token.trimStart();
    } else current += token;
  }
  out.push(current.trimEnd());
  return out.join('\n');
}

/** "excessive (> 15 months)" → "excessive", "结余过多（超过15个月）" → "结余过多": a band label without its bracketed range. */
export function shortBandLabel(label: string): string {
  const short = label.replace(/\s*[（(][^()（）]*[)）]\s*$/u, '');
  return short === '' ? label : short;
}
