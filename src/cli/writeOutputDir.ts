import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The marker file that says a folder was written by fundcast (and may be replaced by it). */
export const OUTPUT_MARKER = 'fundcast-output.json';

export class OutputError extends Error {}

/**
 * Writes a set of files into `dir` whole or not at all, and never over a user's files.
 *
 * The files are first written into a fresh sibling folder; only when all are written is that
 * folder renamed to `dir`. An existing `dir` is replaced only if it is empty or was itself written
 * by fundcast (it holds OUTPUT_MARKER); otherwise OutputError is thrown and nothing changes.
 */
export function writeOutputDir(dir: string, files: Record<string, string>, manifest: Record<string, unknown>): void {
  const target = resolve(dir);
  let replace = false;
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) throw new OutputError(`--out ${dir} exists and is not a folder / --out ${dir} 已存在且不是文件夹`);
    const entries = readdirSync(target);
    if (entries.length > 0 && !entries.includes(OUTPUT_MARKER)) {
      throw new OutputError(`--out ${dir} holds files not written by fundcast; refusing to overwrite them (choose an empty or new folder) / --out ${dir} 中有非 fundcast 生成的文件，拒绝覆盖（请选择空文件夹或新文件夹）`);
    }
    replace = true;
  }
  mkdirSync(dirname(target), { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const tmp = join(dirname(target), `.${basename(target)}.tmp-${stamp}`);
  mkdirSync(tmp);
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(tmp, name), content);
    writeFileSync(join(tmp, OUTPUT_MARKER), JSON.stringify({ ...manifest, files: Object.keys(files) }, null, 2) + '\n');
    if (replace) {
      const old = join(dirname(target), `.${basename(target)}.old-${stamp}`);
      renameSync(target, old);
      renameSync(tmp, target);
      rmSync(old, { recursive: true, force: true });
    } else {
      renameSync(tmp, target);
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}
