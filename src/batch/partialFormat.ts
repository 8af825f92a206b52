import { Float64, Int16, RecordBatch, Schema, Table, tableFromIPC, tableToIPC, Uint32, Utf8, vectorFromArray } from 'apache-arrow';
import { FundcastError } from '../errors/FundcastError';

/** Format tag of a shard's partial result (schema metadata `fundcast_format`). */
export const PARTIAL_FORMAT = 'fundcast-batch-partial/1';
/** Format tag of the merged per-path table that `fundcast merge` writes. */
export const MERGED_FORMAT = 'fundcast-batch-paths/1';

/**
 * Per-path outcomes, column by column (docs/batch.md): one row per (scenario, path, rule, entity)
 * in that order of nesting — entity = each region in table order, then `province` (Σ regions +
 * upper fund) and, under the adjustment-fund rule, `adjustment_fund`.
 */
export interface OutcomeColumns {
  scenario: string[];
  rule: string[];
  entity: string[];
  path: number[];
  /** first year with a current deficit after transfers; null: none */
  first_deficit_year: (number | null)[];
  /** first year with a balance below zero (the adjustment fund: first year it could not pay in full); null: never */
  exhaustion_year: (number | null)[];
  /** Σ least treasury top-up over the horizon, units.money */
  top_up: number[];
  /** top_up per base-year insured person, yuan */
  top_up_per_insured: number[];
  /** balance at the end year, units.money */
  end_balance: number[];
}

/** The column names of OutcomeColumns, in file order. */
export const OUTCOME_COLUMNS = ['scenario', 'rule', 'entity', 'path', 'first_deficit_year', 'exhaustion_year', 'top_up', 'top_up_per_insured', 'end_balance'] as const;

/** Empty columns. */
export function emptyOutcomes(): OutcomeColumns {
  return { scenario: [], rule: [], entity: [], path: [], first_deficit_year: [], exhaustion_year: [], top_up: [], top_up_per_insured: [], end_balance: [] };
}

/**
 * Arrow IPC file bytes (the Arrow "file" format, readable by pyarrow, DuckDB, Polars, R arrow) of
 * the outcomes as ONE record batch, with `metadata` as the schema's key-value metadata. The bytes
 * depend only on the values: the same outcomes give the same file, whatever produced them.
 * Column types: scenario, rule, entity utf8; path uint32; the years int16 (null = none);
 * money float64.
 */
export function encodeOutcomes(c: OutcomeColumns, metadata: Record<string, string>): Uint8Array {
  const columns = {
    scenario: vectorFromArray(c.scenario, new Utf8()),
    rule: vectorFromArray(c.rule, new Utf8()),
    entity: vectorFromArray(c.entity, new Utf8()),
    path: vectorFromArray(c.path, new Uint32()),
    first_deficit_year: vectorFromArray(c.first_deficit_year, new Int16()),
    exhaustion_year: vectorFromArray(c.exhaustion_year, new Int16()),
    top_up: vectorFromArray(c.top_up, new Float64()),
    top_up_per_insured: vectorFromArray(c.top_up_per_insured, new Float64()),
    end_balance: vectorFromArray(c.end_balance, new Float64()),
  };
  const plain = new Table(columns);
  const schema = new Schema(plain.schema.fields, new Map(Object.entries(metadata).sort(([a], [b]) => (a < b ? -1 : 1))));
  // vectorFromArray builds each column as one chunk, so the table is one record batch
  if (plain.batches.length !== 1 && c.path.length > 0) throw new FundcastError('batch.encode.batches', { n: plain.batches.length });
  const batches = plain.batches.map((b) => new RecordBatch(schema, b.data));
  return tableToIPC(new Table(schema, batches), 'file');
}

/**
 * Reads outcome columns and metadata back from Arrow IPC bytes, checking the format tag and the
 * columns; `file` names the file in errors (`batch.merge.notPartial`).
 */
export function decodeOutcomes(bytes: Uint8Array, file: string, format: string): { columns: OutcomeColumns; metadata: Record<string, string> } {
  let table: Table;
  try {
    table = tableFromIPC(bytes);
  } catch (e) {
    throw new FundcastError('batch.merge.notPartial', { file, reason: `not an Arrow IPC file: ${(e as Error).message}` });
  }
  const metadata = Object.fromEntries(table.schema.metadata);
  if (metadata.fundcast_format !== format) throw new FundcastError('batch.merge.notPartial', { file, reason: `fundcast_format is '${metadata.fundcast_format ?? ''}', expected '${format}'` });
  const names = table.schema.fields.map((f) => f.name);
  if (names.join(',') !== OUTCOME_COLUMNS.join(',')) throw new FundcastError('batch.merge.notPartial', { file, reason: `columns ${names.join(', ')}` });
  const col = <T>(name: string) => [...table.getChild(name)!] as T[];
  return {
    metadata,
    columns: {
      scenario: col<string>('scenario'),
      rule: col<string>('rule'),
      entity: col<string>('entity'),
      path: col<number>('path'),
      first_deficit_year: col<number | null>('first_deficit_year'),
      exhaustion_year: col<number | null>('exhaustion_year'),
      top_up: col<number>('top_up'),
      top_up_per_insured: col<number>('top_up_per_insured'),
      end_balance: col<number>('end_balance'),
    },
  };
}
