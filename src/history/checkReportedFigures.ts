import { messages } from '../messages/message';
import { showFigure } from './checkHistory';
import { HISTORY_REPORTED_KEYS, type FundHistory, type HistoryYear, type ReportedFigure, type ScenarioWarning } from './types';

/** A basis a reported ratio may be published on, and the ratio recomputed on it from the year's figures (null: a figure is missing). */
export interface ReportedBasisValue {
  basis: 'current_year' | 'next_year' | 'of_income' | 'of_expenditure' | 'of_income_excluding_interest';
  value: number | null;
}

/** One reported ratio checked: every basis recomputed, and which of them reproduce the published figure. */
export interface ReportedFigureCheck {
  year: number;
  figure: ReportedFigure;
  reported: number;
  bases: ReportedBasisValue[];
  reproducedBy: ReportedBasisValue['basis'][];
  /** the tolerance used: half a unit of the last decimal published, or the history's relative tolerance if larger */
  tolerance: number;
  /** no basis reproduces it, but one does with the figure read as a percentage (23.7 for 0.237) */
  percent: boolean;
}

const ratio = (n: number | null, d: number | null) => (n === null || d === null || d === 0 ? null : n / d);

/**
 * Each ratio a fund's history reports as published (`reported`), recomputed on every basis fundcast
 * knows from the year's own figures (I income, E expenditure, S the reported surplus else I − E,
 * B balance, i the `interest` income item):
 *
 * - months of reserve: `current_year` B·12/E_t, `next_year` B·12/E_{t+1} (the next history year, consecutive);
 * - gap rate 缺口率: `of_income` (E − I)/I (this project's definition), `of_expenditure` (E − I)/E,
 *   `of_income_excluding_interest` (E − (I − i))/(I − i) when the interest item is given;
 * - current surplus rate 当期结余率: `of_income` S/I, `of_expenditure` S/E;
 * - balance rate 累计结余率: `of_income` B/I (this project's definition), `of_expenditure` B/E.
 *
 * A basis reproduces the figure when |reported − value| ≤ max(half a unit of the last decimal the
 * figure is written with, relativeTolerance·|reported|): 27.6 published months agree with 27.55–27.65.
 */
export function reportedFigureChecks(h: FundHistory): ReportedFigureCheck[] {
  const out: ReportedFigureCheck[] = [];
  h.years.forEach((y, n) => {
    const next = h.years[n + 1]?.year === y.year + 1 ? h.years[n + 1] : null;
    for (const figure of HISTORY_REPORTED_KEYS) {
      const reported = y.reported?.[figure];
      if (reported === undefined) continue;
      const bases = basesOf(figure, y, next);
      const tolerance = Math.max(halfLastDecimal(reported), h.checks.relativeTolerance * Math.abs(reported));
      const agrees = (x: number, v: number | null) => v !== null && Math.abs(x - v) <= tolerance;
      const reproducedBy = bases.filter((b) => agrees(reported, b.value)).map((b) => b.basis);
      const percent = reproducedBy.length === 0 && figure !== 'reserve_months' && bases.some((b) => b.value !== null && Math.abs(reported / 100 - b.value) <= tolerance / 100);
      out.push({ year: y.year, figure, reported, bases, reproducedBy, tolerance, percent });
    }
  });
  return out;
}

function basesOf(figure: ReportedFigure, y: HistoryYear, next: HistoryYear | null): ReportedBasisValue[] {
  const { income: I, expenditure: E, balance: B } = y;
  const S = y.surplus ?? (I !== null && E !== null ? I - E : null);
  const gap = I !== null && E !== null ? E - I : null;
  switch (figure) {
    case 'reserve_months':
      return [
        { basis: 'current_year', value: B === null ? null : ratio(12 * B, E) },
        { basis: 'next_year', value: B === null ? null : ratio(12 * B, next?.expenditure ?? null) },
      ];
    case 'gap_rate': {
      const interest = y.incomeItems.interest;
      const own = I !== null && interest !== undefined ? I - interest : null;
      return [
        { basis: 'of_income', value: ratio(gap, I) },
        { basis: 'of_expenditure', value: ratio(gap, E) },
        ...(interest !== undefined ? [{ basis: 'of_income_excluding_interest' as const, value: own === null || E === null ? null : ratio(E - own, own) }] : []),
      ];
    }
    case 'surplus_rate':
      return [{ basis: 'of_income', value: ratio(S, I) }, { basis: 'of_expenditure', value: ratio(S, E) }];
    case 'balance_rate':
      return [{ basis: 'of_income', value: ratio(B, I) }, { basis: 'of_expenditure', value: ratio(B, E) }];
  }
}

