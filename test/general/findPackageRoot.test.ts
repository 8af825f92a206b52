import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FundcastError } from '../../src/errors/FundcastError';
import { findPackageRoot } from '../../src/general/findPackageRoot';

describe('findPackageRoot', () => {
  it('finds the fundcast root from a nested folder and from the default start', () => {
    const root = findPackageRoot();
    expect(findPackageRoot(join(root, 'test', 'general'))).toBe(root);
  });
  it('throws a bilingual error when no fundcast package.json is above the start', () => {
    let error: unknown;
    try {
      findPackageRoot('/');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FundcastError);
    expect((error as FundcastError).code).toBe('general.packageRootNotFound');
    expect((error as FundcastError).details).toEqual({ starts: ['/'] });
    expect((error as FundcastError).zh).toMatch(/fundcast/);
  });
});
