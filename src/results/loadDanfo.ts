import { createRequire } from 'node:module';
import { FundcastError } from '../errors/FundcastError';

/** The danfojs-node version fundcast is tested with (its optional peer dependency). */
export const DANFO_VERSION = '1.1.2';

const INSTALL = `npm install danfojs-node@${DANFO_VERSION} @tensorflow/tfjs@3.21.0`;
const OVERRIDE = '"overrides": { "@tensorflow/tfjs-node": "npm:@tensorflow/tfjs@3.21.0" }';

/**
 * Loads danfojs-node, fundcast's optional peer dependency (it brings TensorFlow.js, ~300 MB, so
 * an ordinary install leaves it out). Loaded on first use only (~1.5 s).
 *
 * @throws FundcastError `results.danfojsMissing` when it is not installed, saying how to install it
 *   without the native TensorFlow download (an `overrides` entry in the user's package.json).
 */
export function loadDanfo(): typeof import('danfojs-node') {
  try {
    const require = createRequire(__filename);
    return require('danfojs-node') as typeof import('danfojs-node');
  } catch (e) {
    if ((e as { code?: string }).code !== 'MODULE_NOT_FOUND' || !String((e as Error).message).includes("'danfojs-node'")) throw e;
    throw new FundcastError('results.danfojsMissing', { package: 'danfojs-node', version: DANFO_VERSION, install: INSTALL, override: OVERRIDE });
  }
}
