import type { z } from 'zod';
import type { ScenarioIssue } from './ScenarioIssue';
import { allowedKeysAt } from './allowedKeysAt';
import { closestKey } from './closestKey';
import { MAX_LISTED_ISSUES } from './ScenarioError';

type Path = (string | number)[];
type Locate = (path: Path) => { file: string; line?: number; column?: number };
// zod's issue type is a large union; we read its fields defensively.
type AnyIssue = Record<string, any> & { code: string; path: PropertyKey[]; message: string };

/** Brief English/Chinese rendering of a found value. */
export function describeValue(v: unknown): { en: string; zh: string } {
  if (v === undefined) return { en: 'nothing (the field is missing)', zh: '缺失（未填写该字段）' };
  if (v === null) return { en: 'null (empty)', zh: '空值 null' };
  if (typeof v === 'number') return { en: `the number ${v}`, zh: `数字 ${v}` };
  if (typeof v === 'string') return { en: `the text ${JSON.stringify(v)}`, zh: `文本 ${JSON.stringify(v)}` };
  if (typeof v === 'boolean') return { en: `the boolean ${v}`, zh: `布尔值 ${v}` };
  if (Array.isArray(v)) return { en: `a list of ${v.length} items`, zh: `含 ${v.length} 项的列表` };
  return { en: 'a mapping (key: value pairs)', zh: '映射（键: 值）' };
}

const typeNames: Record<string, { en: string; zh: string }> = {
  number: { en: 'a number', zh: '数字' },
  string: { en: 'a text', zh: '文本' },
  boolean: { en: 'true or false', zh: '布尔值 true 或 false' },
  object: { en: 'a mapping (key: value pairs)', zh: '映射（键: 值）' },
  record: { en: 'a mapping (key: value pairs)', zh: '映射（键: 值）' },
  array: { en: 'a list', zh: '列表' },
  int: { en: 'a whole number', zh: '整数' },
};

function bound(issue: AnyIssue, small: boolean): { en: string; zh: string } {
  const limit = small ? issue.minimum : issue.maximum;
  if (issue.origin === 'string') return small ? { en: `a text of at least ${limit} characters`, zh: `至少 ${limit} 个字符的文本` } : { en: `a text of at most ${limit} characters`, zh: `至多 ${limit} 个字符的文本` };
  if (issue.origin === 'array') return small ? { en: `a list of at least ${limit} items`, zh: `至少 ${limit} 项的列表` } : { en: `a list of at most ${limit} items`, zh: `至多 ${limit} 项的列表` };
  const op = small ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
  const opZh = small ? (issue.inclusive ? '不小于' : '大于') : issue.inclusive ? '不大于' : '小于';
  return { en: `a number ${op} ${limit}`, zh: `${opZh} ${limit} 的数` };
}

/** Depth of progress a union branch made: the longest path among its issues. */
function branchDepth(issues: AnyIssue[]): number {
  let d = 0;
  for (const i of issues) d = Math.max(d, i.path.length + (i.code === 'invalid_type' ? 0 : 0.5) + (i.code === 'invalid_union' ? 1 : 0));
  return d;
}

/**
 * Translates zod issues into ScenarioIssues with English and Chinese messages.
 *
 * For a union (a parameter that may be a number, a year map, or {interpolate, values}) zod reports
 * every branch's failure; we keep the branch that got furthest into the value, which is the one
 * the user evidently meant. Unknown keys get one issue each, with the allowed keys and the
 * closest match ("did you mean").
 */
