/** Names written by the crash and concurrency tests. */
export const NAMES = ['a.json', 'b.csv', 'c.bin'] as const;

/**
 * One version of the test's output set: each file is its version tag followed by 200 kB derived
 * from the name and tag, so a truncated or mixed file matches no version.
 */
export function outputSet(version: string): Record<string, string> {
  return Object.fromEntries(NAMES.map((n) => [n, `${version}\n` + `${n}:${version};`.repeat(200_000 / (n.length + version.length + 2))]));
}
