/**
 * `npm run snapshot:update`: rewrites test/snapshot/key-figures.json from the shipped scenarios
 * as the model now projects them. Review the diff before committing: it is the approval of a
 * change to the shipped forecasts. Written whole (temporary file, then rename).
 */
import { renameSync, writeFileSync } from 'node:fs';
import { allKeyFigures, SNAPSHOT_FILE } from '../test/snapshot/keyFigures';

const figures = allKeyFigures();
const tmp = `${SNAPSHOT_FILE}.${process.pid}.tmp`;
// one line per year ("2029": [balance, months]) so that a change reads as one changed line
const text = JSON.stringify(figures, null, 1).replace(/\[\s+([^[\]{}]*?)\s+\]/g, (_, inner: string) => `[${inner.split(/,\s+/).join(', ')}]`);
writeFileSync(tmp, `${text}\n`);
renameSync(tmp, SNAPSHOT_FILE);
console.log(`key figures of ${Object.keys(figures).length} scenarios written to ${SNAPSHOT_FILE}`);
