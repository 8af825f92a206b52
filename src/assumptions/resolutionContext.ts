import type { ScenarioWarning } from '../scenario/ScenarioWarning';
import type { MessageKey, MessageParams } from '../messages/catalogue';
import { messages } from '../messages/message';
import type { LoadedScenario } from '../scenario/loadScenario';
import type { ScenarioIssue } from '../scenario/ScenarioIssue';
import type { Scenario } from '../scenario/scenarioSchema';
import { resolveEnumSeries, resolveNumberSeries, SeriesError, type EnumSeries, type NumberSeries } from '../scenario/timeSeries';
import type { Timeline } from './types';

export type Path = (string | number)[];

/**
 * What every resolution step shares: the timeline, series → arrays, and the list of issues found.
 *
 * Series are resolved for every array index i = 0 … length − 1, year = base year + i (base year …
 * end year + 1). A series that starts after the base year is reported (code `series_start`) and
 * resolves to zeros, so that resolution can go on collecting every issue before one ScenarioError.
 */
export interface ResolutionContext {
  timeline: Timeline;
  personsUnit: Scenario['units']['persons'];
  /** A numeric series at `path` as one value per year (zeros after a reported error). */
  num(series: unknown, path: Path): Float64Array;
  /** A label series at `path` as one label per year ('' after a reported error). */
  labels(series: unknown, path: Path): string[];
  /** A numeric series as one value per year, or null when it cannot be resolved (nothing reported: `num` reports it). */
  peek(series: unknown): Float64Array | null;
  /** A label series as one label per year, or null when it cannot be resolved (nothing reported). */
  peekLabels(series: unknown): string[] | null;
  /** Records a problem at `path` (located to its file and line), its text from the message catalogue. */
  fail<K extends MessageKey>(path: Path, key: K, params: MessageParams<K>, code?: string): void;
  /** Records a problem at `path` with its text in both languages (from another error's en/zh). */
  fail(path: Path, en: string, zh: string, code?: string): void;
  /** The folder a relative file path written at `path` resolves against (LoadedScenario.dirOf). */
  dirOf(path: Path): string;
  /** The issues recorded so far. */
  readonly issues: ScenarioIssue[];
  /**
   * Records a warning at `path` (located to its file and line): a value that is accepted but has
   * no effect, which the user should know about (see checkScenarioSemantics). Warnings are data,
   * `{code, file, line, path, message: {en, zh}}`; `validate` and `run` print them.
   */
  warn(path: Path, code: string, en: string, zh: string, figures?: Record<string, number | string | null>): void;
  /** The warnings recorded so far. */
  readonly warnings: ScenarioWarning[];
}

/** A fresh resolution context for a loaded scenario. */
export function resolutionContext(loaded: LoadedScenario): ResolutionContext {
  const s = loaded.scenario;
  const timeline: Timeline = { baseYear: s.base_year, endYear: s.end_year, length: s.end_year - s.base_year + 2 };
  const lastYear = timeline.baseYear + timeline.length - 1;
  const issues: ScenarioIssue[] = [];
  const warnings: ScenarioWarning[] = [];
  const fail = (path: Path, first: string, second: unknown, code = 'invalid_value') => {
    const message = typeof second === 'string' ? { en: first, zh: second } : messages(first as MessageKey, second as never);
    issues.push({ ...loaded.locate(path), path, code, message });
  };
  const reported = <T>(resolve: () => T, fallback: () => T, path: Path): T => {
    try {
      return resolve();
    } catch (e) {
      if (!(e instanceof SeriesError)) throw e;
      fail(path, e.en, e.zh, 'series_start');
      return fallback();
    }
  };
  return {
    timeline,
    personsUnit: s.units.persons,
    issues,
    fail,
    warnings,
    warn(path, code, en, zh, figures = {}) {
      warnings.push({ ...loaded.locate(path), code, path, figures, difference: null, message: { en, zh } });
    },
    num: (series, path) =>
      reported(() => resolveNumberSeries(series as NumberSeries, timeline.baseYear, lastYear), () => new Float64Array(timeline.length), path),
    labels: (series, path) =>
      reported(() => resolveEnumSeries(series as EnumSeries<string>, timeline.baseYear, lastYear), () => new Array<string>(timeline.length).fill(''), path),
    peek: (series) => quiet(() => resolveNumberSeries(series as NumberSeries, timeline.baseYear, lastYear)),
    peekLabels: (series) => quiet(() => resolveEnumSeries(series as EnumSeries<string>, timeline.baseYear, lastYear)),
    dirOf: (path) => loaded.dirOf(path),
  };
}

/** The value, or null when resolving it throws a SeriesError (reported elsewhere). */
function quiet<T>(resolve: () => T): T | null {
  try {
    return resolve();
  } catch (e) {
    if (e instanceof SeriesError) return null;
    throw e;
  }
}
