import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// README's library examples must print what their comments say, on the scenario `npm run forecast`
// (the default) projects: the Quick-start block is run as written with Node against the built
// library (dist/, built by the global setup), only the package name mapped to this checkout.
const root = join(__dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'fundcast-readme-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const defaultScenario = /run (scenarios\/[\w./-]+\.yaml)/.exec(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.forecast)![1];

describe("README's library examples", () => {
  it('the Quick-start block runs and prints the exhaustion year its comment states, on the default scenario', () => {
    const block = /\*\*Library\*\*[^\n]*\n+```js\n([\s\S]*?)```/.exec(readme)![1];
    expect(block).toContain(`fundcast/${defaultScenario}`);
    const stated = /exhaustionYear\);\s*\/\/\s*(\d{4})/.exec(block)![1];
    const code = block
      .replace(/from 'fundcast'/g, `from '${pathToFileURL(join(root, 'dist', 'index.js')).href}'`)
      .replace(/import\.meta\.resolve\('fundcast\/([^']+)'\)/g, (_, p: string) => `'${pathToFileURL(join(root, p)).href}'`);
    const file = join(work, 'quick-start.mjs');
    writeFileSync(file, code);
    const out = execFileSync(process.execPath, [file], { encoding: 'utf8' });
    const [first, ...table] = out.split('\n');
    expect(first).toBe(stated);
    expect(table.join('\n')).toMatch(/累计结余耗尽年份：(\d{4})/);
  });

  it('the Library section projects the same scenario and states the same year', () => {
    const section = readme.slice(readme.indexOf('\n## Library'));
    const block = /```ts\n([\s\S]*?)```/.exec(section)![1];
    expect(block).toContain(`'${defaultScenario}'`);
    const quick = /exhaustionYear\);\s*\/\/\s*(\d{4})/.exec(readme)![1];
    expect(/exhaustionYear;\s*\/\/\s*(\d{4})/.exec(block)![1]).toBe(quick);
  });
});
