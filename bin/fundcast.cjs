#!/usr/bin/env node
// Entry point of the `fundcast` command: runs the TypeScript CLI through tsx (no build step).
'use strict';
require('tsx/cjs/api').register();
// `fundcast run ... | head` closes the pipe early: that is not a failure.
process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(0); throw e; });
const { main } = require('../src/cli/main.ts');
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write(`fundcast failed / 运行失败: ${e && e.stack ? e.stack : e}\n`); process.exitCode = 2; },
);
