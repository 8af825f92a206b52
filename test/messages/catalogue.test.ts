import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/messages/catalogue';
import { message } from '../../src/messages/message';
import { FundcastError } from '../../src/errors/FundcastError';

const src = join(__dirname, '..', '..', 'src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
const sources = files(src).map((path) => ({ path: relative(src, path), text: readFileSync(path, 'utf8') }));
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/; // CJK ideographs and full-width punctuation

describe('one error shape, one message catalogue', () => {
  it('no `throw new Error(` in src/ outside the error module', () => {
    const offenders = sources.filter((f) => !f.path.startsWith('errors/') && /throw\s+new\s+Error\s*\(/.test(f.text)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('no caller recovers the languages by splitting a message on " / "', () => {
    const offenders = sources.filter((f) => /message\.split\(\s*['"] \/ ['"]\s*\)/.test(f.text)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('every catalogue entry has an English and a Chinese text, and the Chinese one is written in Chinese', () => {
    const entries = Object.entries(CATALOGUE) as [string, { en: unknown; zh: unknown }][];
    expect(entries.length).toBeGreaterThan(100);
    for (const [key, t] of entries) {
      expect(typeof t.en, key).toBe('function');
      expect(typeof t.zh, key).toBe('function');
      expect(CJK.test(String(t.zh)), `${key}: zh has no Chinese`).toBe(true);
    }
  });

  it('every key follows `<src folder>.<name>` and is used in src/ (no dead entries)', () => {
    const folders = new Set(readdirSync(src).filter((name) => statSync(join(src, name)).isDirectory()));
    const code = sources.filter((f) => !f.path.startsWith('messages/')).map((f) => f.text).join('\n');
    for (const key of Object.keys(CATALOGUE)) {
      expect(folders.has(key.split('.')[0]), key).toBe(true);
      expect(code.includes(`'${key}'`), `${key} is never used`).toBe(true);
    }
  });

  it('an error is data first; its texts are the catalogue entry filled with its details', () => {
    const e = new FundcastError('attribution.tooManyLevers', { max: 30, n: 31 }, ['overlays']);
    expect([e.code, e.path, e.details]).toEqual(['attribution.tooManyLevers', ['overlays'], { max: 30, n: 31 }]);
    expect(e.en).toBe(message('attribution.tooManyLevers', { max: 30, n: 31 }, 'en'));
    expect(e.en).toContain('at most 30 levers; found 31');
    expect(e.zh).toContain('最多支持 30 个政策参数，实际 31 个');
    expect(e.message).toBe(`overlays: ${e.en} / ${e.zh}`);
  });
});
