import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * vitest global setup: builds dist/ from the current sources before the tests that run the
 * installed command (bin/fundcast.cjs runs dist/cli.js), so they never test a stale build. The
 * JavaScript only (~1 s): the declarations are built by `npm pack` (prepare) where they are used.
 */
export default function buildDist(): void {
  execFileSync(process.execPath, [join(__dirname, '..', 'scripts', 'build.mjs'), '--js'], { stdio: 'inherit' });
}
