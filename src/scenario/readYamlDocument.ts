import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { ScenarioIssue } from './ScenarioIssue';
import { formatPath } from './ScenarioIssue';
import { MAX_LISTED_ISSUES } from './ScenarioError';
import { MAX_INPUT_BYTES } from '../input/readInputFile';
import { messages } from '../messages/message';

type Path = (string | number)[];

/** A parsed YAML file with a way back from a document path to its line and column. */
export interface YamlSource {
  file: string;
  data: unknown;
  /** Line/column (1-based) of the value at `path`, or of its nearest existing ancestor. */
  position(path: Path): { line: number; column: number; exact: boolean } | undefined;
  /** Whether the document itself writes a value at `path`. */
  has(path: Path): boolean;
}

/** Deepest nesting of mappings and lists a scenario file may have (the schema itself needs about 10). */
export const MAX_YAML_DEPTH = 40;

/** Most alias (`*name`) expansions a file may make; guards against exponential "billion laughs" documents. */
export const MAX_YAML_ALIASES = 100;

/**
 * Parses YAML text strictly: syntax errors and duplicate keys are issues (with line and column);
 * mappings keyed by years must list the years in increasing order; nesting deeper than
 * MAX_YAML_DEPTH, an alias without its anchor and more than MAX_YAML_ALIASES alias expansions are
 * issues too. Time is linear in the size of the text (duplicate keys are found with a set per
 * mapping, not by comparing every pair as the yaml library's `uniqueKeys` does).
 * Returns the plain data plus a locator, or the issues found.
 */
export function readYamlDocument(text: string, file: string): { source?: YamlSource; issues: ScenarioIssue[] } {
  const lineCounter = new LineCounter();
  const issues: ScenarioIssue[] = [];
  const at = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset));
  const issue = (code: string, offset: number | undefined, path: Path, en: string, zh: string, more: Partial<ScenarioIssue> = {}) => {
    if (issues.length >= MAX_LISTED_ISSUES) return;
    const pos = at(offset);
    issues.push({ file, path, code, line: pos?.line, column: pos?.col, message: { en, zh }, ...more });
  };
  // text given in memory (parseScenario) meets the same limit as a file: a 200 MB string is refused
  // before the parser builds a node for every character of it
  if (text.length > MAX_INPUT_BYTES) {
    const m = messages('input.tooLarge', { file, bytes: text.length, max: MAX_INPUT_BYTES });
    issue('file_too_large', undefined, [], m.en, m.zh, { expected: `at most ${MAX_INPUT_BYTES} characters`, found: `${text.length}` });
    return { issues };
  }
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    // the parser recurses once per nesting level: a pathologically deep file exhausts the stack
    issue('yaml_too_deep', undefined, [], `YAML nesting is deeper than ${MAX_YAML_DEPTH} levels`, `YAML 嵌套超过 ${MAX_YAML_DEPTH} 层`, { expected: `at most ${MAX_YAML_DEPTH} levels`, found: 'deeper' });
    return { issues };
  }
  for (const err of doc.errors) {
    const first = err.message.split('\n')[0];
    // the parser recurses once per nesting level and reports running out of stack as a syntax error
    if (/Maximum call stack/.test(first)) issue('yaml_too_deep', err.pos[0], [], `YAML nesting is deeper than ${MAX_YAML_DEPTH} levels`, `YAML 嵌套超过 ${MAX_YAML_DEPTH} 层`, { expected: `at most ${MAX_YAML_DEPTH} levels`, found: 'deeper' });
    else issue('yaml_syntax', err.pos[0], [], `YAML syntax error: ${first}`, `YAML 语法错误：${first}`);
  }
  if (issues.length) return { issues };
  walk(doc.contents as Node | null, [], new Set(), {
    duplicate(path, key, node, first) {
      const line = at(first.range?.[0])?.line;
      issue('yaml_syntax', node.range?.[0], [], `YAML syntax error: Map keys must be unique; '${key}' appears twice in ${formatPath(path)} (first on line ${line})`, `YAML 语法错误：键不能重复；${formatPath(path)} 中 '${key}' 出现两次（第一次在第 ${line} 行）`, { found: key });
    },
    tooDeep(path, node) {
      issue('yaml_too_deep', node.range?.[0], path, `YAML nesting is deeper than ${MAX_YAML_DEPTH} levels at ${formatPath(path)}`, `${formatPath(path)} 处 YAML 嵌套超过 ${MAX_YAML_DEPTH} 层`, { expected: `at most ${MAX_YAML_DEPTH} levels`, found: 'deeper' });
    },
    unresolvedAlias(path, name, node) {
      issue('yaml_alias', node.range?.[0], path, `YAML alias *${name} has no anchor &${name} before it`, `YAML 别名 *${name} 之前没有对应的锚点 &${name}`, { expected: `an anchor &${name} earlier in the file`, found: `*${name}` });
    },
  });
  if (issues.length) return { issues };
  checkYearOrder(doc.contents as Node | null, [], (path, prevYear, year, node) => {
    if (issues.length >= MAX_LISTED_ISSUES) return;
    const pos = node?.range ? lineCounter.linePos(node.range[0]) : undefined;
    issues.push({
      file,
      path,
      code: 'years_out_of_order',
      expected: `years in increasing order (after ${prevYear})`,
      found: String(year),
      line: pos?.line,
      column: pos?.col,
      message: {
        en: `year keys must be in increasing order: ${year} comes after ${prevYear} in ${formatPath(path)}`,
        zh: `年份键必须按递增顺序排列：${formatPath(path)} 中 ${year} 排在 ${prevYear} 之后`,
      },
    });
  });
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    issue('yaml_alias', undefined, [], `YAML aliases expand too much (more than ${MAX_YAML_ALIASES} expansions)`, `YAML 别名展开过多（超过 ${MAX_YAML_ALIASES} 次）`, { expected: `at most ${MAX_YAML_ALIASES} alias expansions`, found: 'more' });
    return { issues };
  }
  const source: YamlSource = {
    file,
    data,
    has: (path) => nodeAt(doc, path) !== undefined,
    position: (path) => {
      for (let n = path.length; n >= 0; n--) {
        const node = nodeAt(doc, path.slice(0, n));
        if (node?.range) {
          const pos = lineCounter.linePos(node.range[0]);
          return { line: pos.line, column: pos.col, exact: n === path.length };
        }
      }
      return undefined;
    },
  };
  return { source, issues };
}

