import { closeSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { acquireOutputLock, OUTPUT_LOCK, processAlive } from './outputLock';
import { OUTPUT_MANIFEST, manifestOwns, parseManifest, serializeManifest, sha256, type ManifestEntry, type OutputManifest } from './outputManifest';
import { OutputError } from './OutputError';

/** Options of `writeOutputs`. */
export interface WriteOutputsOptions {
  /** Replace existing files of the same names even when fundcast cannot tell they are its own (`--force`). */
  force?: boolean;
  /**
   * Keep OUTPUT_MANIFEST in the folder (default true): it records the SHA-256 of every file written,
   * so a later run can replace its own unchanged files without `force`. Off for a single file the
   * user names (`schema --out FILE`): then only a file with identical content counts as fundcast's.
   */
  manifest?: boolean;
  /** Recorded in the manifest beside each file written (e.g. `{command: 'run', scenario: id, files}`). */
  about?: Record<string, unknown>;
  /** Input files of this run: never overwritten, not even with `force`. */
  protect?: readonly string[];
  /** How the folder is named in messages (default: the path given), e.g. `--out results`. */
  label?: string;
}

/** What `writeOutputs` did: the folder, and which files it wrote, left unchanged or refused. */
export interface WriteOutputsResult {
  /** The folder written into (symbolic links resolved). */
  dir: string;
  /** Names whose content this run wrote or replaced. */
  written: string[];
  /** Names that already held exactly the bytes to write (left as they were). */
  unchanged: string[];
}

/** Temporary files: `.<name>.fundcast-tmp-<pid>-<hex>`, in the folder of the file they become. */
const TEMP = /^\..+\.fundcast-tmp-\d+-[0-9a-f]+$/;
const LOCK_LEFTOVER = new RegExp(`^${OUTPUT_LOCK.replace(/\./g, '\\.')}\\.(stale-)?\\d+-[0-9a-f]+$`);

type Plan = { name: string; content: string | Uint8Array; hash: string; action: 'create' | 'replace' | 'unchanged'; oldHash?: string; ours: boolean };

/**
 * Writes generated files into a folder — the one way every fundcast command writes files
 * (`run --out`, `schema --out`, reports, charts, workbooks, simulations).
 *
 * Guarantees:
 * - **Only its own names.** Exactly the names in `files` (plus OUTPUT_MANIFEST) are created or
 *   replaced. Nothing else in the folder is read, changed or deleted: a user's notes, an input
 *   scenario kept there, sub-folders all survive every run, with or without `force`.
 * - **Atomic per file.** Each file is written to a temporary sibling (same folder, so the same file
 *   system), flushed, then renamed over (or hard-linked to) its name; a reader, a crash or `kill -9`
 *   sees the old version or the new one, never a partial file or none. All files are written to
 *   temporaries before the first rename, so a refusal or a write error (disk full) changes nothing.
 *   Temporaries are removed on error, and any left by a killed run are removed by the next run.
 * - **No user file overwritten without `force`.** An existing file of one of the names is replaced
 *   only if it holds exactly the new bytes, or the manifest records its current bytes as written by
 *   fundcast (a re-run into its own earlier output folder therefore replaces its own unchanged files
 *   and needs no `force`; a file the user edited since is refused). Otherwise nothing is written and
 *   OutputError `output.outputNotOurs` names every such file. An input file of the run (`protect`) is
 *   never replaced.
 * - **Never a link or a folder.** `dir` may be a symbolic link to a folder: the files go into its
 *   target and the link stays. A name that exists as a symbolic link, a folder or a special file is
 *   refused (`output.outputNotAFile`), even with `force`. A `dir` that is a file is refused (`output.outputNotAFolder`).
 * - **Concurrent runs.** Writers of one folder take turns through a lock file (see
 *   acquireOutputLock; a lock left by a killed process is broken); each run ends with a complete set.
 *
 * A missing folder is created (with its parents). Throws OutputError for refusals (CLI exit 1);
 * file-system failures (no space, permission denied) are thrown as they are, after cleaning up.
 *
 * @example
 * writeOutputs('out', { 'results.json': json, 'results.csv': csv }, { force: false, about: { scenario: 'x' } })
 * // → { dir: '/abs/out', written: ['results.json', 'results.csv'], unchanged: [] }
 */
export function writeOutputs(dir: string, files: Record<string, string | Uint8Array>, options: WriteOutputsOptions = {}): WriteOutputsResult {
  const label = options.label ?? dir;
  const useManifest = options.manifest ?? true;
  for (const name of Object.keys(files)) checkName(name);
  const folder = outputFolder(dir, label);
  const release = acquireOutputLock(folder);
  const temps = new Set<string>();
  try {
    removeLeftovers(folder);
    const manifestPath = join(folder, OUTPUT_MANIFEST);
    let manifest: OutputManifest | undefined;
    const refused: string[] = [];
    if (useManifest) {
      const st = lstatOrUndefined(manifestPath);
      if (st) {
        if (!st.isFile()) throw notAFile(OUTPUT_MANIFEST, st, label, manifestPath);
        manifest = parseManifest(readFileSync(manifestPath, 'utf8'));
        if (!manifest && !options.force) refused.push(OUTPUT_MANIFEST);
      }
    }
    const protectedIds = new Set((options.protect ?? []).map((f) => fileId(statOrUndefined(resolve(f)))).filter((id): id is string => id !== undefined));
    const plans: Plan[] = Object.entries(files).map(([name, content]) => {
      const path = join(folder, name);
      const hash = sha256(content);
      const st = lstatOrUndefined(path);
      if (!st) return { name, content, hash, action: 'create', ours: true };
      if (!st.isFile()) throw notAFile(name, st, label, path);
      if (protectedIds.has(fileId(st)!)) {
        throw new OutputError('output.outputIsInput', { name, label, file: path });
      }
      const oldHash = sha256(readFileSync(path));
      if (oldHash === hash) return { name, content, hash, action: 'unchanged', oldHash, ours: true };
      const ours = manifestOwns(manifest, name, oldHash);
      if (!ours && !options.force) refused.push(name);
      return { name, content, hash, action: 'replace', oldHash, ours };
    });
    if (refused.length) throw notOurs(refused, label, join(folder, refused[0]));

    const changing = plans.filter((p) => p.action !== 'unchanged');
    const staged = new Map<string, string>();
    for (const p of changing) staged.set(p.name, stage(folder, p.name, p.content, temps));
    const entry = (p: Plan, done: boolean): ManifestEntry => ({
      sha256: !done && p.action === 'replace' && p.ours ? p.oldHash! : p.hash,
      ...(!done && p.action === 'replace' && p.ours ? { pending: p.hash } : {}),
      ...(options.about ? { about: options.about } : {}),
    });
    const manifestWith = (done: boolean) => {
      const kept = Object.fromEntries(Object.entries(manifest?.files ?? {}).filter(([n]) => !Object.hasOwn(files, n)));
      return serializeManifest({ ...kept, ...Object.fromEntries(plans.map((p) => [p.name, p.action === 'unchanged' ? { ...entry(p, true) } : entry(p, done)])) });
    };
    // before any rename, the manifest accepts both the old and the new version of each file
    if (useManifest && changing.length) commit(folder, OUTPUT_MANIFEST, stage(folder, OUTPUT_MANIFEST, manifestWith(false), temps), 'replace', label, temps);
    for (const p of changing) commit(folder, p.name, staged.get(p.name)!, p.action as 'create' | 'replace', label, temps);
    if (useManifest) {
      const text = manifestWith(true);
      const current = lstatOrUndefined(manifestPath) ? readFileSync(manifestPath, 'utf8') : undefined;
      if (current !== text) commit(folder, OUTPUT_MANIFEST, stage(folder, OUTPUT_MANIFEST, text, temps), current === undefined ? 'create' : 'replace', label, temps);
    }
    return { dir: folder, written: changing.map((p) => p.name), unchanged: plans.filter((p) => p.action === 'unchanged').map((p) => p.name) };
  } finally {
    for (const t of temps) unlinkQuiet(t);
    release();
  }
}

/**
 * Writes one file the user names (e.g. `schema --out FILE`) with writeOutputs' guarantees and no
 * manifest: an existing FILE is replaced only with `force`, or left alone when it already holds the
 * same bytes. FILE itself must not be a symbolic link or a folder.
 */
export function writeOutputFile(file: string, content: string | Uint8Array, options: Omit<WriteOutputsOptions, 'manifest'> = {}): WriteOutputsResult {
  return writeOutputs(dirname(resolve(file)), { [basename(resolve(file))]: content }, { label: file, ...options, manifest: false });
}

/** A plain file name: no folders, not the manifest, a temporary or the lock. */
function checkName(name: string): void {
  if (!/^[^/\\\0]+$/.test(name) || name === '.' || name === '..' || TEMP.test(name) || name.startsWith(OUTPUT_LOCK) || name === OUTPUT_MANIFEST || name.length > 200) {
    throw new TypeError(`writeOutputs: '${name}' is not a plain output file name`);
  }
}

/** The real folder to write into: created if missing; a symbolic link is followed, never replaced. */
function outputFolder(dir: string, label: string): string {
  const abs = resolve(dir);
  const st = lstatOrUndefined(abs);
  if (!st) {
    mkdirSync(abs, { recursive: true });
    return realpathSync(abs);
  }
  const target = st.isSymbolicLink() ? statOrUndefined(abs) : st;
  if (!target) {
    throw new OutputError('output.outputNotAFolder.danglingLink', { label, file: abs });
  }
  if (!target.isDirectory()) {
    throw new OutputError('output.outputNotAFolder.exists', { label, file: abs });
  }
  return realpathSync(abs);
}

/** Writes content to a fresh temporary file beside `name` and flushes it to disk; returns its path. */
function stage(folder: string, name: string, content: string | Uint8Array, temps: Set<string>): string {
  const tmp = join(folder, `.${name}.fundcast-tmp-${process.pid}-${Math.random().toString(16).slice(2, 10)}`);
  temps.add(tmp);
  const fd = openSync(tmp, 'wx');
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return tmp;
}

/** Puts a staged file in place: a new name by hard link (fails if the name appeared meanwhile), an existing one by rename. */
function commit(folder: string, name: string, tmp: string, action: 'create' | 'replace', label: string, temps: Set<string>): void {
  const path = join(folder, name);
  if (action === 'create') {
    try {
      linkSync(tmp, path);
      return; // the temporary is unlinked in the caller's cleanup
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw notOurs([name], label, path);
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw e;
      if (lstatOrUndefined(path)) throw notOurs([name], label, path);
    }
  } else {
    const st = lstatOrUndefined(path);
    if (st && !st.isFile()) throw notAFile(name, st, label, path);
  }
  renameSync(tmp, path);
  temps.delete(tmp);
}

/**
 * Removes temporaries and lock candidates left by writers that were killed: those whose process
 * (the number in the name) no longer runs. Waiting writers' lock candidates are kept.
 */
function removeLeftovers(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (TEMP.test(name) || LOCK_LEFTOVER.test(name)) {
      const pid = Number(name.match(/[.-](\d+)-[0-9a-f]+$/)![1]);
      if (pid !== process.pid && !processAlive(pid)) unlinkQuiet(join(folder, name));
    }
  }
}

function notOurs(names: string[], label: string, file: string): OutputError {
  return new OutputError('output.outputNotOurs', { label, names, file });
}

function notAFile(name: string, st: Stats, label: string, file: string): OutputError {
  const kind = st.isSymbolicLink() ? 'link' : st.isDirectory() ? 'folder' : 'special';
  return new OutputError('output.outputNotAFile', { label, name, kind, file });
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function fileId(st: Stats | undefined): string | undefined {
  return st ? `${st.dev}:${st.ino}` : undefined;
}

function unlinkQuiet(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    /* already gone */
  }
}
