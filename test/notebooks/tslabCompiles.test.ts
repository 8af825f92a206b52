import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

/**
 * The notebooks' kernel (tslab) type-checks `src/` with its own TypeScript 5.0, Node10 module
 * resolution (package `exports` ignored) and no strict null checks — stricter in places than the
 * project's TypeScript 7. A failure there stops every notebook at its first cell, 60–90 s into
 * `npm test`; this check finds it in seconds, with the same compiler and the options tslab uses
 * (node_modules/tslab/dist/converter.js: module ESNext, moduleResolution Node10, esModuleInterop,
 * target and lib ES2022).
 */
const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'fundcast-tslab-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('src/index.ts type-checks with the notebook kernel\'s TypeScript and options', () => {
  const entry = join(dir, 'cell.ts');
  writeFileSync(entry, `import * as fc from ${JSON.stringify(join(root, 'src', 'index'))};\nexport const api = fc;\n`);
  const tsc = join(root, 'node_modules', '@tslab', 'typescript-for-tslab', 'bin', 'tsc');
  let output = '';
  try {
    execFileSync(process.execPath, [tsc, '--noEmit', '--module', 'esnext', '--moduleResolution', 'node10', '--esModuleInterop', '--target', 'es2022', '--lib', 'es2022', '--types', 'node', '--typeRoots', join(root, 'node_modules', '@types'), '--skipLibCheck', entry], { cwd: root, encoding: 'utf8' });
  } catch (e) {
    output = String((e as { stdout?: string }).stdout ?? e);
  }
  expect(output.split('\n').filter((l) => /error TS/.test(l))).toEqual([]);
}, 120_000);
