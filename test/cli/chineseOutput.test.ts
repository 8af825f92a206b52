import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/messages/catalogue';
import { LABELS } from '../../src/results/labels';
import { shortBandLabel } from '../../src/results/terminalTable';
import { LEVER_LABELS } from '../../src/levers/leverLabels';
import { runCli } from '../helpers/runCli';

/**
 * Under --lang zh no command prints an English label: not a table header or band label of the
 * label catalogue, not the English name of a fund, overlay or lever, not a catalogue key left
 * untranslated. Scenario and overlay ids, lever ids the command line takes, numbers and units
 * such as "%" are not labels and may appear.
 */
const root = join(__dirname, '..', '..');
const national = join(root, 'scenarios', 'china-national-2025.yaml');
const overlays = ['employer-rate-cut', 'drg-extension', 'resident-premium-indexed'].map((r) => join(root, 'scenarios', 'reforms', `${r}.yaml`));
const stochastic = join(root, 'scenarios', 'examples', 'national-stochastic.yaml');

const commands: string[][] = [
  ['run', national],
  ['run', national, '--wide'],
  ['compare', national, ...overlays],
  ['attribute', national, ...overlays, '--fund', 'employee', '--year', '2035', '--wide'],
  ['solve', national, '--fund', 'employee', '--lever', 'employer_rate', '--target', 'min-months:6', '--wide'],
  ['solve', national, '--fund', 'resident', '--lever', 'premium_per_head', '--target', 'min-months:6'],
  ['verdict', national],
  ['simulate', stochastic, '--paths', '40', '--threads', '1', '--wide'],
];

/** English words a zh output must not contain: headers and phrases of the formatters, labels, names. */
async function englishLabels(): Promise<string[]> {
  const json = JSON.parse((await runCli('run', national, '--format', 'json')).out);
  const words = new Set<string>([
    ...Object.values(LABELS).map((l) => l.en),
    ...json.bands.flatMap((b: { labelEn: string }) => [b.labelEn, shortBandLabel(b.labelEn)]),
    ...json.funds.map((f: { name: string }) => f.name),
    ...Object.values(LEVER_LABELS).map((l) => l.en),
    'Balance', 'Months', 'Surplus', 'Total', 'Lever', 'First current deficit', 'exhausted', 'Monte Carlo', 'median', 'probability',
    'Solve', 'Target', 'Search', 'Solved value', 'Binding year', 'projections', 'Comparison', 'Attribution', 'before', 'after', 'Observed',
  ]);
  // one-letter or unit labels ("yuan", "persons") are checked as whole words below
  return [...words].filter((w) => w.length > 2);
}

describe('Chinese output has no English labels (issue 12 item 5)', () => {
  for (const args of commands) {
    it(args.map((a) => a.replace(root + '/', '')).join(' ') + ' --lang zh', async () => {
      const labels = await englishLabels();
      const { code, out } = await runCli(...args, '--lang', 'zh');
      expect([0, 3]).toContain(code);
      const found = labels.filter((w) => new RegExp(`(^|[^A-Za-z])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z])`).test(out));
      expect(found).toEqual([]);
      const keys = Object.keys(CATALOGUE).filter((k) => out.includes(k));
      expect(keys).toEqual([]);
    }, 60_000);
  }
});

describe('argument errors are bilingual (issue 12 item 5)', () => {
  const solve = ['solve', national, '--fund', 'employee', '--lever', 'employer_rate'];
  it.each([
    [[...solve, '--target', 'paygo', '--from', 'soon'], "--from must be a calendar year, found 'soon'", '--from 须为日历年份'],
    [[...solve, '--target', 'paygo', '--max-change', '0'], '--max-change must be a positive number', '--max-change 须为正数'],
    [[...solve, '--target', 'nonsense'], "cannot read target 'nonsense'", "无法识别目标 'nonsense'"],
  ])('%j', async (args, en, zh) => {
    const { code, err } = await runCli(...args);
    expect(code).toBe(1);
    expect(err).toContain(en);
    expect(err).toContain(zh);
    expect(err.split(en)).toHaveLength(2); // said once, not wrapped again by the parser
  });
});
