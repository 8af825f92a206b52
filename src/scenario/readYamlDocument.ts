import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { ScenarioIssue } from './ScenarioIssue';
import { formatPath } from './ScenarioIssue';

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

/**
 * Parses YAML text strictly: syntax errors and duplicate keys are issues (with line and column);
 * mappings keyed by years must list the years in increasing order.
 * Returns the plain data plus a locator, or the issues found.
 */
export function readYamlDocument(text: string, file: string): { source?: YamlSource; issues: ScenarioIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const issues: ScenarioIssue[] = [];
  for (const err of doc.errors) {
    const pos = lineCounter.linePos(err.pos[0]);
    issues.push({
      file,
      path: [],
      code: 'yaml_syntax',
      line: pos.line,
      column: pos.col,
      message: { en: `YAML syntax error: ${err.message.split('\n')[0]}`, zh: `YAML 语法错误：${err.message.split('\n')[0]}` },
    });
  }
  if (issues.length) return { issues };
  checkYearOrder(doc.contents as Node | null, [], (path, prevYear, year, node) => {
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
  const data = doc.toJS();
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
