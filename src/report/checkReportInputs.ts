import { ReportError } from './ReportError';
import type { ReportInput, ReportText } from './reportTypes';

const isText = (x: unknown): x is ReportText | string =>
  typeof x === 'string' || (typeof x === 'object' && x !== null && typeof (x as ReportText).zh === 'string' && typeof (x as ReportText).en === 'string');

/**
 * Checks the report's optional inputs before anything is drawn: every fund id names a fund of the
 * projection, every number is finite (null where allowed), every text is a string or {zh, en},
 * and lists that are drawn are not empty.
 *
 * @throws ReportError `report.input` with the path of the first bad value, in English and Chinese.
 */
export function checkReportInputs(input: ReportInput): void {
  const funds = new Set(input.result.funds.map((f) => f.id));
  const fail = (e: ReportError): never => {
    throw e;
  };
  const fund = (id: unknown, path: (string | number)[]) => {
    if (typeof id !== 'string' || !funds.has(id)) fail(new ReportError('report.input.fund', { id: String(id), funds: [...funds] }, path));
  };
  const finite = (v: unknown, path: (string | number)[], nullable = false) => {
    if (nullable && v === null) return;
    if (typeof v !== 'number' || !Number.isFinite(v)) fail(new ReportError('report.input.finite', { nullable, v: String(v) }, path));
  };
  const text = (v: unknown, path: (string | number)[]) => {
    if (!isText(v)) fail(new ReportError('report.input.text', {}, path));
  };
  const rows = (v: unknown, path: (string | number)[]) => {
    if (!Array.isArray(v) || v.length === 0) fail(new ReportError('report.input.rows', {}, path));
  };
  input.history?.forEach((h, i) => {
    fund(h.fund, ['history', i, 'fund']);
    rows(h.rows, ['history', i, 'rows']);
    h.rows.forEach((r, k) => {
      if (!Number.isInteger(r.year)) fail(new ReportError('report.input.year', { year: String(r.year) }, ['history', i, 'rows', k, 'year']));
      for (const key of ['income', 'expenditure', 'balance'] as const) finite(r[key], ['history', i, 'rows', k, key], true);
    });
    if (h.source !== undefined) text(h.source, ['history', i, 'source']);
  });
  input.fans?.forEach((f, i) => {
    fund(f.fund, ['fans', i, 'fund']);
    text(f.unit, ['fans', i, 'unit']);
    rows(f.rows, ['fans', i, 'rows']);
    if (!Number.isInteger(f.paths) || f.paths < 1) fail(new ReportError('report.input.paths', { paths: String(f.paths) }, ['fans', i, 'paths']));
    f.exhaustionProbability?.forEach((p, k) => {
      if (!(typeof p.probability === 'number' && p.probability >= 0 && p.probability <= 1)) {
        fail(new ReportError('report.input.probability', { probability: String(p.probability) }, ['fans', i, 'exhaustionProbability', k, 'probability']));
      }
    });
  });
  input.sensitivity?.forEach((s, i) => {
    fund(s.fund, ['sensitivity', i, 'fund']);
    text(s.outcome, ['sensitivity', i, 'outcome']);
    text(s.unit, ['sensitivity', i, 'unit']);
    finite(s.base, ['sensitivity', i, 'base']);
    rows(s.rows, ['sensitivity', i, 'rows']);
    s.rows.forEach((r, k) => {
      text(r.parameter, ['sensitivity', i, 'rows', k, 'parameter']);
      for (const key of ['low', 'high', 'outcomeLow', 'outcomeHigh'] as const) finite(r[key], ['sensitivity', i, 'rows', k, key]);
    });
  });
  input.budget?.forEach((b, i) => {
    text(b.title, ['budget', i, 'title']);
    text(b.unit, ['budget', i, 'unit']);
    rows(b.rows, ['budget', i, 'rows']);
    b.columns.forEach((c, k) => text(c, ['budget', i, 'columns', k]));
    b.notes?.forEach((x, k) => text(x, ['budget', i, 'notes', k]));
    if (b.decimals !== undefined && !(Number.isInteger(b.decimals) && b.decimals >= 0 && b.decimals <= 6)) fail(new ReportError('report.input.finite', { nullable: false, v: String(b.decimals) }, ['budget', i, 'decimals']));
    b.rows.forEach((r, k) => {
      text(r.label, ['budget', i, 'rows', k, 'label']);
      if (r.values.length !== b.columns.length) fail(new ReportError('report.input.valueCount', { values: r.values.length, columns: b.columns.length }, ['budget', i, 'rows', k, 'values']));
      r.values.forEach((v, j) => finite(v, ['budget', i, 'rows', k, 'values', j], true));
    });
  });
}
