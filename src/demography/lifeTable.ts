import { DemographyError } from './demographyError';

/** Columns of a period life table, one cell per age (group); the last cell is the open group. */
export interface LifeTable {
  /** Central death rate, per person-year (the input). */
  mx: Float64Array;
  /** Probability of dying between x and x + n (1 in the open group). */
  qx: Float64Array;
  /** Survivors to exact age x, out of the radix. */
  lx: Float64Array;
  /** Deaths between x and x + n. */
  dx: Float64Array;
  /** Person-years lived between x and x + n. */
  Lx: Float64Array;
  /** Person-years lived above x. */
  Tx: Float64Array;
  /** Life expectancy at exact age x, years. */
  ex: Float64Array;
}

/**
 * Period life table from central death rates, assuming a constant force of mortality within
 * each age interval (so the table reproduces the input mx exactly).
 *
 * Formulas, for an interval [x, x+n) with rate m = mx: qx = 1 − exp(−n·m);
 * l(x+n) = lx·(1 − qx); dx = lx·qx; Lx = dx / m (n·lx when m = 0). Open last interval ω+:
 * qω = 1, dω = lω, Lω = lω / mω. Tx = Σ_{y ≥ x} Ly; ex = Tx / lx.
 *
 * Reference: Preston, Heuveline & Guillot (2001), Demography, §3.1–3.3 (constant-hazard
 * conversion, eq. 3.4). Cost: O(ages).
 *
 * @param mx central death rates per person-year, ages 0..ω (last = open group), finite and ≥ 0,
 *   with mω > 0
 * @param options `widths` interval lengths n in years of the closed intervals (default all 1,
 *   i.e. single years; e.g. [1, 4, 5, 5, …] for an abridged table); `radix` l0 (default 1)
 * @returns the life table columns (Float64Array, same length as mx)
 * @throws DemographyError `demography.invalidRates` if mx is empty, has a negative or non-finite value,
 *   or the open-group rate is not > 0; `demography.invalidInput` for bad widths or radix
 */
export function lifeTable(mx: ArrayLike<number>, options: { widths?: ArrayLike<number>; radix?: number } = {}): LifeTable {
  const n = mx.length;
  const radix = options.radix ?? 1;
  validate(mx, options.widths, radix);
  const t: LifeTable = {
    mx: Float64Array.from(mx), qx: new Float64Array(n), lx: new Float64Array(n), dx: new Float64Array(n),
    Lx: new Float64Array(n), Tx: new Float64Array(n), ex: new Float64Array(n),
  };
  t.lx[0] = radix;
  for (let x = 0; x < n - 1; x++) {
    const width = options.widths ? options.widths[x] : 1;
    const m = t.mx[x];
    t.qx[x] = -Math.expm1(-width * m);
    t.dx[x] = t.lx[x] * t.qx[x];
    t.lx[x + 1] = t.lx[x] - t.dx[x];
    t.Lx[x] = m > 0 ? t.dx[x] / m : width * t.lx[x];
  }
  t.qx[n - 1] = 1;
  t.dx[n - 1] = t.lx[n - 1];
  t.Lx[n - 1] = t.lx[n - 1] / t.mx[n - 1];
  let T = 0;
  for (let x = n - 1; x >= 0; x--) {
    T += t.Lx[x];
    t.Tx[x] = T;
    t.ex[x] = t.lx[x] > 0 ? T / t.lx[x] : 0;
  }
  return t;
}

function validate(mx: ArrayLike<number>, widths: ArrayLike<number> | undefined, radix: number): void {
  if (mx.length === 0) throw new DemographyError('demography.invalidRates.validate', {});
  for (let x = 0; x < mx.length; x++) {
    if (!(Number.isFinite(mx[x]) && mx[x] >= 0)) {
      throw new DemographyError('demography.invalidRates.rate', { x, mx: mx[x], age: x, value: mx[x] });
    }
  }
  if (!(mx[mx.length - 1] > 0)) {
    throw new DemographyError('demography.invalidRates.openAge', { value: mx[mx.length - 1] });
  }
  if (widths !== undefined && (widths.length < mx.length - 1 || Array.from(widths).some((w) => !(w > 0 && Number.isFinite(w))))) {
    throw new DemographyError('demography.invalidInput.validate', {});
  }
  if (!(radix > 0 && Number.isFinite(radix))) {
    throw new DemographyError('demography.invalidInput.radix', { radix });
  }
}
