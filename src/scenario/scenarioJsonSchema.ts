import { z } from 'zod';
import { overlaySchema } from './overlaySchema';
import { scenarioSchema } from './scenarioSchema';

type Json = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of scenario and overlay files, for editors (e.g. the YAML language
 * server's `# yaml-language-server: $schema=...`). Every parameter carries `unit` and `description`.
 * A file is checked by what it is:
 *   - `fundcast_overlay: 1`   an overlay (overlaySchema), its `changes` a partial scenario;
 *   - has `extends`           a partial scenario: every key optional (the base file gives the rest);
 *   - otherwise               a whole scenario: the fields without a default are required (the
 *                             schema of the input, so a field the loader defaults is optional).
 * Checks that JSON Schema cannot express (end_year ≤ base_year + 150, band order) are done by
 * `fundcast validate`.
 */
export function scenarioJsonSchema(): Json {
  const { $schema, ...scenario } = z.toJSONSchema(scenarioSchema, { unrepresentable: 'any', io: 'input' }) as Json;
  const partial = partialSchema(scenario);
  const { $schema: _, ...overlay } = z.toJSONSchema(overlaySchema, { unrepresentable: 'any', io: 'input' }) as Json & { properties: Json };
  overlay.properties = { ...overlay.properties, changes: { ...partial, properties: { ...(partial.properties as Json), extends: false, overlays: false } } };
  return {
    $schema,
    title: 'fundcast scenario (format 1)',
    $defs: { scenario, partialScenario: partial, overlay },
    if: { type: 'object', required: ['fundcast_overlay'] },
    then: { $ref: '#/$defs/overlay' },
    else: { if: { type: 'object', required: ['extends'] }, then: { $ref: '#/$defs/partialScenario' }, else: { $ref: '#/$defs/scenario' } },
  };
}

/**
 * The schema with no key required anywhere, and every `oneOf` made an `anyOf` (a fund given in
 * part, without its `scheme`, may fit more than one scheme's keys). Keys unknown anywhere stay errors.
 */
function partialSchema(schema: unknown): Json {
  const walk = (node: unknown, isPropertyMap: boolean): unknown => {
    if (Array.isArray(node)) return node.map((x) => walk(x, false));
    if (node === null || typeof node !== 'object') return node;
    const out: Json = {};
    for (const [key, value] of Object.entries(node as Json)) {
      if (!isPropertyMap && key === 'required' && Array.isArray(value)) continue;
      out[!isPropertyMap && key === 'oneOf' ? 'anyOf' : key] = walk(value, !isPropertyMap && (key === 'properties' || key === '$defs'));
    }
    return out;
  };
  return walk(schema, false) as Json;
}
