import { linkSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { OutputError } from './OutputError';

/** The lock file that serialises fundcast writers of one folder (present only while one writes). */
export const OUTPUT_LOCK = '.fundcast-output.lock';

/** How long a writer waits for another fundcast process writing the same folder (ms). */
export const LOCK_WAIT_MS = 60_000;

const POLL_MS = 20;

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Whether process `pid` on this machine still runs (EPERM: it runs under another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the folder's write lock, waiting for another fundcast writer to finish; returns the
 * function that releases it.
 *
 * The lock is a file whose content (`{pid, host}`) is complete before it appears: it is written to
 * a private name and hard-linked to OUTPUT_LOCK, which fails if the lock exists (atomic on POSIX
 * file systems; where hard links are not supported, an exclusive create is used). A lock left by a
 * process of this machine that no longer runs (killed with -9) is stale and is broken by the next
 * writer. Waits at most `waitMs`, then throws OutputError `output.outputBusy`.
 */
export function acquireOutputLock(dir: string, waitMs = LOCK_WAIT_MS): () => void {
  const lock = join(dir, OUTPUT_LOCK);
  const me = JSON.stringify({ pid: process.pid, host: hostname() });
  const own = `${lock}.${process.pid}-${Math.random().toString(16).slice(2)}`;
  const started = Date.now();
  writeFileSync(own, me, { flag: 'wx' });
  try {
    for (;;) {
      if (tryLink(own, lock, me)) return () => unlinkQuiet(lock);
      if (isStale(lock)) {
        // move it aside first: of two writers breaking the same stale lock, only one rename succeeds
        const aside = `${lock}.stale-${process.pid}-${Math.random().toString(16).slice(2)}`;
        try {
          renameSync(lock, aside);
          unlinkQuiet(aside);
        } catch {
          /* another writer broke it first */
        }
        continue;
      }
      if (Date.now() - started > waitMs) {
        throw new OutputError('output.outputBusy', { dir, seconds: Math.round(waitMs / 1000), lockName: OUTPUT_LOCK, file: lock });
      }
      sleepSync(POLL_MS);
    }
  } finally {
    unlinkQuiet(own);
  }
}

function tryLink(own: string, lock: string, content: string): boolean {
  try {
    linkSync(own, lock);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw e;
  }
  try {
    writeFileSync(lock, content, { flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

function isStale(lock: string): boolean {
  let text: string;
  try {
    text = readFileSync(lock, 'utf8');
  } catch {
    return false; // gone already: the next attempt takes it
  }
  try {
    const { pid, host } = JSON.parse(text) as { pid: number; host: string };
    if (host === hostname() && Number.isInteger(pid)) return !processAlive(pid);
  } catch {
    /* incomplete (exclusive-create fallback killed mid-write) or foreign: judge by age */
  }
  try {
    return Date.now() - statSync(lock).mtimeMs > 10 * LOCK_WAIT_MS;
  } catch {
    return false;
  }
}

function unlinkQuiet(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    /* already gone */
  }
}
