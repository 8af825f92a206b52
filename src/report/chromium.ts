import { existsSync } from 'node:fs';
import { ReportError } from './ReportError';

/** Debian's chromium, the only browser fundcast drives (never one downloaded by a library). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a headless, offline, quiet Chromium in a container or CI. */
export const CHROMIUM_ARGS: readonly string[] = Object.freeze([
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
  '--no-first-run', '--disable-component-update', '--disable-sync',
]);

/** The parts of playwright-core's Browser that fundcast uses. */
export interface BrowserLike {
  newPage(): Promise<PageLike>;
  close(): Promise<void>;
}

/** The parts of a playwright Page that fundcast uses. */
export interface PageLike {
  setContent(html: string, options?: { waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' }): Promise<void>;
  pdf(options: Record<string, unknown>): Promise<Uint8Array>;
  route(url: string, handler: (route: { abort(): Promise<void> }) => unknown): Promise<void>;
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>;
}

/**
 * Starts Debian's headless Chromium (CHROMIUM_PATH, or FUNDCAST_CHROMIUM when set) through
 * playwright-core, which is loaded only here. The caller closes the browser.
 *
 * @throws ReportError `report.chromium` when the executable is missing (with the Debian package to
 *   install) or fails to start.
 */
export async function launchChromium(): Promise<BrowserLike> {
  const executablePath = process.env.FUNDCAST_CHROMIUM || CHROMIUM_PATH;
  if (!existsSync(executablePath)) {
    throw new ReportError('report.chromium.missing', { executablePath }, []);
  }
  const { chromium } = await import('playwright-core');
  try {
    return (await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] })) as unknown as BrowserLike;
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    throw new ReportError('report.chromium.failed', { detail }, []);
  }
}
