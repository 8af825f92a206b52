import { ChartError } from './ChartError';
import { chartSize } from './chartSize';
import type { ChartLang, VegaLiteSpec } from './types';
import { footnoteLines, withFootnote } from './withFootnote';

/** One bar (segment) of a pyramid: demography's `populationPyramid` rows, or membership rows with a status. */
export interface PyramidRowLike {
  year: number;
  sex: 'male' | 'female';
  ageGroup: string;
  ageStart: number;
  /** Persons. */
  count: number;
  /** Membership status (`actives`, `retirees`, `residents`, `others`); absent for a plain population pyramid. */
  status?: string;
}

/** Options of {@link pyramidChartSpec}. */
export interface PyramidChartOptions {
  /** Year to draw (default: the first year in the rows). */
  year?: number;
  /** Language of titles and labels; default 'zh'. */
  lang?: ChartLang;
  /** Divide counts by this for display (default 10⁴: 万人 / 10k persons). */
  scale?: number;
  /** Chart title; default "人口金字塔（YEAR）" / "Population pyramid, YEAR". */
  title?: string;
  /** Plot size in pixels; default 640 × 320. */
  width?: number;
  height?: number;
  /** Largest age-group count of one side (persons) the axis must show: give compared pyramids
   * the same value (`pyramidMaxCount` over all their rows) so they share one scale. Default:
   * this pyramid's own largest. */
  maxCount?: number;
  /** Lines under the plot: source, "illustrative assumptions" … */
  footnote?: string | readonly string[];
}

const TEXT = {
  zh: { title: (y: number) => `人口金字塔（${y}年）`, age: '年龄', persons: (s: number) => (s === 1e4 ? '人数（万人）' : '人数'), male: '男', female: '女', status: '参保身份', sex: '性别',
    statuses: { actives: '在职职工', retirees: '退休人员', residents: '城乡居民参保', others: '其他（未参保或其他制度）', population: '人口' } as Record<string, string> },
  en: { title: (y: number) => `Population pyramid, ${y}`, age: 'Age', persons: (s: number) => (s === 1e4 ? 'Persons (10k)' : 'Persons'), male: 'Men', female: 'Women', status: 'Status', sex: 'Sex',
    statuses: { actives: 'Employee actives', retirees: 'Employee retirees', residents: 'Resident scheme', others: 'Others (uninsured / other schemes)', population: 'Population' } as Record<string, string> },
};
const STATUS_COLORS: Record<string, string> = { actives: '#2171b5', retirees: '#cb181d', residents: '#41ab5d', others: '#bdbdbd', population: '#6baed6' };

/**
 * Vega-Lite spec of a population pyramid for one year: horizontal bars by age group, men to the
 * left (drawn as negative values, labelled as positive) and women to the right, stacked by
 * membership status when the rows carry one (actives, retirees, residents, others; a status
 * with nobody in the year is left out). Age groups
 * run from the youngest at the bottom to the open group at the top. Counts are divided by
 * `scale` (default 10⁴, so the axis is in 万人). The axis runs to ±1.05 × the largest side of an
 * age group (all statuses stacked), or ±1.05 × `maxCount` when given, so that pyramids compared
 * side by side share one scale.
 *
 * @throws ChartError `pyramid.noRows` when no row has the year, `pyramid.badRow` for a count that
 *   is not finite and ≥ 0 or a sex other than male/female, `options.lang`, `options.size`,
 *   `options.scale` (not > 0), `options.maxCount` (not finite ≥ 0 or below this pyramid's own largest)
 * @example
 * const svg = await renderSvg(pyramidChartSpec(membershipPyramid(projection, { years: [2050] }), { year: 2050, lang: 'en' }));
 */
