// Worker-thread entry when fundcast runs from its TypeScript sources (tsx, vitest): worker threads
// do not inherit the parent's TypeScript loader, so register it here. The built package uses
// dist/simulateWorker.js instead.
'use strict';
require('tsx/cjs/api').register();
module.exports = require('./simulateWorker.ts');
