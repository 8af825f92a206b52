import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
/** Written by scripts/build.mjs after building the JavaScript. */
const stamp = join(root, 'dist', '.js-built');
const inputs = ['src', 'scripts/build.mjs', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];

function newest(path: string): number {
  const s = statSync(path);
  return s.isDirectory() ? Math.max(s.mtimeMs, ...readdirSync(path).map((e) => newest(join(path, e)))) : s.mtimeMs;
}

/**
 * vitest global setup: builds the JavaScript of dist/ (library and CLI, ~1 s) unless it is newer
 * than every source, so the tests that run the installed command never use a stale build. The
 * declarations are built by the pack test, which is the test that needs them.
 */
export default function buildDist(): void {
  if (existsSync(stamp) && statSync(stamp).mtimeMs > Math.max(...inputs.map((p) => newest(join(root, p))))) return;
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--js'], { stdio: 'inherit' });
}
