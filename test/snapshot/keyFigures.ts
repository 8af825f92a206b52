import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runScenario } from '../../src/index';

/**
 * Key figures of a shipped scenario, by fund: first deficit and exhaustion years, and the balance
 * and months of reserve every 5 years from the base year (plus the last year). A regression
 * snapshot, kept apart from the golden cases: it pins what the model gives now, not what is
 * right, so that any change to a shipped forecast shows in the diff of key-figures.json and is
 * approved there (`npm run snapshot:update`).
 */
export interface FundKeyFigures {
  firstDeficitYear: number | null;
  exhaustionYear: number | null;
  /** year → [balance, months of reserve], 12 significant digits */
  years: Record<string, [number, number | null]>;
}

export const SNAPSHOT_FILE = join(__dirname, 'key-figures.json');

const root = join(__dirname, '..', '..');

/** The shipped scenarios, as paths relative to the repository root. */
export function shippedScenarios(): string[] {
  const inDir = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.yaml')).sort().map((f) => `${dir}/${f}`);
  return [...inDir('scenarios'), ...inDir('scenarios/examples')];
}

const sig = (v: number) => Number(v.toPrecision(12));

export function keyFigures(file: string): Record<string, FundKeyFigures> {
  const result = runScenario(join(root, file));
  const { baseYear, endYear } = result.scenario;
  const out: Record<string, FundKeyFigures> = {};
  for (const f of result.funds) {
    const years: FundKeyFigures['years'] = {};
    for (const r of f.rows) {
      if ((r.year - baseYear) % 5 === 0 || r.year === endYear) years[r.year] = [sig(r.balance), r.reserveMonths === null ? null : sig(r.reserveMonths)];
    }
    out[f.id] = { firstDeficitYear: f.firstDeficitYear, exhaustionYear: f.exhaustionYear, years };
  }
  return out;
}

/** Key figures of every shipped scenario, by file. */
export function allKeyFigures(): Record<string, Record<string, FundKeyFigures>> {
  return Object.fromEntries(shippedScenarios().map((file) => [file, keyFigures(file)]));
}
