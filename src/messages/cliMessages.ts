import { template } from './template';

/** Messages of src/cli/ (error texts), keyed by error code. */
export const cliMessages = {
  'cli.internalCheckFailed': template<{ broken: readonly string[] }>({
    en: (p) => `internal check failed (please report): ${p.broken.join('; ')}`,
    zh: (p) => `内部核对未通过（请报告此问题）：${p.broken.join('；')}`,
  }),
};
