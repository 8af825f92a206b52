import { Document, isMap, isScalar, type YAMLMap } from 'yaml';
import { isStructural } from '../scenario/mergeScenario';
import type { LoadedScenario } from '../scenario/loadScenario';
import { resolveNumberSeries, type NumberSeries } from '../scenario/timeSeries';
import type { Calibration, CalibratedParameter } from './calibrateScenario';
import type { FittedStochastic } from './stochasticBlock';

const pct = (g: number) => `${(100 * g).toFixed(2)} %`;
/** Growth written to 6 decimals (0.0001 percentage point): finer than any source supports. */
const round6 = (g: number) => Math.round(g * 1e6) / 1e6;

/**
 * The calibrated growth series of one parameter as a year map: the fitted path in the first
 * `years` projection years, then a linear transition over `transition` years from the last fitted
 * growth g_F to the scenario's own value g_L in the first year after the transition, L = F +
 * transition + 1 (or the end year, if sooner):
 *   g_{F+j} = g_F + (g_L − g_F)·j/(transition + 1),   j = 1 … transition,
 * then the scenario's own values (each year where they change), so long-run assumptions the history
 * cannot speak to are kept as the user wrote them and reached without a step. `transition` 0 is a
 * step. The transition reads only the scenario's value from year L on, so calibrating a file that
 * already carries a calibration gives the same file (the default scenario is such a file).
 * The first key is the base year (its growth is not used by the engine: levels start there).
 */
function calibratedSeries(p: CalibratedParameter, original: NumberSeries, baseYear: number, endYear: number, transition: number): Record<string, number> {
  const out: Record<string, number> = {};
  let previous: number | null = null;
  const put = (year: number, g: number) => {
    if (g !== previous) out[String(year)] = g;
    previous = g;
  };
  put(baseYear, round6(p.growthPath[0].growth));
  for (const { year, growth } of p.growthPath) if (year <= endYear) put(year, round6(growth));
  const after = p.growthPath[p.growthPath.length - 1].year + 1;
  if (after <= endYear) {
    const own = resolveNumberSeries(original, baseYear, endYear);
    const fitted = p.growthPath[p.growthPath.length - 1].growth;
    const target = own[Math.min(after + transition, endYear) - baseYear];
    for (let year = after; year <= endYear; year++) {
      const j = year - after + 1;
      put(year, j <= transition ? round6(fitted + ((target - fitted) * j) / (transition + 1)) : own[year - baseYear]);
    }
  }
  return out;
}