/** Half a unit of the last decimal of x as written (27.6 → 0.05, 28 → 0.5, 0.237 → 0.0005); 0 for a number in exponent form. */
function halfLastDecimal(x: number): number {
  const text = String(x);
  if (/e/i.test(text)) return 0;
  const dot = text.indexOf('.');
  return 0.5 * 10 ** -(dot < 0 ? 0 : text.length - dot - 1);
}

/**
 * Located warnings on a fund's reported ratios (reportedFigureChecks), in English and Chinese, each
 * naming the published figure and the recomputed ones; nothing when this scenario's own basis
 * reproduces the figure (months: `reserveMonthsBasis`; the rates: as a share of income):
 *
 * - `history_reported_basis`: another basis reproduces it (e.g. months on next year's expenditure),
 * - `history_reported_mismatch`: no basis does (it says so, and when the figure matches as a percentage),
 * - `history_reported_unchecked`: the year lacks the figures any basis needs.
 */
export function checkReportedFigures(h: FundHistory, reserveMonthsBasis: 'current_year' | 'next_year'): ScenarioWarning[] {
  const out: ScenarioWarning[] = [];
  const years = new Map(h.years.map((y) => [y.year, y]));
  for (const c of reportedFigureChecks(h)) {
    const own = c.figure === 'reserve_months' ? reserveMonthsBasis : 'of_income';
    if (c.reproducedBy.includes(own)) continue;
    const field = ['reported', c.figure];
    const where = { ...h.locate(c.year, field), path: ['funds', h.fund, 'history', 'years', String(c.year), ...field] };
    const show = (v: number) => showFigure(Number(v.toPrecision(6)));
    const label = (b: ReportedBasisValue, lang: 'en' | 'zh') => messages('history.reported.basis', { basis: b.basis })[lang];
    const names = messages('history.reported.figure', { figure: c.figure });
    const scopeOf = years.get(c.year)!.basis.scope;
    const scope = (lang: 'en' | 'zh') => (scopeOf === null ? null : messages('history.reported.scope', { scope: scopeOf })[lang]);
    const figures: ScenarioWarning['figures'] = { reported: c.reported, ...Object.fromEntries(c.bases.map((b) => [b.basis, b.value])) };
    const ownValue = c.bases.find((b) => b.basis === own)?.value ?? null;
    const known = c.bases.filter((b) => b.value !== null);
    const common = { fund: h.fund, year: c.year, figure: names.en, figureZh: names.zh, reported: showFigure(c.reported) };
    if (known.length === 0) {
      const needs = { en: c.figure === 'reserve_months' ? 'the balance and expenditure' : 'income and expenditure (and the balance for the balance rate)', zh: c.figure === 'reserve_months' ? '累计结余与支出' : '收入与支出（累计结余率还需累计结余）' };
      out.push({ code: 'history_reported_unchecked', ...where, figures, difference: null, message: { en: messages('history.reported.unchecked', { ...common, needs: needs.en }).en, zh: messages('history.reported.unchecked', { ...common, needs: needs.zh }).zh } });
      continue;
    }
    if (c.reproducedBy.length > 0) {
      const by = (lang: 'en' | 'zh') => c.bases.filter((b) => c.reproducedBy.includes(b.basis)).map((b) => ({ label: label(b, lang), value: show(b.value!) }));
      const ownShown = (lang: 'en' | 'zh') => (ownValue === null ? null : { label: label({ basis: own, value: ownValue }, lang), value: show(ownValue) });
      const text = (lang: 'en' | 'zh') => messages('history.reported.otherBasis', { ...common, by: by(lang), own: ownShown(lang), scope: scope(lang) })[lang];
      out.push({ code: 'history_reported_basis', ...where, figures, difference: ownValue === null ? null : c.reported - ownValue, message: { en: text('en'), zh: text('zh') } });
    } else {
      const tried = (lang: 'en' | 'zh') => known.map((b) => ({ label: label(b, lang), value: show(b.value!) }));
      const text = (lang: 'en' | 'zh') => messages('history.reported.noBasis', { ...common, tried: tried(lang), percent: c.percent, scope: scope(lang) })[lang];
      out.push({ code: 'history_reported_mismatch', ...where, figures, difference: ownValue === null ? null : c.reported - ownValue, message: { en: text('en'), zh: text('zh') } });
    }
  }
  return out;
}
