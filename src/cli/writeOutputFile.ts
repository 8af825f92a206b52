import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { OutputError } from './writeOutputDir';

/**
 * Writes one generated file whole or not at all (a temporary sibling renamed into place), and
 * never over a user's file: an existing file is replaced only when `isOurs(content)` says
 * fundcast wrote it. Throws OutputError otherwise.
 */
export function writeOutputFile(file: string, text: string, isOurs: (existing: string) => boolean): void {
  if (existsSync(file) && !isOurs(readFileSync(file, 'utf8'))) {
    throw new OutputError(`--out ${file} exists and was not written by fundcast; refusing to overwrite it / ${file} 已存在且不是 fundcast 生成的文件，拒绝覆盖`);
  }
  const tmp = join(dirname(file), `.${basename(file)}.tmp-${process.pid}-${Date.now()}`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
