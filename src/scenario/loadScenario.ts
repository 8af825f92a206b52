import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { mergeScenario } from './mergeScenario';
import { readYamlDocument, type YamlSource } from './readYamlDocument';
import { ScenarioError } from './ScenarioError';
import type { ScenarioIssue } from './ScenarioIssue';
import { scenarioSchema, type Scenario } from './scenarioSchema';
import { issuesFromZod } from './zodIssues';

type Path = (string | number)[];

/** A validated scenario together with where each of its values came from. */
export interface LoadedScenario {
  scenario: Scenario;
  /** The file that was loaded (as displayed), then the files it extends, nearest first. */
  files: string[];
  /** File, line and column of the value at a document path (for errors found after validation). */
  locate(path: Path): { file: string; line?: number; column?: number };
}

const MAX_EXTENDS_DEPTH = 16;

/** Shows a path relative to the working directory when it lies below it. */
function displayName(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') ? rel : abs;
}

/**
 * Reads, merges (`extends`) and validates a scenario file.
 *
 * Steps: parse YAML strictly (syntax, duplicate keys, year order) → follow `extends` (relative to
 * the file; cycles are errors) → merge (see mergeScenario) → validate with the strict schema.
 * Throws ScenarioError listing every problem, each with file, path, line, expected and found.
 */
export function loadScenario(file: string): LoadedScenario {
  const sources: YamlSource[] = [];
  const early: ScenarioIssue[] = [];
  const data = readChain(resolve(file), sources, [], early);
  return validateMerged(data, sources, early);
}

/** Like loadScenario, for YAML text already in memory (`extends` resolves against `baseDir`). */
export function parseScenario(text: string, file = '<inline>', baseDir = process.cwd()): LoadedScenario {
  const sources: YamlSource[] = [];
  const early: ScenarioIssue[] = [];
  const data = readText(text, file, resolve(baseDir, 'inline.yaml'), sources, [], early);
  return validateMerged(data, sources, early);
}

/**
 * Validates a scenario given as a plain object (for scenarios built in code or in a notebook).
 * `extends` is not followed here: merge first with mergeScenario.
 */
export function validateScenario(data: unknown, file = '<object>'): LoadedScenario {
  const source: YamlSource = {
    file,
    data,
    has: () => true,
    position: () => undefined,
  };
  return validateMerged(data, [source], []);
}

function readChain(abs: string, sources: YamlSource[], seen: string[], early: ScenarioIssue[]): unknown {
  const name = displayName(abs);
  if (seen.includes(abs)) {
    throw new ScenarioError([{ file: displayName(seen[seen.length - 1]), path: ['extends'], code: 'extends_cycle', message: { en: `'extends' forms a cycle: ${[...seen, abs].map(displayName).join(' → ')}`, zh: `'extends' 形成循环引用：${[...seen, abs].map(displayName).join(' → ')}` } }]);
  }
  if (seen.length >= MAX_EXTENDS_DEPTH) {
    throw new ScenarioError([{ file: name, path: ['extends'], code: 'extends_too_deep', message: { en: `'extends' chain is deeper than ${MAX_EXTENDS_DEPTH} files`, zh: `'extends' 链超过 ${MAX_EXTENDS_DEPTH} 个文件` } }]);
  }
  if (!existsSync(abs)) {
    const parent = seen.at(-1);
    throw new ScenarioError([{ file: parent ? displayName(parent) : name, path: parent ? ['extends'] : [], code: 'file_not_found', expected: 'an existing scenario file', found: name, message: { en: `scenario file not found: ${name}`, zh: `找不到情景文件：${name}` } }]);
  }
  return readText(readFileSync(abs, 'utf8'), name, abs, sources, seen, early);
}

function readText(text: string, name: string, abs: string, sources: YamlSource[], seen: string[], early: ScenarioIssue[]): unknown {
  const { source, issues } = readYamlDocument(text, name);
  if (!source) throw new ScenarioError(issues);
  // problems that do not stop reading (years out of order) are reported with the schema's
  early.push(...issues);
  const data = source.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ScenarioError([{ file: name, path: [], code: 'invalid_type', expected: 'a mapping (key: value pairs)', found: data === null ? 'an empty document' : typeof data, message: { en: 'a scenario file must be a YAML mapping (key: value pairs)', zh: '情景文件必须是 YAML 映射（键: 值）' } }]);
  }
  sources.push(source);
  const parentRef = (data as Record<string, unknown>).extends;
  if (parentRef === undefined) return data;
  if (typeof parentRef !== 'string') {
    const pos = source.position(['extends']);
    throw new ScenarioError([{ file: name, path: ['extends'], code: 'invalid_type', line: pos?.line, column: pos?.column, expected: 'a file path', found: typeof parentRef, message: { en: "'extends' must be the path of another scenario file", zh: "'extends' 必须是另一个情景文件的路径" } }]);
  }
  const base = readChain(resolve(dirname(abs), parentRef), sources, [...seen, abs], early);
  return mergeScenario(base, data);
}

function validateMerged(data: unknown, sources: YamlSource[], early: ScenarioIssue[]): LoadedScenario {
  const locate = (path: Path) => {
    for (const s of sources) {
      if (s.has(path)) {
        const pos = s.position(path);
        return { file: s.file, line: pos?.line, column: pos?.column };
      }
    }
    const s = sources[0];
    const pos = s.position(path);
    return { file: s.file, line: pos?.line, column: pos?.column };
  };
  const parsed = scenarioSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    throw new ScenarioError([...early, ...issuesFromZod(parsed.error, scenarioSchema, data, locate)]);
  }
  if (early.length) throw new ScenarioError(early);
  return { scenario: parsed.data, files: sources.map((s) => s.file), locate };
}
