/**
 * Types of the pure-rand 8 entry points fundcast uses, declared here because pure-rand publishes its
 * sub-paths only through package `exports`, which the notebook kernel's (tslab's) TypeScript does not
 * read: without these, `import … from 'pure-rand/generator/xoroshiro128plus'` fails to type-check in
 * a notebook although Node loads it. Same shapes as pure-rand's own declarations.
 */
declare module 'pure-rand/generator/xoroshiro128plus' {
  /** A pure-rand generator: `next()` gives a uniform 32-bit signed integer and advances the state. */
  export interface XoroshiroGenerator {
    clone(): XoroshiroGenerator;
    next(): number;
    getState(): readonly number[];
    jump(): void;
  }
  /** xoroshiro128+ from its full 128-bit state (four 32-bit words). */
  export function xoroshiro128plusFromState(state: readonly number[]): XoroshiroGenerator;
  export function xoroshiro128plus(seed: number): XoroshiroGenerator;
}