interface WalkReport {
  duplicate(path: Path, key: string, node: Node, first: Node): void;
  tooDeep(path: Path, node: Node): void;
  unresolvedAlias(path: Path, name: string, node: Node): void;
}

/**
 * One pass over the nodes in document order: duplicate keys (a set per mapping), nesting depth,
 * aliases without an earlier anchor (`anchors` collects the names seen so far).
 */
function walk(node: Node | null, path: Path, anchors: Set<string>, report: WalkReport): void {
  if (!node) return;
  if (isAlias(node)) {
    if (!anchors.has(node.source)) report.unresolvedAlias(path, node.source, node);
    return;
  }
  if (node.anchor) anchors.add(node.anchor);
  if (!isMap(node) && !isSeq(node)) return;
  if (path.length >= MAX_YAML_DEPTH) {
    report.tooDeep(path, node);
    return;
  }
  if (isMap(node)) {
    const seen = new Map<string, Node>();
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
      if (key !== undefined) {
        const first = seen.get(key);
        if (first) report.duplicate(path, key, keyNode!, first);
        else seen.set(key, keyNode!);
      }
      walk(keyNode, path, anchors, report);
      walk(pair.value as Node | null, [...path, key ?? '?'], anchors, report);
    }
  } else {
    node.items.forEach((item, i) => walk(item as Node | null, [...path, i], anchors, report));
  }
}

function nodeAt(doc: Document, path: Path): Node | undefined {
  if (path.length === 0) return (doc.contents as Node) ?? undefined;
  try {
    const node = doc.getIn(path.map((p) => (typeof p === 'string' && /^\d+$/.test(p) ? p : p)), true) as Node | undefined;
    if (node !== undefined) return node;
    // year keys are numbers in YAML (2025:) but strings in the data ('2025')
    return doc.getIn(path.map((p) => (typeof p === 'string' && /^\d{4}$/.test(p) ? Number(p) : p)), true) as Node | undefined;
  } catch {
    return undefined;
  }
}

function checkYearOrder(node: Node | null, path: Path, report: (path: Path, prev: number, year: number, node: Node) => void): void {
  if (!node) return;
  if (isMap(node)) {
    let prev: number | undefined;
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      const keyText = String(key);
      if (/^\d{4}$/.test(keyText)) {
        const year = Number(keyText);
        if (prev !== undefined && year <= prev) report([...path, keyText], prev, year, pair.key as Node);
        prev = year;
      }
      checkYearOrder(pair.value as Node | null, [...path, keyText], report);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => checkYearOrder(item as Node | null, [...path, i], report));
  }
}
