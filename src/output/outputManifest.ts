import { createHash } from 'node:crypto';

/** The file in an output folder that lists what fundcast wrote there (name → SHA-256 of the bytes). */
export const OUTPUT_MANIFEST = 'fundcast-output.json';

/** One file fundcast wrote: the hash of its bytes, and while a write is in progress the hash it is being replaced by. */
export interface ManifestEntry {
  sha256: string;
  /** Set only between "about to rename" and "renamed": either version on disk counts as fundcast's. */
  pending?: string;
  /** What produced the file (scenario id and files, command), as the caller described it. */
  about?: Record<string, unknown>;
}

export interface OutputManifest {
  fundcast_output: 1;
  files: Record<string, ManifestEntry>;
}

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * Parses a manifest, or returns undefined when the text is not one (a user's file that merely has
 * the manifest's name, a manifest of an older fundcast without hashes, a truncated file).
 */
export function parseManifest(text: string): OutputManifest | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || (data as { fundcast_output?: unknown }).fundcast_output !== 1) return undefined;
  const files = (data as { files?: unknown }).files;
  if (files === null || typeof files !== 'object' || Array.isArray(files)) return undefined;
  const hex = (v: unknown) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);
  for (const e of Object.values(files as Record<string, unknown>)) {
    if (e === null || typeof e !== 'object' || !hex((e as ManifestEntry).sha256)) return undefined;
    if ((e as ManifestEntry).pending !== undefined && !hex((e as ManifestEntry).pending)) return undefined;
  }
  return data as OutputManifest;
}

/** Whether `content` is a version of `name` that the manifest says fundcast wrote. */
export function manifestOwns(manifest: OutputManifest | undefined, name: string, contentHash: string): boolean {
  const e = manifest?.files[name];
  return e !== undefined && Object.hasOwn(manifest!.files, name) && (e.sha256 === contentHash || e.pending === contentHash);
}

export function serializeManifest(files: Record<string, ManifestEntry>): string {
  const sorted = Object.fromEntries(Object.keys(files).sort().map((k) => [k, files[k]]));
  return JSON.stringify({ fundcast_output: 1, files: sorted } satisfies OutputManifest, null, 2) + '\n';
}
