#!/usr/bin/env node
// Entry point of the `fundcast` command: runs the compiled CLI, dist/cli.cjs (built by `npm run build`;
// `npm pack` builds before packing, and the repository's forecast script before forecasting).
'use strict';
// `fundcast run ... | head` closes the pipe early: that is not a failure. Any other failure to write
// the output (a full disk, `> /dev/full`) is one line in both languages and exit code 2, not a stack.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  const why = String(e && e.message ? e.message : e).split('\n')[0];
  process.stderr.write(`fundcast: cannot write the output to standard output (${why}) / 无法将结果写入标准输出（${why}）\n`);
  process.exit(2);
});
const fail = (text) => { process.stderr.write(text); process.exitCode = 2; };
let cli;
try {
  cli = require('../dist/cli.cjs');
} catch (e) {
  fail(e && e.code === 'MODULE_NOT_FOUND' && /dist[\\/]cli\.cjs/.test(String(e.message))
    ? 'fundcast is not built: run `npm run build` in its folder / fundcast 尚未构建：请在其目录中运行 `npm run build`\n'
    : `fundcast failed to load / 加载失败: ${e && e.stack ? e.stack : e}\n`);
}
if (cli) {
  cli.main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (e) => fail(`fundcast failed / 运行失败: ${e && e.stack ? e.stack : e}\n`),
  );
}
