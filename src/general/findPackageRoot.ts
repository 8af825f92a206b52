import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { FundcastError } from '../errors/FundcastError';

/**
 * Find the root folder of the fundcast package: the nearest folder, walking up from `start`,
 * that holds a `package.json` whose `name` is `fundcast`.
 *
 * Used by the loaders to read `data/demography/*.csv` wherever the code runs from: tsx and
 * vitest (cwd = repository root) and tslab (cwd = `notebooks/`). The walk starts at this
 * module's own folder (`__dirname`, defined under CommonJS, tsx, vitest and tslab), then at
 * its real path (tslab reaches `src/` through the `notebooks/src` symlink), then at
 * `process.cwd()`.
 *
 * Cost: one `package.json` read per folder on the way up.
 *
 * @param start folder to start from (default: this module's folder, then the working directory)
 * @returns absolute path of the package root
 * @throws FundcastError `general.packageRootNotFound` if no such folder exists above `start`
 */
export function findPackageRoot(start?: string): string {
  const here = moduleFolder();
  const starts = start !== undefined ? [start] : [...(here === undefined ? [] : [here, realpathSync(here)]), process.cwd()];
  for (const from of starts) {
    let folder = resolve(from);
    for (;;) {
      if (isFundcastRoot(folder)) return folder;
      const parent = dirname(folder);
      if (parent === folder) break;
      folder = parent;
    }
  }
  throw new FundcastError('general.packageRootNotFound', { starts });
}

function moduleFolder(): string | undefined {
  return typeof __dirname === 'string' ? __dirname : undefined;
}

function isFundcastRoot(folder: string): boolean {
  const manifest = join(folder, 'package.json');
  if (!existsSync(manifest)) return false;
  try {
    return JSON.parse(readFileSync(manifest, 'utf8')).name === 'fundcast';
  } catch {
    return false;
  }
}
