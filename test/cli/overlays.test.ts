import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/main';
import { runCli as run } from '../helpers/runCli';

const root = join(__dirname, '..', '..');
const national = join(root, 'scenarios', 'china-national-2024.yaml');
const reforms = readdirSync(join(root, 'scenarios', 'reforms')).filter((f) => f.endsWith('.yaml')).map((f) => join(root, 'scenarios', 'reforms', f));


describe('every reform overlay runs through fundcast compare against the national default', () => {
  it('there are at least seven overlays', () => expect(reforms.length).toBeGreaterThanOrEqual(7));
  for (const overlay of reforms) {
    it(overlay.slice(root.length + 1), async () => {
      const { code, out, err } = await run('compare', national, overlay, '--format', 'json');
      expect(err).toBe('');
      expect(code).toBe(EXIT.ok);
      const c = JSON.parse(out);
      expect(c.b.id).toMatch(/^china-national-2024\+/);
      // the overlay changes something: some fund's balance differs in some year
      const moved = c.funds.some((f: any) => f.years.some((y: any) => Math.abs(y.balance.diff) > 1e-6));
      expect(moved).toBe(true);
    });
  }
});

describe('fundcast run --with and fundcast attribute', () => {
  it('run --with applies overlays in order and names them in the result', async () => {
    const { code, out } = await run('run', national, '--with', reforms[0], reforms[1], '--format', 'json');
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(out).scenario.overlays).toHaveLength(2);
  });

  it('attribute prints parts that add up to the total, and rejects a bad year', async () => {
    const cut = join(root, 'scenarios', 'reforms', 'employer-rate-cut.yaml');
    const drg = join(root, 'scenarios', 'reforms', 'drg-extension.yaml');
    const ok = await run('attribute', national, cut, drg, '--fund', 'employee', '--year', '2035', '--format', 'json');
    expect(ok.code).toBe(EXIT.ok);
    const a = JSON.parse(ok.out);
    const sum = a.parts.reduce((s: number, p: any) => s + p.shapley.balance, 0);
    expect(Math.abs(sum - a.total.balance)).toBeLessThanOrEqual(1e-9 * Math.abs(a.total.balance));
    expect((await run('attribute', national, cut, '--fund', 'employee', '--year', 'soon')).code).toBe(EXIT.invalidInput);
    expect((await run('attribute', national, cut, '--year', '2035')).code).toBe(EXIT.invalidInput); // --fund missing
  });

  it('a scenario and an overlay cannot be mixed as B', async () => {
    const { code, err } = await run('compare', national, reforms[0], join(root, 'scenarios', 'examples', 'employer-rate-cut.yaml'));
    expect(code).toBe(EXIT.invalidInput);
    expect(err).toMatch(/give one scenario B, or only reform overlay files/);
  });
});

describe('solve and verdict accept --with overlays', () => {
  it('verdict of base + overlay differs from the base where the overlay acts', async () => {
    const procurement = join(root, 'scenarios', 'reforms', 'procurement-savings.yaml');
    const plain = JSON.parse((await run('verdict', national, '--fund', 'resident', '--format', 'json')).out);
    const withOverlay = await run('verdict', national, '--with', procurement, '--fund', 'resident', '--format', 'json');
    expect(withOverlay.code).toBe(EXIT.ok);
    const v = JSON.parse(withOverlay.out);
    const year = (x: any) => x.verdicts[0].exhaustionYear;
    expect(year(v)).toBeGreaterThan(year(plain)); // savings delay exhaustion
  });

  it('solve with an overlay reports the rate for the combined scenario', async () => {
    const cut = join(root, 'scenarios', 'reforms', 'drg-extension.yaml');
    const r = await run('solve', national, '--with', cut, '--fund', 'employee', '--lever', 'employer_rate', '--target', 'min-months:6:2025-2035', '--format', 'json');
    expect(r.code).toBe(EXIT.ok);
    const base = await run('solve', national, '--fund', 'employee', '--lever', 'employer_rate', '--target', 'min-months:6:2025-2035', '--format', 'json');
    expect(JSON.parse(r.out).value).toBeLessThan(JSON.parse(base.out).value); // DRG savings need a lower rate
  });
});