export function pyramidChartSpec(rows: readonly PyramidRowLike[], options: PyramidChartOptions = {}): VegaLiteSpec {
  const lang = options.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') {
    throw new ChartError('charts.options.lang', { value: JSON.stringify(lang) }, ['lang']);
  }
  const text = TEXT[lang];
  const { width, height } = chartSize(options);
  const scale = options.scale ?? 1e4;
  if (!(typeof scale === 'number' && scale > 0 && Number.isFinite(scale))) {
    throw new ChartError('charts.options.scale', { scale: String(scale) }, ['scale']);
  }
  const year = options.year ?? rows[0]?.year;
  const selected = rows.filter((r) => r.year === year);
  if (selected.length === 0) {
    throw new ChartError('charts.pyramid.noRows', { year: String(year) }, ['rows']);
  }
  selected.forEach((r, k) => {
    if (!(Number.isFinite(r.count) && r.count >= 0) || (r.sex !== 'male' && r.sex !== 'female')) {
      throw new ChartError('charts.pyramid.badRow', { k }, ['rows', k]);
    }
  });
  // statuses with nobody in the year (e.g. no switchers yet) are left out of the bars and legend
  const present = (s: string) => selected.some((r) => (r.status ?? 'population') === s && r.count > 0);
  const statuses = [...new Set(selected.map((r) => r.status ?? 'population'))].filter((s, k, all) => present(s) || all.every((t) => !present(t)));
  const drawn = selected.filter((r) => statuses.includes(r.status ?? 'population'));
  const groups = [...new Map(selected.map((r) => [r.ageGroup, r.ageStart] as const)).entries()].sort((a, b) => b[1] - a[1]).map(([g]) => g);
  const values = drawn.map((r) => {
    const status = r.status ?? 'population';
    return {
      ageGroup: r.ageGroup, ageStart: r.ageStart, sex: r.sex === 'male' ? text.male : text.female,
      status: text.statuses[status] ?? status, order: statuses.indexOf(status),
      value: (r.sex === 'male' ? -1 : 1) * (r.count / scale), persons: r.count / scale,
    };
  });
  const own = pyramidMaxCount(selected);
  const shared = options.maxCount ?? own;
  if (!(typeof shared === 'number' && Number.isFinite(shared) && shared >= own * (1 - 1e-12))) {
    throw new ChartError('charts.options.maxCount', { own, shared: String(shared) }, ['maxCount']);
  }
  const maxSide = Math.max(shared / scale, 1e-9);
  const labels = statuses.map((s) => text.statuses[s] ?? s);
  return withFootnote({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: options.title ?? text.title(year),
    width,
    height,
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'ageGroup', type: 'ordinal', sort: groups, title: text.age },
      x: {
        field: 'value', type: 'quantitative', stack: 'zero', title: `${text.male} ← ${text.persons(scale)} → ${text.female}`,
        scale: { domain: [-1.05 * maxSide, 1.05 * maxSide] }, axis: { labelExpr: 'format(abs(datum.value), ",")' },
      },
      color: { field: 'status', type: 'nominal', title: text.status, legend: { labelLimit: 300 }, scale: { domain: labels, range: statuses.map((s) => STATUS_COLORS[s] ?? '#969696') } },
      order: { field: 'order', type: 'quantitative' },
      tooltip: [
        { field: 'sex', title: text.sex }, { field: 'ageGroup', title: text.age }, { field: 'status', title: text.status },
        { field: 'persons', title: text.persons(scale), format: ',.1f' },
      ],
    },
  }, footnoteLines(options.footnote), height);
}

/**
 * The largest count (persons) of one side of one age group — all statuses of that sex, age
 * group and year stacked — over every year in `rows`: pass it as `maxCount` to each of several
 * pyramids so that they are drawn on one scale. 0 for no rows.
 *
 * @example
 * const maxCount = pyramidMaxCount(rows.filter((r) => r.year === 2024 || r.year === 2050));
 */
export function pyramidMaxCount(rows: readonly PyramidRowLike[]): number {
  const sides = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.year}|${r.sex}|${r.ageGroup}`;
    sides.set(key, (sides.get(key) ?? 0) + r.count);
  }
  return Math.max(0, ...sides.values());
}
