import { dirname, relative, resolve } from 'node:path';
import { InputFileError } from '../input/InputFileError';
import { MAX_INPUT_BYTES, readInputFile } from '../input/readInputFile';
import { mergeScenario } from './mergeScenario';
import { overlaySchema, type OverlayInfo } from './overlaySchema';
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
  /**
   * The folder a relative file path written at `path` (e.g. a fund's `cost_curve`) is resolved
   * against: the folder of the file that sets it — for parseScenario text, its `baseDir`; for a
   * scenario validated from an object, the working directory.
   */
  dirOf(path: Path): string;
  /** Reform overlays applied, in the order applied. */
  overlays: OverlayInfo[];
}

const MAX_EXTENDS_DEPTH = 16;

/** The folder of each file read (relative paths written in it resolve against it). */
const dirs = new WeakMap<YamlSource, string>();

/** Shows a path relative to the working directory when it lies below it. */
function displayName(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') ? rel : abs;
}

/**
 * Reads, merges (`extends`) and validates a scenario file.
 *
 * Steps: parse YAML strictly (syntax, duplicate keys, year order) → follow `extends` (relative to
 * the file; cycles are errors) → merge (see mergeScenario) → apply the file's `overlays` in order
 * (each a reform overlay, merged by the same rule) → validate with the strict schema.
 * Throws ScenarioError listing every problem, each with file, path, line, expected and found.
 */
export function loadScenario(file: string): LoadedScenario {
  const sources: YamlSource[] = [];
  const early: ScenarioIssue[] = [];
  const overlays: OverlayInfo[] = [];
  const data = readChain(resolve(file), file, sources, [], early, overlays);
  return validateMerged(data, sources, early, overlays);
}

/** Like loadScenario, for YAML text already in memory (`extends` resolves against `baseDir`). */
export function parseScenario(text: string, file = '<inline>', baseDir = process.cwd()): LoadedScenario {
  const sources: YamlSource[] = [];
  const early: ScenarioIssue[] = [];
  const overlays: OverlayInfo[] = [];
  const data = readText(text, file, resolve(baseDir, 'inline.yaml'), sources, [], early, overlays);
  return validateMerged(data, sources, early, overlays);
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
  return validateMerged(data, [source], [], []);
}

/** Where a file was named: the `extends` or `overlays[n]` value of another file. */
interface Ref {
  source: YamlSource;
  path: Path;
}

const INPUT_ISSUE_CODES: Record<string, string> = { 'input.notFound': 'file_not_found', 'input.emptyPath': 'file_not_found', 'input.notAFile': 'not_a_file', 'input.tooLarge': 'file_too_large' };

/**
 * The text of a scenario or overlay file (readInputFile: regular files of at most MAX_INPUT_BYTES
 * only); a file that cannot be read is an issue located where it was named (`extends:` line).
 */
function readLocated(abs: string, ref: string, what: 'scenario file' | 'overlay file', from: Ref | undefined): string {
  try {
    if (ref.trim() === '') return readInputFile('', what);
    return readInputFile(abs, what, MAX_INPUT_BYTES, displayName(abs));
  } catch (e) {
    if (!(e instanceof InputFileError)) throw e;
    const pos = from?.source.position(from.path);
    throw new ScenarioError([{
      file: from?.source.file ?? displayName(abs),
      path: from?.path ?? [],
      code: INPUT_ISSUE_CODES[e.code] ?? 'file_not_found',
      line: pos?.line,
      column: pos?.column,
      expected: `an existing ${what} (a regular file of at most ${MAX_INPUT_BYTES / 1024 / 1024} MiB)`,
      found: ref.trim() === '' ? 'an empty path' : displayName(abs),
      message: { en: e.en, zh: e.zh },
    }]);
  }
}

function readChain(abs: string, ref: string, sources: YamlSource[], seen: string[], early: ScenarioIssue[], overlays: OverlayInfo[], from?: Ref): unknown {
  const name = displayName(abs);
  if (seen.includes(abs)) {
    throw new ScenarioError([{ file: displayName(seen[seen.length - 1]), path: ['extends'], code: 'extends_cycle', message: { en: `'extends' forms a cycle: ${[...seen, abs].map(displayName).join(' → ')}`, zh: `'extends' 形成循环引用：${[...seen, abs].map(displayName).join(' → ')}` } }]);
  }
  if (seen.length >= MAX_EXTENDS_DEPTH) {
    throw new ScenarioError([{ file: name, path: ['extends'], code: 'extends_too_deep', message: { en: `'extends' chain is deeper than ${MAX_EXTENDS_DEPTH} files`, zh: `'extends' 链超过 ${MAX_EXTENDS_DEPTH} 个文件` } }]);
  }
  return readText(readLocated(abs, ref, 'scenario file', from), name, abs, sources, seen, early, overlays);
}

