import { messages } from '../messages/message';
import { relocated } from '../errors/FundcastError';
import { InputFileError } from '../input/InputFileError';
import { readInputFile } from '../input/readInputFile';
import { isAbsolute, join } from 'node:path';
import { DemographyError } from './demographyError';
import { findPackageRoot } from '../general/findPackageRoot';
import { splitCsvLine } from '../general/splitCsvLine';

/** One data row of a shipped CSV file, with typed accessors that throw on bad cells. */
export interface CsvRow {
  /** 1-based line number in the file (the header is line 1). */
  readonly line: number;
  /** Raw text of a cell (may be empty). */
  text(column: string): string;
  /** Cell parsed as a finite number; throws `demography.dataMalformed` if empty or not a number. */
  number(column: string): number;
}

/** A parsed CSV file: its absolute path and its data rows. */
export interface CsvTable {
  readonly path: string;
  /** Header names, in file order. */
  readonly columns: readonly string[];
  readonly rows: readonly CsvRow[];
}

/**
 * Read a CSV file shipped in the package's `data/` folder.
 *
 * Format: UTF-8, first line is the header, comma-separated, optional double quotes around a
 * cell (`""` inside quotes is a literal quote); blank lines are skipped. The file is located
 * from the package root (see `findPackageRoot`), so it works under tsx, vitest and tslab.
 *
 * @param relativePath path below the package root, e.g. `data/demography/population-aging.csv`,
 *   or an absolute path (used for a user's own file in the same layout)
 * @param requiredColumns header names that must be present
 * @returns the parsed table
 * @throws DemographyError `demography.dataFileMissing` if the file does not exist; `demography.dataMalformed` if a
 *   required column is missing, a row has the wrong number of cells, or (later, from a row
 *   accessor) a numeric cell is not a finite number
 */
export function readDataCsv(relativePath: string, requiredColumns: readonly string[]): CsvTable {
  const path = isAbsolute(relativePath) ? relativePath : join(findPackageRoot(), relativePath);
  let text: string;
  try {
    text = readInputFile(path, 'data file', undefined, relativePath);
  } catch (e) {
    if (!(e instanceof InputFileError)) throw e;
    if (e.code === 'input.notFound') throw new DemographyError('demography.dataFileMissing', { relativePath, path });
    // a folder, FIFO, device or a file over the size limit: the same message, as this module's error
    throw new DemographyError(...relocated(e, {}, []));
  }
  const lines = text.split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '');
  for (const column of requiredColumns) {
    if (!header.includes(column)) {
      throw malformed(relativePath, 1, messages('demography.csv.missingColumn', { column }));
    }
  }
  const index = new Map(header.map((name, i) => [name, i] as const));
  const rows: CsvRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const cells = splitCsvLine(lines[i]);
    const line = i + 1;
    if (cells.length !== header.length) {
      throw malformed(relativePath, line, messages('demography.csv.cellCount', { expected: header.length, found: cells.length }));
    }
    const text = (column: string): string => {
      const at = index.get(column);
      if (at === undefined) throw malformed(relativePath, line, messages('demography.csv.noColumn', { column }));
      return cells[at];
    };
    const number = (column: string): number => {
      const raw = text(column).trim();
      const value = raw === '' ? NaN : Number(raw);
      if (!Number.isFinite(value)) {
        throw malformed(relativePath, line, messages('demography.csv.notNumber', { column, raw }));
      }
      return value;
    };
    rows.push({ line, text, number });
  }
  return { path, columns: header, rows };
}

function malformed(file: string, line: number, reason: { en: string; zh: string }): DemographyError {
  return new DemographyError('demography.dataMalformed.malformed', { file, line, ...reason });
}
