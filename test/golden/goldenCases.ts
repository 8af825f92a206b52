/**
 * Golden cases as data (after OpenFisca's YAML tests): each test/golden/*.yaml file is one case —
 * a scenario (a file, or inline), the figures it must produce, the margin, and where the expected
 * figures come from — so that a domain expert adds a case without writing code.
 *
 *   name: what the case checks
 *   source: hand calculation | identity | published table — <which table>
 *   calculation: |            # required for a hand calculation: the arithmetic, written out
 *     …
 *   scenario: scenarios/x.yaml   # relative to the case file; or `inline:` with a scenario document
 *   margin: {relative: 1e-9, why: …}   # |actual − expected| ≤ relative · max(|expected|, 1)
 *   expect:
 *     <fund id>:
 *       firstDeficitYear: 2022       # any field of the fund's result, dotted (base.modelIncome)
 *       events: [{year: 2028, lever: employer_rate, from: 0.5, to: 0.75}]
 *       2021: {income: 5954, incomeItems.interest: 200, band: excessive, reserveMonths: null}
 *
 * Numbers compare within the margin; text, null and booleans exactly; lists element by element;
 * mappings on the keys the case names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import { loadScenario, parseScenario, project, resolveAssumptions, type FundResult, type LoadedScenario } from '../../src/index';

const caseSchema = z
  .strictObject({
    name: z.string().min(1),
    source: z.string().regex(/^(hand calculation|identity|published table — .+)$/, 'hand calculation | identity | published table — <which table>'),
    calculation: z.string().min(1).optional(),
    scenario: z.string().min(1).optional(),
    inline: z.record(z.string(), z.unknown()).optional(),
    margin: z.strictObject({ relative: z.number().gt(0).max(0.01), why: z.string().min(1) }),
    expect: z.record(z.string(), z.record(z.string(), z.unknown())),
  })
  .superRefine((c, ctx) => {
    if ((c.scenario === undefined) === (c.inline === undefined)) ctx.addIssue({ code: 'custom', message: 'give exactly one of scenario, inline' });
    if (c.source === 'hand calculation' && !c.calculation) ctx.addIssue({ code: 'custom', message: 'a hand calculation must be written out in `calculation`' });
  });

export type GoldenCase = z.infer<typeof caseSchema> & { file: string };

export interface Mismatch {
  where: string;
  expected: unknown;
  actual: unknown;
}

/** Every case file of a folder, validated (a malformed case throws, naming its file). */
export function readGoldenCases(dir: string): GoldenCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      const parsed = caseSchema.safeParse(parse(readFileSync(file, 'utf8')));
      if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return { ...parsed.data, file };
    });
}

function loadCase(c: GoldenCase): LoadedScenario {
  if (c.scenario !== undefined) return loadScenario(resolve(dirname(c.file), c.scenario));
  return parseScenario(stringify(c.inline), c.file, dirname(c.file));
}

function valueAt(obj: unknown, dotted: string): unknown {
  let v: unknown = obj;
  for (const key of dotted.split('.')) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/** Compares `actual` with `expected` (see the file comment), appending every difference. */
function compare(actual: unknown, expected: unknown, where: string, relative: number, out: Mismatch[]): number {
  if (typeof expected === 'number') {
    const ok = typeof actual === 'number' && Math.abs(actual - expected) <= relative * Math.max(Math.abs(expected), 1);
    if (!ok) out.push({ where, expected, actual });
    return 1;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      out.push({ where: `${where} (length)`, expected: expected.length, actual: Array.isArray(actual) ? actual.length : actual });
      return 1;
    }
    return expected.reduce((n: number, e, k) => n + compare(actual[k], e, `${where}[${k}]`, relative, out), 0);
  }
  if (expected !== null && typeof expected === 'object') {
    return Object.entries(expected).reduce((n, [k, e]) => n + compare(valueAt(actual, k), e, `${where}.${k}`, relative, out), 0);
  }
  if (actual !== expected) out.push({ where, expected, actual });
  return 1;
}

/** Runs one case: the differences found and how many figures were checked. */
export function runGoldenCase(c: GoldenCase): { mismatches: Mismatch[]; figures: number } {
  const result = project(resolveAssumptions(loadCase(c)));
  const mismatches: Mismatch[] = [];
  let figures = 0;
  for (const [fundId, fields] of Object.entries(c.expect)) {
    const fund: FundResult | undefined = result.funds.find((f) => f.id === fundId);
    if (!fund) {
      mismatches.push({ where: fundId, expected: 'a fund', actual: result.funds.map((f) => f.id) });
      continue;
    }
    for (const [key, expected] of Object.entries(fields)) {
      if (/^\d{4}$/.test(key)) {
        const row = fund.rows.find((r) => r.year === Number(key));
        if (!row) mismatches.push({ where: `${fundId} ${key}`, expected: 'a projected year', actual: 'none' });
        else figures += compare(row, expected, `${fundId} ${key}`, c.margin.relative, mismatches);
      } else {
        figures += compare(valueAt(fund, key), expected, `${fundId} ${key}`, c.margin.relative, mismatches);
      }
    }
  }
  return { mismatches, figures };
}
