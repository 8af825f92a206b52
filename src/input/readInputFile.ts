import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { InputFileError } from './InputFileError';

/**
 * Largest input file fundcast reads: 4 MiB (4,194,304 bytes). Shipped scenarios are about 5 kB and
 * data files about 30 kB; the limit keeps a mistaken path (a log, a disk image) from exhausting memory.
 */
export const MAX_INPUT_BYTES = 4 * 1024 * 1024;

/**
 * Reads a UTF-8 input file whole — only a regular file of at most `maxBytes` (see readInputBytes).
 * A leading byte-order mark is dropped.
 *
 * @param path the file to read
 * @param what what the file is, for messages: 'scenario file', 'overlay file', 'cost curve', …
 * @param shownAs how messages name the file (default: `path`)
 */
export function readInputFile(path: string, what = 'input file', maxBytes = MAX_INPUT_BYTES, shownAs = path): string {
  return readInputBytes(path, what, maxBytes, shownAs).toString('utf8').replace(/^\uFEFF/, '');
}

/**
 * Reads an input file's bytes whole (a workbook, a CSV, a scenario) — only a regular file of at
 * most `maxBytes`.
 *
 * The file is opened without blocking (a named pipe would otherwise wait for a writer forever)
 * and checked on the open descriptor (so it cannot be swapped between check and read): a folder,
 * FIFO, device (/dev/zero), socket or a file over the limit is an InputFileError
 * (`input.notAFile`, `input.tooLarge`), as is a missing file (`input.notFound`) or an empty path
 * (`input.emptyPath`). At most `maxBytes + 1` bytes are ever read, so a file growing while it is
 * read is caught too.
 */
export function readInputBytes(path: string, what = 'input file', maxBytes = MAX_INPUT_BYTES, shownAs = path): Buffer {
  const file = shownAs;
  if (path.trim() === '') throw new InputFileError('input.emptyPath', { what });
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputFileError('input.notFound', { file, what });
    if (code === 'EISDIR') throw new InputFileError('input.notAFile', { file, kind: 'folder' });
    if (code === 'ENXIO') throw new InputFileError('input.notAFile', { file, kind: 'socket' });
    throw e;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new InputFileError('input.notAFile', { file, kind: kindOf(st) });
    if (st.size > maxBytes) throw new InputFileError('input.tooLarge', { file, bytes: st.size, max: maxBytes });
    const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
    let n = 0;
    for (let got = -1; got !== 0 && n < buf.length; n += got) got = readSync(fd, buf, n, buf.length - n, null);
    if (n > maxBytes) throw new InputFileError('input.tooLarge', { file, bytes: n, max: maxBytes });
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

function kindOf(st: Stats): 'folder' | 'fifo' | 'device' | 'socket' | 'other' {
  if (st.isDirectory()) return 'folder';
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isSocket()) return 'socket';
  return 'other';
}
