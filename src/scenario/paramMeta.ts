/**
 * Schema metadata of a scenario parameter: its unit and a one-line description. zod carries it
 * into the JSON Schema (`fundcast schema`), where editors show it; a test checks every parameter has
 * a unit.
 * @example z.number().min(0).max(1).meta(paramMeta('share (0–1)', 'Collection rate'))
 */
export function paramMeta(unit: string, description: string): { unit: string; description: string } {
  return { unit, description };
}
