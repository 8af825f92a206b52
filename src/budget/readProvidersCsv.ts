import { splitCsvLine } from '../general/splitCsvLine';
import { InputFileError } from '../input/InputFileError';
import { MAX_INPUT_BYTES, readInputFile } from '../input/readInputFile';
import { messages } from '../messages/message';
import type { ScenarioIssue } from '../scenario/ScenarioIssue';
import { ALLOCATION_ITEMS } from '../scenario/allocationSchema';

const TEXT_COLUMNS = ['id', 'name', 'name_zh', 'kind', 'level'] as const;
const NUMBER_COLUMNS = ['members', 'actual', ...ALLOCATION_ITEMS.flatMap((i) => [`last_year.${i.id}`, `visits.${i.id}`])];

/** A provider list read from CSV, in the shape of the inline `providers` list (validated afterwards by the same schema). */
export interface ProvidersCsv {
  rows: Record<string, unknown>[];
  /** where each cell is: key `${row index}` (the row's line) or `${row index}/${field path joined by /}` */
  positions: Map<string, { line: number; column: number }>;
  issues: ScenarioIssue[];
}

/**
 * Reads a provider list (定点医疗机构/医共体名单) from a CSV file: UTF-8, header line first, RFC 4180
 * quoting within a line, blank lines skipped; columns (any order, `id` and `name` required)
 *
 *   id, name, name_zh, kind, level, members, actual, last_year.<item>, visits.<item>
 *
 * with <item> one of inpatient, outpatient, out_of_region — the keys of an inline provider. An
 * empty cell is a figure not given. Money columns are in the scenario's `units.money`. Only a
 * regular file is read (readInputFile). Problems are returned as located issues (file, line,
 * column), never thrown; `path` is the provider's path below `pathPrefix`.
 */
export function readProvidersCsv(path: string, displayName: string, pathPrefix: readonly (string | number)[]): ProvidersCsv {
  const out: ProvidersCsv = { rows: [], positions: new Map(), issues: [] };
  const fail = (line: number, column: number, at: (string | number)[], m: { en: string; zh: string }, code: string, expected: string, found: string) =>
    out.issues.push({ file: displayName, path: [...pathPrefix, ...at], line, column, code, expected, found, message: m });
  let text: string;
  try {
    text = readInputFile(path, 'provider list', MAX_INPUT_BYTES, displayName);
  } catch (e) {
    if (!(e instanceof InputFileError)) throw e;
    out.issues.push({ file: displayName, path: [...pathPrefix], code: e.code === 'input.tooLarge' ? 'file_too_large' : e.code === 'input.notAFile' ? 'not_a_file' : 'file_not_found', expected: 'a regular CSV file of at most 4 MiB', found: displayName, message: { en: e.en, zh: e.zh } });
    return out;
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.trim());
  const known = new Set<string>([...TEXT_COLUMNS, ...NUMBER_COLUMNS]);
  header.forEach((h, i) => {
    if (!known.has(h)) fail(1, i + 1, [], messages('budget.allocation.csvColumn', { column: h, known: [...known] }), 'unknown_column', [...known].join(', '), h);
  });
  for (const need of ['id', 'name']) if (!header.includes(need)) fail(1, 1, [], messages('budget.allocation.csvMissingColumn', { column: need }), 'missing_column', `a header with '${need}'`, header.join(','));
  if (out.issues.length) return out;
  for (let n = 1; n < lines.length; n++) {
    if (lines[n].trim() === '') continue;
    const line = n + 1;
    const cells = splitCsvLine(lines[n]).map((c) => c.trim());
    const index = out.rows.length;
    if (cells.length !== header.length) {
      fail(line, 1, [index], messages('budget.allocation.csvCells', { expected: header.length, found: cells.length }), 'csv_cells', `${header.length} cells`, String(cells.length));
      continue;
    }
    const row: Record<string, unknown> = {};
    out.positions.set(String(index), { line, column: 1 });
    header.forEach((h, c) => {
      const cell = cells[c];
      if (cell === '') return;
      const field = h.split('.');
      out.positions.set(`${index}/${field.join('/')}`, { line, column: c + 1 });
      let value: unknown = cell;
      if (NUMBER_COLUMNS.includes(h)) {
        const v = Number(cell.replace(/,/g, ''));
        if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(cell.replace(/,/g, '')) || !Number.isFinite(v)) {
          fail(line, c + 1, [index, ...field], messages('budget.allocation.csvNumber', { column: h, value: cell }), 'invalid_type', 'a number', cell);
          return;
        }
        value = v;
      }
      if (field.length === 2) ((row[field[0]] ??= {}) as Record<string, unknown>)[field[1]] = value;
      else row[h] = value;
    });
    out.rows.push(row);
  }
  return out;
}
