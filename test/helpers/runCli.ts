import { main as cli } from '../../src/cli/main';

/** Runs `fundcast ARGS…` in this process and returns its exit code and what it printed on each stream. */
export async function runCli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await cli(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}