export function issuesFromZod(error: z.ZodError, schema: z.ZodType, root: unknown, locate: Locate): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  const visit = (issue: AnyIssue, prefix: Path) => {
    const path = [...prefix, ...(issue.path as Path)];
    const at = (p: Path) => ({ ...locate(p), path: p });
    switch (issue.code) {
      case 'invalid_union': {
        const branches: AnyIssue[][] = issue.errors ?? [];
        if (branches.length === 0) {
          // zod lists the discriminator's values (every scheme, every distribution) on the issue
          const d = issue.discriminator ?? 'scheme';
          const options = ((issue.options as unknown[] | undefined) ?? []).map(String);
          const dPath = path.at(-1) === d ? path : [...path, d];
          out.push({ ...at(dPath), code: 'invalid_value', expected: `one of: ${options.join(', ')}`, found: describeValue(valueAt(root, dPath)).en, message: { en: `expected ${d} to be one of: ${options.join(', ')}; found ${describeValue(valueAt(root, dPath)).en}`, zh: `${d} 应为以下之一：${options.join('、')}；实际为${describeValue(valueAt(root, dPath)).zh}` } });
          return;
        }
        const missing = valueAt(root, path) === undefined;
        if (missing) {
          // a required field given in none of its forms: name the forms instead of the first branch's
          const forms = [...new Set(branches.map((b) => typeNames[b[0]?.expected]?.en ?? 'a value'))];
          const formsZh = [...new Set(branches.map((b) => typeNames[b[0]?.expected]?.zh ?? '取值'))];
          out.push({ ...at(path), code: 'missing', expected: forms.join(' or '), found: 'nothing', message: { en: `required field is missing (expected ${forms.join(' or ')})`, zh: `缺少必填字段（应为${formsZh.join('或')}）` } });
          return;
        }
        let best = branches[0];
        for (const b of branches) if (branchDepth(b) > branchDepth(best) || (branchDepth(b) === branchDepth(best) && b.length < best.length)) best = b;
        for (const sub of best) visit(sub, path);
        return;
      }
      case 'unrecognized_keys': {
        const allowed = allowedKeysAt(schema, path, root);
        for (const key of (issue.keys as string[]).slice(0, MAX_LISTED_ISSUES)) {
          const guess = closestKey(key, allowed);
          const hint = guess ? ` — did you mean '${guess}'?` : '';
          const hintZh = guess ? `——是否应为 '${guess}'？` : '';
          const list = allowed.length ? ` (allowed here: ${allowed.join(', ')})` : '';
          const listZh = allowed.length ? `（此处允许：${allowed.join('、')}）` : '';
          out.push({ ...at([...path, key]), code: 'unknown_key', expected: allowed.length ? `one of: ${allowed.join(', ')}` : 'no key here', found: key, message: { en: `unknown key '${key}'${hint}${list}`, zh: `未知的键 '${key}'${hintZh}${listZh}` } });
        }
        return;
      }
      case 'invalid_key': {
        const inner = (issue.issues?.[0]?.message as string) ?? 'a valid key';
        out.push({ ...at(path), code: 'invalid_key', expected: inner, found: String(issue.input), message: { en: `invalid key ${JSON.stringify(issue.input)}: expected ${inner}`, zh: `键 ${JSON.stringify(issue.input)} 无效：应为${inner === 'a four-digit year (e.g. 2026)' ? '四位数年份（如 2026）' : '合法的键'}` } });
        return;
      }
      case 'invalid_type': {
        const found = describeValue(issue.input);
        if (issue.input === undefined) {
          const t = typeNames[issue.expected] ?? { en: String(issue.expected), zh: String(issue.expected) };
          out.push({ ...at(path), code: 'missing', expected: t.en, found: 'nothing', message: { en: `required field is missing (expected ${t.en})`, zh: `缺少必填字段（应为${t.zh}）` } });
          return;
        }
        const t = typeNames[issue.expected] ?? { en: String(issue.expected), zh: String(issue.expected) };
        out.push({ ...at(path), code: 'invalid_type', expected: t.en, found: found.en, message: { en: `expected ${t.en}, found ${found.en}`, zh: `应为${t.zh}，实际为${found.zh}` } });
        return;
      }
      case 'too_small':
      case 'too_big': {
        const e = bound(issue, issue.code === 'too_small');
        const found = describeValue(issue.input);
        out.push({ ...at(path), code: issue.code, expected: e.en, found: found.en, message: { en: `expected ${e.en}, found ${found.en}`, zh: `应为${e.zh}，实际为${found.zh}` } });
        return;
      }
      case 'invalid_value': {
        const values = (issue.values as unknown[]).map((v) => JSON.stringify(v));
        const found = describeValue(issue.input);
        out.push({ ...at(path), code: 'invalid_value', expected: `one of: ${values.join(', ')}`, found: found.en, message: { en: `expected one of ${values.join(', ')}, found ${found.en}`, zh: `应为以下之一：${values.join('、')}，实际为${found.zh}` } });
        return;
      }
      case 'invalid_format': {
        const found = describeValue(issue.input);
        out.push({ ...at(path), code: 'invalid_format', expected: issue.message, found: found.en, message: { en: `expected ${issue.message}, found ${found.en}`, zh: `格式不符（应为 ${issue.message}），实际为${found.zh}` } });
        return;
      }
      case 'custom': {
        const p = issue.params ?? {};
        out.push({ ...at(path), code: p.code ?? 'invalid_value', expected: p.expected, found: p.found, message: { en: issue.message, zh: p.zh ?? issue.message } });
        return;
      }
      default: {
        const found = describeValue(issue.input);
        out.push({ ...at(path), code: issue.code, found: found.en, message: { en: `${issue.message}; found ${found.en}`, zh: `输入无效（${issue.message}）；实际为${found.zh}` } });
      }
    }
  };
  // locating an issue walks the document: list the first MAX_LISTED_ISSUES, so a file with 160,000
  // bad keys is reported in linear time
  for (const issue of error.issues) {
    if (out.length >= MAX_LISTED_ISSUES) break;
    visit(issue as unknown as AnyIssue, []);
  }
  return out.slice(0, MAX_LISTED_ISSUES);
}

/** The value at `path` inside a plain document, or undefined. */
export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v: any = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = v[p as any];
  }
  return v;
}
