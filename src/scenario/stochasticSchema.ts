import { z } from 'zod';
import { paramMeta as meta } from './paramMeta';

/**
 * The `stochastic` block of a scenario file: shock processes on time-indexed parameters, for
 * Monte Carlo runs (`fundcast simulate`). Deterministic commands ignore it (they project the
 * parameters as written, i.e. every shock at zero). See docs/stochastic.md for the formulas.
 *
 *   stochastic:
 *     shocks:
 *       wage_growth:
 *         on: [employee.contributions.base_growth]       # "<fund>.<parameter path>", one or more
 *         distribution: normal                           # normal | lognormal | truncated_normal | uniform | triangular | bootstrap
 *         sd: 0.01
 *         ar1: 0.5                                       # persistence φ
 *         parameter_sd: 0.003                            # parameter uncertainty: one draw per path
 *     correlations:
 *       - {between: [wage_growth, spending_growth], rho: 0.4}
 */

const shockId = z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'a lower-case shock identifier (letters, digits, _)' });
const target = z
  .string()
  .regex(/^[a-z][a-z0-9_-]*(\.[a-z_]+)+$/, { error: 'a fund id and a parameter path, e.g. employee.contributions.base_growth' })
  .meta(meta('parameter reference', '"<fund id>.<parameter path>", e.g. employee.spending.active_growth.'));
const size = () => z.number().min(0).max(10);
const bound = () => z.number().min(-10).max(10);

const common = {
  on: z.array(target).min(1).max(16).meta(meta('parameter references', 'The parameters this shock moves; all of them get the same draw.')),
  ar1: z.number().gt(-1).lt(1).optional().meta(meta('coefficient φ (−1 < φ < 1)', 'Persistence: x_t = φ·x_{t−1} + u_t (default 0: independent years).')),
  parameter_sd: size().optional().meta(meta('same unit as the shock', 'Parameter uncertainty: one N(0, sd²) draw per path, added in every year (default 0).')),
  source: z.string().optional().meta(meta('text', 'Where the size comes from (e.g. a calibration’s fitted standard error).')),
};

export const shockProcessSchema = z
  .discriminatedUnion('distribution', [
    z.strictObject({
      distribution: z.literal('normal'),
      sd: size().meta(meta('same unit as the parameter', 'Standard deviation of the yearly innovation.')),
      mean: bound().optional().meta(meta('same unit as the parameter', 'Mean of the yearly innovation (default 0).')),
      ...common,
    }),
    z.strictObject({
      distribution: z.literal('lognormal'),
      sd: size().meta(meta('standard deviation of the log', 'Innovation u = exp(σZ − σ²/2) − 1: mean zero, skewed upwards, never below −1.')),
      ...common,
    }),
    z.strictObject({
      distribution: z.literal('truncated_normal'),
      sd: size().meta(meta('same unit as the parameter', 'Standard deviation before truncation.')),
      mean: bound().optional().meta(meta('same unit as the parameter', 'Mean before truncation (default 0).')),
      lower: bound().meta(meta('same unit as the parameter', 'Lowest innovation.')),
      upper: bound().meta(meta('same unit as the parameter', 'Highest innovation.')),
      ...common,
    }),
    z.strictObject({
      distribution: z.literal('uniform'),
      lower: bound().meta(meta('same unit as the parameter', 'Lowest innovation.')),
      upper: bound().meta(meta('same unit as the parameter', 'Highest innovation.')),
      ...common,
    }),
    z.strictObject({
      distribution: z.literal('triangular'),
      lower: bound().meta(meta('same unit as the parameter', 'Lowest innovation.')),
      mode: bound().meta(meta('same unit as the parameter', 'Most likely innovation.')),
      upper: bound().meta(meta('same unit as the parameter', 'Highest innovation.')),
      ...common,
    }),
    z.strictObject({
      distribution: z.literal('bootstrap'),
      residuals: z.array(bound()).min(2).max(10000).meta(meta('same unit as the parameter', 'Innovations drawn with replacement from these values (e.g. a fit’s residuals), used as given.')),
      ...common,
    }),
  ])
  .superRefine((s, ctx) => {
    const issue = (path: string[], en: string, zh: string, expected: string, found: string) => ctx.addIssue({ code: 'custom', path, message: en, params: { zh, expected, found } });
    if ('lower' in s && 'upper' in s && s.upper < s.lower) issue(['upper'], `upper (${s.upper}) is below lower (${s.lower})`, `上限（${s.upper}）低于下限（${s.lower}）`, `a number ≥ ${s.lower}`, String(s.upper));
    if (s.distribution === 'triangular' && (s.mode < s.lower || s.mode > s.upper)) issue(['mode'], `mode (${s.mode}) is outside [${s.lower}, ${s.upper}]`, `众数（${s.mode}）不在 [${s.lower}, ${s.upper}] 内`, `a number in [${s.lower}, ${s.upper}]`, String(s.mode));
    if (s.distribution === 'truncated_normal' && s.sd > 0 && s.upper === s.lower) issue(['upper'], 'a truncated normal with sd > 0 needs upper > lower', '标准差大于0的截断正态分布要求上限大于下限', `a number > ${s.lower}`, String(s.upper));
    if (s.distribution === 'truncated_normal' && s.sd === 0 && (s.mean ?? 0) !== Math.min(Math.max(s.mean ?? 0, s.lower), s.upper)) issue(['mean'], 'with sd 0 the mean must lie within [lower, upper]', '标准差为0时均值须在 [下限, 上限] 内', `a number in [${s.lower}, ${s.upper}]`, String(s.mean ?? 0));
  })
  .meta(meta('shock process', 'A shock process on one or more time-indexed parameters (docs/stochastic.md).'));

export const correlationSchema = z.strictObject({
  between: z.tuple([shockId, shockId]).meta(meta('two shock ids', 'The two shocks whose yearly innovations are correlated.')),
  rho: z.number().min(-1).max(1).meta(meta('correlation (−1 to 1)', 'Correlation of the two shocks’ standard normal innovations (Gaussian copula).')),
});

/**
 * The zod schema of a scenario's `stochastic` block: shock processes by id and their pairwise
 * correlations.
 */
export const stochasticSchema = z
  .strictObject({
    shocks: z.record(shockId, shockProcessSchema).meta(meta('shock processes by id', 'Shock processes, by identifier.')),
    correlations: z.array(correlationSchema).optional().meta(meta('list', 'Pairwise correlations; unlisted pairs are independent. The matrix must be positive definite.')),
  })
  .meta(meta('stochastic assumptions', 'Shock processes for Monte Carlo runs (fundcast simulate); ignored by deterministic commands.'));

/** One shock process as written in a scenario (`stochastic.shocks.<id>`). */
export type ShockProcessSpec = z.infer<typeof shockProcessSchema>;
/** A scenario's `stochastic` block as written. */
export type StochasticSpec = z.infer<typeof stochasticSchema>;
