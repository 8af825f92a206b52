import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { afterAll, describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/charts/renderSvg';
import { reserveChartSpec } from '../../src/charts/reserveChartSpec';
import { escapeControls } from '../../src/results/escapeControls';
import { sampleFund } from '../charts/sampleFund';
import { runCli } from '../helpers/runCli';

const root = join(__dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'fundcast-escape-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** ESC [2J clears the screen; ESC ] 0; sets the window title; U+009B is an 8-bit CSI; U+202E reverses text. */
const HOSTILE = 'Fund\u001b[2J\u001b]0;pwned\u0007 \u009b31m\u202e\r\nend';
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

const run = runCli;

describe('escapeControls', () => {
  it('shows every control character as \\uXXXX and leaves other text alone', () => {
    expect(escapeControls('a\u001b[2Jb')).toBe('a\\u001B[2Jb');
    expect(escapeControls('\u009b\u202e\u0000\u007f')).toBe('\\u009B\\u202E\\u0000\\u007F');
    expect(escapeControls('line\nnext\ttab', '\n')).toBe('line\nnext\\u0009tab');
    expect(escapeControls('医保基金 fund — 1,234.5')).toBe('医保基金 fund — 1,234.5');
  });

  it('keeps a JSON text valid and equal in meaning', () => {
    const value = { name: HOSTILE };
    expect(JSON.parse(escapeControls(JSON.stringify(value), '\n'))).toEqual(value);
  });
});

describe('names with terminal escape sequences (issue 8)', () => {
  const scenario = join(work, 'hostile.yaml');
  const text = readFileSync(join(root, 'scenarios', 'examples', 'small-district.yaml'), 'utf8')
    .replace(/^name: .*$/m, `name: ${JSON.stringify(HOSTILE)}`)
    .replace(/^(\s+)name: .*$/m, `$1name: ${JSON.stringify(HOSTILE)}`)
    .replace(/^(\s*)name_zh: .*$/gm, `$1name_zh: ${JSON.stringify(HOSTILE)}`);
  writeFileSync(scenario, text);

  it('never reach the terminal raw, in any format or command; JSON still carries the exact name', async () => {
    for (const args of [['run'], ['run', '--format', 'csv'], ['run', '--format', 'json'], ['run', '--lang', 'zh'], ['verdict'], ['verdict', '--format', 'json'], ['verdict', '--lang', 'zh']]) {
      const { code, out, err } = await run(args[0], scenario, ...args.slice(1));
      expect(code, err).toBe(0);
      expect(RAW.test(out), `${args.join(' ')}: ${JSON.stringify(out.slice(0, 200))}`).toBe(false);
      if (!args.includes('csv')) expect(out.toLowerCase()).toContain('fund\\u001b[2j');
    }
    const json = JSON.parse((await run('run', scenario, '--format', 'json')).out);
    expect(json.scenario.name).toBe(HOSTILE);
  });

  it('the summaries written by --out show them escaped too', async () => {
    const dir = join(work, 'out');
    expect((await run('run', scenario, '--out', dir)).code).toBe(0);
    for (const f of ['summary-en.txt', 'summary-zh.txt']) expect(RAW.test(readFileSync(join(dir, f), 'utf8'))).toBe(false);
  });

  it('a control character in a fund name gives a well-formed SVG (parsed as XML)', async () => {
    const svg = await renderSvg(reserveChartSpec({ ...sampleFund(), name: HOSTILE }, { lang: 'en' }));
    const parser = new SaxesParser({ xmlns: true });
    let texts = '';
    parser.on('text', (t) => (texts += t));
    expect(() => parser.write(svg).close()).not.toThrow();
    expect(texts).toContain('Fund\\u001B[2J');
  });
});
