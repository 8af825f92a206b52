import { dirname, resolve } from 'node:path';
import { FundcastError } from '../errors/FundcastError';
import { readInputFile } from '../input/readInputFile';
import { validateScenario, type LoadedScenario } from '../scenario/loadScenario';
import { readYamlDocument, type YamlSource } from '../scenario/readYamlDocument';
import { ScenarioError } from '../scenario/ScenarioError';
import type { ScenarioIssue } from '../scenario/ScenarioIssue';
import { issuesFromZod } from '../scenario/zodIssues';
import { readOutOfRegionFlows, type OutOfRegionShare } from './readOutOfRegionFlows';
import { readRegionTable, type RegionRow } from './readRegionTable';
import { regionsFileSchema, type RegionsFile } from './regionsFileSchema';

/** A loaded region file: the file, its regions (table rows) and one validated scenario per region. */
export interface RegionSet {
  file: string;
  doc: RegionsFile;
  rows: RegionRow[];
  /** one single-fund scenario per region (fund id = region id), in table order */
  scenarios: LoadedScenario[];
  outOfRegion: OutOfRegionShare[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
/** Blocks of a totals fund merged key by key when a region overrides them (everything below is replaced whole). */
const MERGED_BLOCKS = new Set(['income', 'expenditure', 'opening', 'cost_control']);

/** `over` on `base`: fund keys, and the keys of MERGED_BLOCKS, one by one; anything else replaced whole. */
function mergeFund(base: Obj, over: Obj): Obj {
  const out: Obj = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = MERGED_BLOCKS.has(k) && isObj(v) && isObj(base[k]) ? { ...(base[k] as Obj), ...v } : v;
  return out;
}

/** The `stochastic` block of one region: `region.` in every `on` reference becomes the region's id. */
function regionStochastic(block: unknown, id: string): unknown {
  if (!isObj(block) || !isObj(block.shocks)) return block;
  const shocks = Object.fromEntries(Object.entries(block.shocks).map(([k, s]) => [k, isObj(s) && Array.isArray(s.on) ? { ...s, on: s.on.map((o) => (typeof o === 'string' && o.startsWith('region.') ? `${id}.${o.slice(7)}` : o)) } : s]));
  return { ...block, shocks };
}

/**
 * The scenario document of one region: a single `scheme: totals` fund with id = region id, built
 * from the shared keys, the table row (base income, expenditure, balance; local growth and
 * interest rate where given) and the region's overrides, in that order; `history` from the
 * region file's history CSV (the rows whose `fund` is the region).
 */
export function regionScenarioDocument(doc: RegionsFile, row: RegionRow, baseDir: string): Obj {
  const shared = (doc.shared ?? {}) as Obj;
  const fromRow: Obj = { name: row.name, ...(row.nameZh ? { name_zh: row.nameZh } : {}) };
  const income: Obj = { ...((shared.income as Obj) ?? {}) };
  const expenditure: Obj = { ...((shared.expenditure as Obj) ?? {}) };
  if (row.income !== undefined) income.base = row.income;
  if (row.incomeGrowth !== undefined) income.growth = row.incomeGrowth;
  if (row.expenditure !== undefined) expenditure.base = row.expenditure;
  if (row.expenditureGrowth !== undefined) expenditure.growth = row.expenditureGrowth;
  if (row.balance !== undefined) fromRow.opening = { balance: row.balance };
  if (row.interestRate !== undefined) fromRow.interest_rate = row.interestRate;
  if (doc.history) fromRow.history = { file: resolve(baseDir, doc.history.file), ...(doc.history.basis !== undefined ? { basis: doc.history.basis } : {}), ...(doc.history.source ? { source: doc.history.source } : {}) };
  let fund: Obj = { scheme: 'totals', ...shared, ...fromRow, income, expenditure };
  const over = doc.overrides?.[row.id];
  if (over) fund = mergeFund(fund, over);
  return {
    fundcast: 1,
    id: `${doc.id}.${row.id}`,
    name: `${doc.name}: ${row.name}`,
    ...(doc.name_zh ? { name_zh: `${doc.name_zh}：${row.nameZh ?? row.name}` } : {}),
    base_year: doc.base_year,
    end_year: doc.end_year,
    units: doc.units,
    ...(doc.settings ? { settings: doc.settings } : {}),
    ...(doc.stochastic !== undefined ? { stochastic: regionStochastic(doc.stochastic, row.id) } : {}),
    funds: { [row.id]: fund },
  };
}

/** Where an issue of a region's scenario comes from: the table line, the override, the shared key or the file's own key. */
function relocate(issue: ScenarioIssue, row: RegionRow, doc: RegionsFile, source: YamlSource, table: string): ScenarioIssue {
  const [head, , ...rest] = issue.path;
  const at = (path: (string | number)[], file = source.file) => {
    const pos = file === source.file ? source.position(path) : undefined;
    return { ...issue, file, path, line: pos?.line ?? (file === table ? row.line : undefined), column: pos?.column };
  };
  if (head !== 'funds') return head === 'stochastic' ? at(issue.path) : at(issue.path);
  const key = rest.join('.');
  const tableKeys: Record<string, keyof RegionRow> = { 'income.base': 'income', 'income.growth': 'incomeGrowth', 'expenditure.base': 'expenditure', 'expenditure.growth': 'expenditureGrowth', 'opening.balance': 'balance', interest_rate: 'interestRate', name: 'name', name_zh: 'nameZh' };
  const overrides = doc.overrides?.[row.id];
  if (overrides && source.has(['overrides', row.id, ...rest.slice(0, 1)])) return at(['overrides', row.id, ...rest]);
  const field = Object.entries(tableKeys).find(([k]) => key === k || key.startsWith(`${k}.`))?.[1];
  if (field && row[field] !== undefined) return { ...issue, file: table, path: [row.id, ...rest], line: row.line, column: undefined };
  return at(['shared', ...rest]);
}

/**
 * Reads a region file (YAML, `fundcast_regions: 1`), its region table, the optional history and
 * out-of-region CSVs, and validates one scenario per region with the scenario schema. Every
 * problem is located: in the region file (shared keys, overrides, the stochastic block), in the
 * table (file, line, column) or in the history CSV. Throws ScenarioError (all problems of the
 * region file or of the regions' scenarios) or FundcastError (a table or flow file).
 */
export function loadRegions(file: string): RegionSet {
  const text = readInputFile(file, 'region file');
  const { source, issues } = readYamlDocument(text, file);
  if (!source) throw new ScenarioError(issues);
  const parsed = regionsFileSchema.safeParse(source.data);
  if (!parsed.success) throw new ScenarioError([...issues, ...issuesFromZod(parsed.error, regionsFileSchema, source.data, (p) => ({ file, ...(source.position(p) ?? {}) }))]);
  const doc = parsed.data;
  for (const [where, block] of [['shared', doc.shared], ...Object.entries(doc.overrides ?? {}).map(([r, o]) => [`overrides.${r}`, o])] as [string, Obj | undefined][]) {
    if (block && 'rules' in block) throw new FundcastError('regions.balanceDependent', { file, key: `${where}.rules` });
  }
  const stochastic = doc.stochastic;
  if (isObj(stochastic) && isObj(stochastic.shocks)) {
    for (const [k, s] of Object.entries(stochastic.shocks)) if (isObj(s) && Array.isArray(s.on) && s.on.some((o) => typeof o === 'string' && o.endsWith('interest_rate'))) throw new FundcastError('regions.interestShock', { file, shock: k });
  }
  const baseDir = dirname(resolve(file));
  const tableFile = resolve(baseDir, doc.table);
  const rows = readRegionTable(tableFile, doc.table);
  const ids = rows.map((r) => r.id);
  for (const r of Object.keys(doc.overrides ?? {})) {
    if (!ids.includes(r)) throw new FundcastError('regions.unknownRegion', { file, line: source.position(['overrides', r])?.line, field: 'overrides', region: r, known: ids.slice(0, 8).join(', ') + (ids.length > 8 ? ', …' : '') });
  }
  const problems: ScenarioIssue[] = [];
  const seen = new Set<string>();
  const scenarios: LoadedScenario[] = [];
  for (const row of rows) {
    try {
      scenarios.push(validateScenario(regionScenarioDocument(doc, row, baseDir), file));
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      for (const issue of e.issues) {
        const located = issue.file === file ? relocate(issue, row, doc, source, doc.table) : issue;
        const key = `${located.file}:${located.line}:${located.path.join('.')}:${located.message.en}`;
        if (!seen.has(key)) problems.push(located);
        seen.add(key);
      }
    }
  }
  if (problems.length) throw new ScenarioError(problems);
  const outOfRegion = doc.out_of_region ? readOutOfRegionFlows(resolve(baseDir, doc.out_of_region), doc.out_of_region, ids) : [];
  return { file, doc, rows, scenarios, outOfRegion };
}
