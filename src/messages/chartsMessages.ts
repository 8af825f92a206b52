import { template } from './template';

/** Messages of src/charts/ (error texts), keyed by error code. */
export const chartsMessages = {
  'charts.band.bound': template<{ key: string; v: string }>({
    en: (p) => `${p.key} must be a finite number or null, got ${p.v}`,
    zh: (p) => `${p.key} 必须是有限数或 null，实际为 ${p.v}`,
  }),
  'charts.band.order': template<{ id: any; lower: any; upper: any }>({
    en: (p) => `band '${p.id}' [${p.lower}, ${p.upper}) is empty or overlaps the band below`,
    zh: (p) => `区间 '${p.id}' [${p.lower}, ${p.upper}) 为空或与下方区间重叠`,
  }),
  'charts.bands.empty': template({
    en: () => `at least one warning band is needed`,
    zh: () => `至少需要一个预警区间`,
  }),
  'charts.chart.series.reserveComparisonChartSpec': template({
    en: () => `at least one scenario to compare is needed`,
    zh: () => `至少需要一个情景`,
  }),
  'charts.chart.series.labelsNotDistinct': template({
    en: () => `scenario labels must be distinct`,
    zh: () => `情景标签不能重复`,
  }),
  'charts.chart.years': template({
    en: () => `no year of the projection lies in the chosen range`,
    zh: () => `所选年份范围内没有预测数据`,
  }),
  'charts.dependency.badValue': template<{ label: string; year: number; m: string }>({
    en: (p) => `${p.label} ${p.year}: ${p.m} is not a finite number`,
    zh: (p) => `${p.label} ${p.year} 年：${p.m} 不是有限数`,
  }),
  'charts.dependency.noSeries': template({
    en: () => `every scenario needs rows to plot`,
    zh: () => `每个情景都需要可绘制的年度数据`,
  }),
  'charts.fund.keyYear': template<{ key: string; fundValue: string }>({
    en: (p) => `${p.key} must be an integer year or null, got ${p.fundValue}`,
    zh: (p) => `${p.key} 必须是整数年份或 null，实际为 ${p.fundValue}`,
  }),
  'charts.fund.noRows': template({
    en: () => `fund has no rows to plot`,
    zh: () => `基金没有可绘制的年度数据`,
  }),
  'charts.fund.notObject': template({
    en: () => `fund must be an object`,
    zh: () => `基金数据必须是对象`,
  }),
  'charts.options.balanceMark': template<{ value: string }>({
    en: (p) => `balanceMark must be 'bar' or 'line', got ${p.value}`,
    zh: (p) => `balanceMark 只能是 'bar' 或 'line'，实际为 ${p.value}`,
  }),
  'charts.options.lang': template<{ value: string }>({
    en: (p) => `lang must be 'zh' or 'en', got ${p.value}`,
    zh: (p) => `lang 只能是 'zh' 或 'en'，实际为 ${p.value}`,
  }),
  'charts.options.measures': template<{ unknown: readonly string[] }>({
    en: (p) => `measures must be some of activesPerRetiree, oldAge, total (got ${p.unknown.join(', ') || 'none'})`,
    zh: (p) => `measures 须为 activesPerRetiree、oldAge、total 中的若干项（实际 ${p.unknown.join('、') || '无'}）`,
  }),
  'charts.options.scale': template<{ scale: string }>({
    en: (p) => `scale must be a number > 0, got ${p.scale}`,
    zh: (p) => `scale 须为大于 0 的数，实际为 ${p.scale}`,
  }),
  'charts.options.size': template<{ key: string; v: string }>({
    en: (p) => `${p.key} must be a positive number of pixels, got ${p.v}`,
    zh: (p) => `${p.key} 必须是正的像素数，实际为 ${p.v}`,
  }),
  'charts.pyramid.badRow': template<{ k: number }>({
    en: (p) => `row ${p.k}: count must be finite and ≥ 0 and sex male or female`,
    zh: (p) => `第 ${p.k} 行：人数须为有限非负数，性别须为 male 或 female`,
  }),
  'charts.pyramid.noRows': template<{ year: string }>({
    en: (p) => `no pyramid rows for year ${p.year}`,
    zh: (p) => `没有 ${p.year} 年的金字塔数据`,
  }),
  'charts.row.notFinite': template<{ field: string; rowValue: string }>({
    en: (p) => `${p.field} must be a finite number, got ${p.rowValue}`,
    zh: (p) => `${p.field} 必须是有限数，实际为 ${p.rowValue}`,
  }),
  'charts.history.year': template<{ year: string; next: number }>({
    en: (p) => `observed years must be integers, increasing, before the projection; got ${p.year} before ${p.next}`,
    zh: (p) => `实际年份必须为递增整数且早于预测年份，实际为 ${p.year}（其后为 ${p.next}）`,
  }),
  'charts.history.notFinite': template<{ field: string; value: string }>({
    en: (p) => `observed ${p.field} must be a finite number or null, got ${p.value}`,
    zh: (p) => `实际数 ${p.field} 必须是有限数或 null，实际为 ${p.value}`,
  }),
  'charts.row.reserveMonths': template<{ months: string }>({
    en: (p) => `reserveMonths must be a finite number or null, got ${p.months}`,
    zh: (p) => `reserveMonths 必须是有限数或 null，实际为 ${p.months}`,
  }),
  'charts.row.year': template<{ year: string }>({
    en: (p) => `year must be an integer, got ${p.year}`,
    zh: (p) => `年份必须是整数，实际为 ${p.year}`,
  }),
  'charts.row.yearOrder': template<{ year: number; year2: number }>({
    en: (p) => `years must increase, ${p.year} follows ${p.year2}`,
    zh: (p) => `年份必须递增，${p.year} 排在 ${p.year2} 之后`,
  }),
  'charts.spec.compile': template<{ detail: string }>({
    en: (p) => `the chart spec is not valid Vega-Lite: ${p.detail}`,
    zh: (p) => `图表规格不是有效的 Vega-Lite：${p.detail}`,
  }),
  'charts.spec.notObject': template({
    en: () => `the chart spec must be a Vega-Lite object`,
    zh: () => `图表规格必须是 Vega-Lite 对象`,
  }),
  'charts.vega.load': template<{ detail: string }>({
    en: (p) => `cannot load vega / vega-lite: ${p.detail}`,
    zh: (p) => `无法加载 vega 或 vega-lite：${p.detail}`,
  }),
  'charts.options.clipDepth': template<{ value: string }>({
    en: (p) => `clipDepth must be a number of months > 0 or null, got ${p.value}`,
    zh: (p) => `clipDepth（纵轴截断深度）须为大于 0 的月数或 null，实际为 ${p.value}`,
  }),
  'charts.options.footnote': template({
    en: () => `footnote must be a string or a list of strings`,
    zh: () => `footnote（脚注）必须是字符串或字符串列表`,
  }),
  'charts.options.maxCount': template<{ own: number; shared: string }>({
    en: (p) => `maxCount must be a finite count ≥ this pyramid's largest age group (${p.own}), got ${p.shared}`,
    zh: (p) => `maxCount 须为有限数且不小于本金字塔最大年龄组人数（${p.own}），实际为 ${p.shared}`,
  }),
  'charts.options.unit': template({
    en: () => `a money chart needs its unit (options.unit), e.g. "100m yuan"`,
    zh: () => `金额图必须给出单位（options.unit），例如“亿元”`,
  }),
  'charts.fan.badRow': template<{ i: number }>({
    en: (p) => `row ${p.i}: years must increase and low ≤ lowInner ≤ median ≤ highInner ≤ high be finite`,
    zh: (p) => `第 ${p.i} 行：年份须递增，且 low ≤ lowInner ≤ median ≤ highInner ≤ high 均为有限数`,
  }),
  'charts.fan.noRows': template({
    en: () => `the fan has no rows to plot`,
    zh: () => `分布扇形图没有可绘制的数据`,
  }),
  'charts.fonts.cjkMissing': template<{ dirs: readonly string[] }>({
    en: (p) => `no Noto Sans CJK font found (searched ${p.dirs.join(', ') || 'no font folder'}); install it (Debian: apt-get install fonts-noto-cjk) or set FUNDCAST_FONT_DIR`,
    zh: (p) => `未找到 Noto Sans CJK 字体（已搜索 ${p.dirs.join('、') || '无字体目录'}）；请安装（Debian：apt-get install fonts-noto-cjk）或设置 FUNDCAST_FONT_DIR`,
  }),
  'charts.options.fanUnit': template({
    en: () => `a fan chart needs the unit of its values (options.unit)`,
    zh: () => `分布扇形图必须给出数值单位（options.unit）`,
  }),
  'charts.png.render': template<{ detail: string }>({
    en: (p) => `cannot draw the SVG as PNG: ${p.detail}`,
    zh: (p) => `无法将 SVG 转为 PNG：${p.detail}`,
  }),
  'charts.png.scale': template<{ scale: string }>({
    en: (p) => `scale must be a number > 0, got ${p.scale}`,
    zh: (p) => `scale 须为大于 0 的数，实际为 ${p.scale}`,
  }),
};
