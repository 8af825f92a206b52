import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ChartError } from './ChartError';

/** Folders searched for fonts, in order: FUNDCAST_FONT_DIR, then the usual Linux font folders. */
function fontDirs(): string[] {
  const home = homedir();
  return [process.env.FUNDCAST_FONT_DIR, '/usr/share/fonts', '/usr/local/share/fonts', join(home, '.local/share/fonts'), join(home, '.fonts')]
    .filter((d): d is string => typeof d === 'string' && d !== '' && existsSync(d));
}

/** Files of Noto Sans CJK (the collection `NotoSansCJK-*.ttc` of fonts-noto-cjk, or the per-language `NotoSansCJKsc-*.otf` / `NotoSansSC-*`). */
const CJK_FILE = /^(NotoSansCJK(sc|SC)?-(Regular|Bold)\.(ttc|otf|ttf)|NotoSansSC-(Regular|Bold)\.(otf|ttf))$/;

function walk(dir: string, depth: number, out: string[]): void {
  if (depth > 6) return;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries.sort()) {
    const path = join(dir, name);
    let st;
    try {
      st = statSync(path);
    } catch {
      continue;
    }
    if (st.isDirectory()) walk(path, depth + 1, out);
    else if (CJK_FILE.test(name)) out.push(path);
  }
}

let cached: string[] | undefined;

/**
 * The Noto Sans CJK font files (regular and bold) on this machine, for drawing Chinese text
 * without a browser (resvg loads exactly the files it is given). Searches FUNDCAST_FONT_DIR, then
 * /usr/share/fonts, /usr/local/share/fonts, ~/.local/share/fonts and ~/.fonts, in that order,
 * at any depth (Debian's fonts-noto-cjk puts them in /usr/share/fonts/opentype/noto/). The result
 * is kept for the process.
 *
 * @throws ChartError `charts.fonts.cjkMissing` naming the folders searched and the Debian package to install.
 * @example
 * const fonts = findCjkFonts(); // on Debian, e.g. …/opentype/noto/NotoSansCJK-Bold.ttc and …/NotoSansCJK-Regular.ttc
 */
export function findCjkFonts(): string[] {
  if (cached) return cached;
  const dirs = fontDirs();
  const found: string[] = [];
  for (const d of dirs) walk(d, 0, found);
  if (found.length === 0) {
    throw new ChartError('charts.fonts.cjkMissing', { dirs }, []);
  }
  cached = [...new Set(found)];
  return cached;
}
