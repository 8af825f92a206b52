import { join } from 'node:path';
import { parseCircular, parseDependencyTree } from 'dpdm';
import { describe, expect, it } from 'vitest';

// No two modules of src/ import each other, directly or through others — type-only imports
// included (a shared type lives in its own module: results/types.ts, membership/types.ts,
// solve/types.ts, cli/commandTypes.ts, levers/leverName.ts). Checked with dpdm over every file.
describe('import cycles', () => {
  it('src/ has none (dpdm, type imports included)', async () => {
    const root = join(__dirname, '..', '..');
    const tree = await parseDependencyTree('src/**/*.ts', { context: root, transform: false, skipDynamicImports: false });
    expect(Object.keys(tree).length).toBeGreaterThan(200);
    const cycles = parseCircular(tree).map((cycle) => cycle.join(' → '));
    expect(cycles).toEqual([]);
  }, 60_000);
});
