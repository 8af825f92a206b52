import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXIT } from '../../src/cli/main';
import { runCli as run } from '../helpers/runCli';
import { combineScenario } from '../../src/scenario/combineScenario';
import { resolveAssumptions } from '../../src/assumptions/resolveAssumptions';
import { project } from '../../src/engine/project';
import { displayWidth } from '../../src/results/displayWidth';

const root = join(__dirname, '..', '..');
const national = join(root, 'scenarios', 'china-national-2025.yaml');
const noHistory = join(root, 'scenarios', 'examples', 'small-district.yaml');
const work = mkdtempSync(join(tmpdir(), 'fundcast-calibrate-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));


describe('fundcast calibrate', () => {
  it('prints an overlay whose fitted values the scenario applies, with each fit on standard error', async () => {
    const { code, out, err } = await run('calibrate', national);
    expect(code).toBe(EXIT.ok);
    const overlay = parse(out);
    expect(overlay.fundcast_overlay).toBe(1);
    // auto: the comment names the chosen method, the candidates' scores on the same origins, and both spreads
    expect(out).toMatch(/# active contributors \/ 在职职工人数: [a-z0-9-]+ \[auto: [a-z0-9-]+ had the lowest MAPE .* on the same origins 2023–2024 \(n = 3 forecasts each\): drift [0-9.]+ %, log-linear [0-9.]+ %\] on 2022–2025 \(n = 4\)/);
    expect(out).toMatch(/standard error of the growth [0-9.]+ pt, residual sd of yearly growth [0-9.]+ pt/);
    expect(err).toMatch(/employee\.members\.active_growth: [0-9.]+ %\/yr \([a-z-]+, 2022–2025, n = 4; se of growth [0-9.]+ pt, sd of yearly growth [0-9.]+ pt\)/);
    // applying the overlay puts its fitted growth into the first projection year
    const file = join(work, 'calibrated.yaml');
    writeFileSync(file, out);
    const b = resolveAssumptions(combineScenario(national, [file]));
    const written = overlay.changes.funds.employee.members.active_growth['2025'];
    const actives = (b.funds[0] as { actives: Float64Array }).actives;
    expect(actives[1] / actives[0] - 1).toBeCloseTo(written, 12);
    // the shipped default IS its calibration: every growth map calibrate writes is the file's own
    // (re-fitting the default reproduces it; the transition reads the file only from its end year on)
    const shipped = parse(readFileSync(national, 'utf8'));
    const maps: string[] = [];
    const same = (changes: Record<string, unknown>, target: Record<string, unknown>, path: string) => {
      for (const [k, v] of Object.entries(changes)) {
        if (v === null || typeof v !== 'object') continue;
        if (Object.keys(v).every((y) => /^\d{4}$/.test(y))) {
          expect(target[k], `${path}${k}`).toEqual(v);
          maps.push(`${path}${k}`);
        } else same(v as Record<string, unknown>, target[k] as Record<string, unknown>, `${path}${k}.`);
      }
    };
    same(overlay.changes.funds, shipped.funds, '');
    expect(maps.length).toBe(9);
  });

  it('--transition outside 0–50 is refused', async () => {
    const { code, err } = await run('calibrate', national, '--transition', '-1');
    expect(code).toBe(EXIT.invalidInput);
    expect(err).toMatch(/--transition must be a whole number from 0 to 50, found '-1'.*须为/s);
  });

  it('--out never replaces a file the user wrote', async () => {
    const file = join(work, 'mine.yaml');
    writeFileSync(file, 'my notes\n');
    const { code, err } = await run('calibrate', national, '--out', file);
    expect(code).toBe(EXIT.invalidInput);
    expect(err).toMatch(/mine\.yaml/);
    expect(readFileSync(file, 'utf8')).toBe('my notes\n');
  });

  it('a scenario without history is a clear bilingual error, exit 1', async () => {
    const { code, err } = await run('calibrate', noHistory);
    expect(code).toBe(EXIT.invalidInput);
    expect(err).toMatch(/no fund has a history block.*历史数据/s);
  });

  it('--years outside 1–50 is refused', async () => {
    expect((await run('calibrate', national, '--years', '0')).code).toBe(EXIT.invalidInput);
  });
});

describe('fundcast backtest', () => {
  it('--format json gives, per fund, the scored forecasts and summaries; the hand check of one row', async () => {
    const { code, out } = await run('backtest', national, '--format', 'json', '--horizons', '1');
    expect(code).toBe(EXIT.ok);
    const results = JSON.parse(out);
    expect(results.map((r: { fund: string }) => r.fund)).toEqual(['employee', 'resident']);
    const resident = results[1];
    // no-change forecast of 2025 resident expenditure from 2024: 10,661.49 for an actual 10,678.63
    const row = resident.rows.find((r: any) => r.forecaster === 'no-change' && r.item === 'expenditure' && r.origin === 2024);
    expect(row.forecast).toBe(10661.49);
    expect(row.actual).toBe(10678.63);
    expect(row.ape).toBeCloseTo((10678.63 - 10661.49) / 10678.63, 12);
    // the employee pooled fund's same-basis span is 2023–2025 (2022 gives members only); the methods
    // per head need two years of income per active (2023–2024) before their first origin, so every
    // forecaster, no change included, is scored on the same single origin 2024
    const origins = results[0].rows.filter((r: any) => r.forecaster === 'no-change' && r.item === 'income').map((r: any) => r.origin);
    expect(origins).toEqual([2024]);
    expect(results[0].origins).toEqual([2024]);
  });

  it('the table fits 80 columns in both languages', async () => {
    for (const lang of ['en', 'zh']) {
      const { out } = await run('backtest', national, '--lang', lang);
      const widest = Math.max(...out.split('\n').map(displayWidth));
      expect(widest).toBeLessThanOrEqual(80);
    }
  });

  it('under --lang zh the table has no English words (basis, methods, headers)', async () => {
    const { out } = await run('backtest', national, '--lang', 'zh');
    expect(out).toContain('口径：统计公报，统筹基金，含生育保险');
    // fund ids and MAPE are names, not words; nothing else Latin but n
    const words = out.replace(/employee|resident|MAPE|GM\(1,1\)/g, '').match(/[A-Za-z]{2,}/g);
    expect(words).toBeNull();
  });

  it('unknown methods and bad horizons exit 1', async () => {
    expect((await run('backtest', national, '--methods', 'crystal-ball')).code).toBe(EXIT.invalidInput);
    expect((await run('backtest', national, '--horizons', '0')).code).toBe(EXIT.invalidInput);
  });
});
