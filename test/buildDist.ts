import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
/** Written by scripts/build.mjs after a complete build. */
const stamp = join(root, 'dist', '.built');
const inputs = ['src', 'scripts/build.mjs', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];

function newest(path: string): number {
  const s = statSync(path);
  return s.isDirectory() ? Math.max(s.mtimeMs, ...readdirSync(path).map((e) => newest(join(path, e)))) : s.mtimeMs;
}

/**
 * vitest global setup: builds dist/ (library, declarations, CLI; ~2.5 s) unless it is newer than
 * every source, so the tests that run the installed command or pack the package never use a
 * stale build.
 */
export default function buildDist(): void {
  if (existsSync(stamp) && statSync(stamp).mtimeMs > Math.max(...inputs.map((p) => newest(join(root, p))))) return;
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
}