/** The fit of one parameter in words: method (and why, with auto), period, n, growth, its two spreads, the fitted path. */
export function describeFit(p: CalibratedParameter, years: number, transition = 5): string {
  const f = p.fit;
  const se = f.se === null ? 'no standard error of the growth from this method' : `standard error of the growth ${(100 * f.se).toFixed(2)} pt`;
  const sd = f.growthSd === null ? 'no residual sd of yearly growth (too few points)' : `residual sd of yearly growth ${(100 * f.growthSd).toFixed(2)} pt`;
  const params = f.parameters ? `; ${Object.entries(f.parameters).map(([k, v]) => `${k} = ${Number(v.toPrecision(4))}`).join(', ')}` : '';
  const why = p.choice ? ` [${p.choice.reason.en}]` : '';
  return ` ${p.label.en} / ${p.label.zh}: ${f.method}${why} on ${f.period[0]}–${f.period[1]} (n = ${f.n}) of ${p.fittedOn}; ` +
    `fitted growth ${pct(f.growth)} a year, ${se}, ${sd}${params}; ` +
    `fitted path for the first ${years} years from the observed base (the base-year key carries the first one: the engine uses no base-year growth)${transition > 0 ? `, a linear transition over ${transition} years to the scenario's own assumption in the year after it` : ''}, then the scenario's own assumption`;
}

/**
 * Writes a calibration as a reform overlay (YAML text, `fundcast_overlay: 1`) that a user applies
 * with `--with` or `overlays:`. Every fitted value carries a comment with its method, period,
 * number of points, fitted growth, the standard error of the growth (parameter uncertainty) and
 * the residual sd of yearly growth (the yearly shock), and with `auto` which method the series' own
 * backtest chose and why; the rationale says the same for the whole overlay. With `stochastic`
 * (stochasticBlock), the overlay also carries that `stochastic` block — it replaces the scenario's
 * block whole — each shock commented with its sizes and their n, and the block with its notes.
 * A parameter nested in a value that the merge rule replaces whole (e.g. `subsidy_per_head:
 * {indexed: {base, growth}}`) is written with that whole value, the other fields copied.
 */
export function calibrationOverlay(calibration: Calibration, loaded: LoadedScenario, historyFile: string, options: { stochastic?: FittedStochastic; transition?: number } = {}): string {
  const transition = options.transition ?? 5;
  const s = loaded.scenario;
  const changes: Record<string, unknown> = { funds: {} };
  const funds = changes.funds as Record<string, Record<string, unknown>>;
  const comments: { path: string[]; text: string }[] = [];
  for (const p of calibration.parameters) {
    const full = ['funds', p.fund, ...p.path];
    // the shallowest ancestor the merge rule replaces whole: write it entirely
    let cut = 1;
    while (cut < full.length && isStructural(full.slice(0, cut))) cut++;
    const top = full.slice(0, cut);
    const fundChanges = (funds[p.fund] ??= {});
    let target: Record<string, unknown> = fundChanges;
    for (const key of top.slice(2, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    const lastTop = top[top.length - 1];
    if (!(lastTop in target)) {
      let originalTop: unknown = s;
      for (const key of top) originalTop = (originalTop as Record<string, unknown>)[key];
      target[lastTop] = structuredClone(originalTop);
    }
    let holder = target;
    for (const key of full.slice(top.length - 1, -1)) holder = holder[key] as Record<string, unknown>;
    const key = full[full.length - 1];
    holder[key] = calibratedSeries(p, holder[key] as NumberSeries, s.base_year, s.end_year, transition);
    comments.push({ path: full.slice(1), text: describeFit(p, calibration.years, transition) });
  }
  const periods = calibration.parameters.map((p) => p.fit.period);
  const first = Math.min(...periods.map((q) => q[0]));
  const last = Math.max(...periods.map((q) => q[1]));
  const doc = new Document({
    fundcast_overlay: 1,
    id: `${s.id}-calibrated`.toLowerCase().replace(/[^a-z0-9._-]/g, '-'),
    name: `Growth assumptions of ${s.name} calibrated on its history (${calibration.method})`,
    name_zh: `${s.name_zh ?? s.name}：按历史数据校准的增长假设（${calibration.method}）`,
    rationale: `Each growth assumption below is fitted by ${calibration.method} to the fund's own observed years ` +
      `(${first}–${last}, the last same-basis span of each history), for the first ${calibration.years} projection years; ` +
      `then a linear transition over ${transition} years to the scenario's own assumptions, which later years keep. The comment on each value gives the method (with auto: the method ` +
      'with the lowest error in that series\' own backtest on identical origins, and the scores), period, points, fitted growth, ' +
      'the standard error of the growth and the residual sd of yearly growth.' +
      (calibration.skipped.length ? ` Not fitted: ${calibration.skipped.map((k) => `${k.fund}.${k.path.join('.')} (${k.reason.en})`).join('; ')}.` : ''),
    source: `fundcast calibrate on ${historyFile}`,
    changes: options.stochastic ? { ...changes, stochastic: options.stochastic.block } : changes,
  });
  if (options.stochastic) {
    const st = options.stochastic;
    const block = doc.getIn(['changes', 'stochastic'], true) as YAMLMap;
    const blockPair = (doc.getIn(['changes'], true) as YAMLMap).items.find((it) => isScalar(it.key) && it.key.value === 'stochastic');
    if (blockPair && isScalar(blockPair.key)) {
      blockPair.key.commentBefore = ' Shocks sized from each series\' own record (fundcast calibrate --stochastic; docs/calibration.md "Ranges from the record"). ' +
        'Replaces the scenario\'s stochastic block whole.\n' + st.notes.map((n) => ` ${n}`).join('\n') + (st.warnings.length ? '\n' + st.warnings.map((w) => ` ${w}`).join('\n') : '');
    }
    const shocksMap = block.get('shocks', true) as unknown as YAMLMap;
    for (const s of st.shocks) {
      const pair = shocksMap.items.find((it) => isScalar(it.key) && it.key.value === s.id);
      if (pair && isScalar(pair.key)) pair.key.commentBefore = ` ${s.on.join(', ')}: ${s.note}`;
    }
  }
  for (const { path, text } of comments) {
    const parent = doc.getIn(['changes', 'funds', ...path.slice(0, -1)], true) as YAMLMap | undefined;
    const pair = parent && isMap(parent) ? parent.items.find((it) => isScalar(it.key) && it.key.value === path[path.length - 1]) : undefined;
    if (pair && isScalar(pair.key)) pair.key.commentBefore = text;
  }
  return `# fundcast calibration overlay — written by \`fundcast calibrate\`; review before use.\n${doc.toString({ lineWidth: 0 })}`;
}
