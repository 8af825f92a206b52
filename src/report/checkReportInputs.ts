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
  const fail = (path: (string | number)[], en: string, zh: string): never => {
    throw new ReportError('report.input', path, en, zh);
  };
  const fund = (id: unknown, path: (string | number)[]) => {
    if (typeof id !== 'string' || !funds.has(id)) fail(path, `no fund '${String(id)}' in the projection (funds: ${[...funds].join(', ')})`, `预测结果中没有基金 '${String(id)}'（现有：${[...funds].join('、')}）`);
  };
  const finite = (v: unknown, path: (string | number)[], nullable = false) => {
    if (nullable && v === null) return;
    if (typeof v !== 'number' || !Number.isFinite(v)) fail(path, `must be a finite number${nullable ? ' or null' : ''}, found ${String(v)}`, `须为有限数${nullable ? '或 null' : ''}，实际为 ${String(v)}`);
  };
  const text = (v: unknown, path: (string | number)[]) => {
    if (!isText(v)) fail(path, 'must be text or {zh, en}', '须为文字或 {zh, en}');
  };
  const rows = (v: unknown, path: (string | number)[]) => {
    if (!Array.isArray(v) || v.length === 0) fail(path, 'must be a non-empty list', '须为非空列表');
  };
  input.history?.forEach((h, i) => {
    fund(h.fund, ['history', i, 'fund']);
    rows(h.rows, ['history', i, 'rows']);
    h.rows.forEach((r, k) => {
      if (!Number.isInteger(r.year)) fail(['history', i, 'rows', k, 'year'], `year must be an integer, found ${String(r.year)}`, `年份须为整数，实际为 ${String(r.year)}`);
      for (const key of ['income', 'expenditure', 'balance'] as const) finite(r[key], ['history', i, 'rows', k, key], true);
    });
    if (h.source !== undefined) text(h.source, ['history', i, 'source']);
  });
  input.fans?.forEach((f, i) => {
    fund(f.fund, ['fans', i, 'fund']);
    text(f.unit, ['fans', i, 'unit']);
    rows(f.rows, ['fans', i, 'rows']);
    if (!Number.isInteger(f.paths) || f.paths < 1) fail(['fans', i, 'paths'], `paths must be a whole number ≥ 1, found ${String(f.paths)}`, `路径数须为不小于 1 的整数，实际为 ${String(f.paths)}`);
    f.exhaustionProbability?.forEach((p, k) => {
      if (!(typeof p.probability === 'number' && p.probability >= 0 && p.probability <= 1)) {
        fail(['fans', i, 'exhaustionProbability', k, 'probability'], `a probability must lie in [0, 1], found ${String(p.probability)}`, `概率须在 [0, 1] 之内，实际为 ${String(p.probability)}`);
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
    b.rows.forEach((r, k) => {
      text(r.label, ['budget', i, 'rows', k, 'label']);
      if (r.values.length !== b.columns.length) fail(['budget', i, 'rows', k, 'values'], `${r.values.length} values for ${b.columns.length} columns`, `${b.columns.length} 列却有 ${r.values.length} 个数值`);
      r.values.forEach((v, j) => finite(v, ['budget', i, 'rows', k, 'values', j], true));
    });
  });
}
