import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPackageRoot } from '../general/findPackageRoot';

let cached: string | undefined;

/**
 * The version of fundcast that is running, from its package.json (read once). Results carry it
 * (`fundcastVersion`), so a report traces to the code that produced it.
 * @example fundcastVersion() // '0.1.0'
 */
export function fundcastVersion(): string {
  cached ??= String((JSON.parse(readFileSync(join(findPackageRoot(), 'package.json'), 'utf8')) as { version?: unknown }).version ?? 'unknown');
  return cached;
}
