// Preloaded by bench/montecarloScale.bench.ts into a timed `fundcast` process (node --require): at exit, writes
// the process's peak resident set (all threads) to standard error as a last line `maxrss <kilobytes>`.
'use strict';
process.on('exit', () => {
  require('node:fs').writeSync(2, `\nmaxrss ${process.resourceUsage().maxRSS}\n`);
});
