import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/results/displayWidth';
import { runCli } from '../helpers/runCli';

/**
 * Every table-printing command, on every shipped scenario, in English and Chinese, prints no line
 * wider than 80 display columns (CJK characters count 2) unless `--wide` is given; with `--wide`
 * the full tables come back (the run table's current-surplus column, which the 80-column form drops).
 */
const root = join(__dirname, '..', '..');
const dir = (d: string) => readdirSync(join(root, d)).filter((f) => f.endsWith('.yaml')).map((f) => join(root, d, f));
const scenarios = [...dir('scenarios'), ...dir('scenarios/examples')];
const reforms = dir('scenarios/reforms');
const national = join(root, 'scenarios', 'china-national-2025.yaml');
// three overlays keep the attribution quick (Shapley projects every subset) and its B id long
const three = ['employer-rate-cut', 'drg-extension', 'resident-premium-indexed'].map((r) => join(root, 'scenarios', 'reforms', `${r}.yaml`));
const stochastic = join(root, 'scenarios', 'examples', 'national-stochastic.yaml');

const commands: string[][] = [
  ...scenarios.flatMap((s) => [['run', s], ['verdict', s]]),
  ...reforms.map((r) => ['compare', national, r]),
  ['compare', national, join(root, 'scenarios', 'china-national-2024.yaml')],
  ['attribute', national, ...three, '--fund', 'employee', '--year', '2035'],
  ['attribute', national, ...three, '--fund', 'resident', '--year', '2040'],
  ['solve', national, '--fund', 'employee', '--lever', 'employer_rate', '--target', 'min-months:6'],
  ['solve', national, '--fund', 'resident', '--lever', 'premium_per_head', '--target', 'min-months:6'],
  ['simulate', stochastic, '--paths', '40', '--threads', '1'],
];

function tooWide(out: string): string[] {
  return out.split('\n').filter((line) => displayWidth(line) > 80);
}

describe('terminal output fits 80 columns by default', () => {
  for (const lang of ['en', 'zh']) {
    for (const args of commands) {
      const name = `${args[0]} ${args.slice(1).map((a) => a.replace(root + '/', '')).join(' ')} --lang ${lang}`;
      it(name, async () => {
        const { code, out } = await runCli(...args, '--lang', lang);
        expect([0, 3]).toContain(code); // 3: solve found no feasible value (its reason is still printed)
        expect(out.length).toBeGreaterThan(0);
        expect(tooWide(out)).toEqual([]);
      }, 60_000);
    }
  }

  it('--wide prints every column: the run table keeps current surplus, so its lines are wider than 80', async () => {
    const narrow = await runCli('run', national);
    const wide = await runCli('run', national, '--wide');
    expect(narrow.out).not.toContain('Current surplus');
    expect(wide.out).toContain('Current surplus');
    expect(tooWide(wide.out).length).toBeGreaterThan(0);
  });
});