function readText(text: string, name: string, abs: string, sources: YamlSource[], seen: string[], early: ScenarioIssue[], overlays: OverlayInfo[]): unknown {
  const { source, issues } = readYamlDocument(text, name);
  if (!source) throw new ScenarioError(issues);
  // problems that do not stop reading (years out of order) are reported with the schema's
  early.push(...issues);
  const data = source.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ScenarioError([{ file: name, path: [], code: 'invalid_type', expected: 'a mapping (key: value pairs)', found: data === null ? 'an empty document' : typeof data, message: { en: 'a scenario file must be a YAML mapping (key: value pairs)', zh: '情景文件必须是 YAML 映射（键: 值）' } }]);
  }
  const at = sources.length;
  sources.push(source);
  dirs.set(source, dirname(abs));
  const parentRef = (data as Record<string, unknown>).extends;
  let merged: unknown = data;
  if (parentRef !== undefined) {
    if (typeof parentRef !== 'string') {
      const pos = source.position(['extends']);
      throw new ScenarioError([{ file: name, path: ['extends'], code: 'invalid_type', line: pos?.line, column: pos?.column, expected: 'a file path', found: typeof parentRef, message: { en: "'extends' must be the path of another scenario file", zh: "'extends' 必须是另一个情景文件的路径" } }]);
    }
    const base = readChain(resolve(dirname(abs), parentRef), parentRef, sources, [...seen, abs], early, overlays, { source, path: ['extends'] });
    merged = mergeScenario(base, data);
  }
  const refs = (data as Record<string, unknown>).overlays;
  if (Array.isArray(refs)) {
    refs.forEach((ref, n) => {
      if (typeof ref !== 'string' || ref === '') return; // the schema reports it (an empty path would name the folder)
      const overlay = readOverlay(resolve(dirname(abs), ref), ref, { source, path: ['overlays', n] });
      checkOverlayFunds(merged, overlay);
      merged = mergeScenario(merged, overlay.changes);
      // an overlay's values take precedence over the file that lists it: locate them first
      sources.splice(at, 0, overlay.source);
      overlays.push(overlay.info);
    });
  }
  return merged;
}

/** An overlay may change only funds the scenario has (it cannot half-create one). */
function checkOverlayFunds(scenario: unknown, overlay: { changes: unknown; source: YamlSource; info: OverlayInfo }): void {
  const have = Object.keys(((scenario as Record<string, unknown>).funds as Record<string, unknown>) ?? {});
  const funds = ((overlay.changes as Record<string, unknown>).funds ?? {}) as Record<string, unknown>;
  const issues: ScenarioIssue[] = Object.keys(funds)
    .filter((id) => !have.includes(id) && funds[id] !== null)
    .map((id) => {
      const pos = overlay.source.position(['funds', id]);
      return {
        file: overlay.info.file,
        path: ['changes', 'funds', id],
        code: 'unknown_fund',
        line: pos?.line,
        column: pos?.column,
        expected: `one of the scenario's funds: ${have.join(', ')}`,
        found: id,
        message: {
          en: `overlay '${overlay.info.id}' changes fund '${id}', which the scenario does not have (its funds: ${have.join(', ')})`,
          zh: `改革方案 '${overlay.info.id}' 修改了基金 '${id}'，但情景中没有该基金（现有：${have.join('、')}）`,
        },
      };
    });
  if (issues.length) throw new ScenarioError(issues);
}

/**
 * Reads a reform overlay file (see overlaySchema). Its `changes` are located in the overlay file
 * when an error points at them.
 */
function readOverlay(abs: string, ref: string, from: Ref): { changes: unknown; source: YamlSource; info: OverlayInfo } {
  const name = displayName(abs);
  const { source, issues } = readYamlDocument(readLocated(abs, ref, 'overlay file', from), name);
  if (!source || issues.length) throw new ScenarioError(issues);
  const parsed = overlaySchema.safeParse(source.data, { reportInput: true });
  if (!parsed.success) {
    throw new ScenarioError(issuesFromZod(parsed.error, overlaySchema, source.data, (p) => ({ file: name, line: source.position(p)?.line, column: source.position(p)?.column })));
  }
  const shifted: YamlSource = {
    file: name,
    data: parsed.data.changes,
    has: (p) => source.has(['changes', ...p]),
    position: (p) => source.position(['changes', ...p]),
  };
  dirs.set(shifted, dirname(abs));
  return { changes: parsed.data.changes, source: shifted, info: { id: parsed.data.id, name: parsed.data.name, nameZh: parsed.data.name_zh ?? null, file: name } };
}

function validateMerged(data: unknown, sources: YamlSource[], early: ScenarioIssue[], overlays: OverlayInfo[]): LoadedScenario {
  const sourceOf = (path: Path) => sources.find((s) => s.has(path)) ?? sources[0];
  const locate = (path: Path) => {
    const s = sourceOf(path);
    const pos = s.position(path);
    return { file: s.file, line: pos?.line, column: pos?.column };
  };
  const dirOf = (path: Path) => dirs.get(sourceOf(path)) ?? process.cwd();
  const parsed = scenarioSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    throw new ScenarioError([...early, ...issuesFromZod(parsed.error, scenarioSchema, data, locate)]);
  }
  if (early.length) throw new ScenarioError(early);
  return { scenario: parsed.data, files: [...new Set(sources.map((s) => s.file))], locate, dirOf, overlays };
}
