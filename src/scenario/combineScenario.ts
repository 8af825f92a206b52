import { InputFileError } from '../input/InputFileError';
import { readInputFile } from '../input/readInputFile';
import { basename, resolve } from 'node:path';
import { readYamlDocument } from './readYamlDocument';
import { loadScenario, parseScenario, type LoadedScenario } from './loadScenario';

/**
 * Whether a YAML file is a reform overlay (its top level has `fundcast_overlay:`) rather than a
 * scenario. A file that cannot be read or parsed is not one (loading it as a scenario then reports why).
 */
export function isOverlayFile(file: string): boolean {
  try {
    const data = readYamlDocument(readInputFile(file), file).source?.data;
    return data !== null && typeof data === 'object' && 'fundcast_overlay' in data;
  } catch (e) {
    if (e instanceof InputFileError) return false;
    throw e;
  }
}

/**
 * A base scenario with reform overlays applied in the order given (base + A + B …), without
 * writing any file. The combination's id is `<base id>+<overlay ids>`; the base is not changed.
 * With no overlays this is loadScenario(base).
 */
export function combineScenario(baseFile: string, overlayFiles: readonly string[]): LoadedScenario {
  if (overlayFiles.length === 0) return loadScenario(baseFile);
  const base = loadScenario(baseFile).scenario;
  const ids = overlayFiles.map((f) => basename(f).replace(/\.ya?ml$/, '').toLowerCase().replace(/[^a-z0-9._-]/g, '-'));
  const text = [
    'fundcast: 1',
    `extends: ${JSON.stringify(resolve(baseFile))}`,
    `id: ${JSON.stringify(`${base.id}+${ids.join('+')}`)}`,
    `name: ${JSON.stringify(`${base.name} + ${ids.join(' + ')}`)}`,
    `overlays: ${JSON.stringify(overlayFiles.map((f) => resolve(f)))}`,
  ].join('\n');
  return parseScenario(text, `${basename(baseFile)} + ${overlayFiles.map((f) => basename(f)).join(' + ')}`);
}
