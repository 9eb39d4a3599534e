import fc from 'fast-check';
import { dim, tensor } from '../kit/toolkit';
import type { Buffers } from './oracle';

export interface Ring {
  readonly buffers: Buffers;
}

export interface Partition {
  readonly length: number;
  readonly size: number;
}

/**
 * N workers' buffers of one length L ≥ 0. Elements stay away from 0 on
 * purpose: a worker's part that goes missing (or is added twice) must
 * change a sum, also in a shrunk counterexample.
 */
export const buffersOf = (n: number, length: number): fc.Arbitrary<Ring> =>
  fc.record({ buffers: tensor([n, length], { awayFrom: [0] }) });

/** Any N ≥ minSize and L: L mod N ≠ 0 and L < N (empty chunks) both come up. */
export const rings = (minSize: number): fc.Arbitrary<Ring> =>
  fc.tuple(dim({ min: minSize }), fc.integer({ min: 0, max: 14 })).chain(([n, length]) => buffersOf(n, length));

/** The edges on purpose: one worker (0 steps), and fewer elements than workers. */
export const edgeRings: fc.Arbitrary<Ring> = fc.oneof(
  fc.integer({ min: 0, max: 6 }).chain((length) => buffersOf(1, length)),
  dim({ min: 2 }).chain((n) => fc.integer({ min: 0, max: n - 1 }).chain((length) => buffersOf(n, length))),
);

/** Rings where N divides L: there every accepted tiling is the same, N chunks of L/N. */
export const evenRings: fc.Arbitrary<Ring> = fc
  .tuple(dim(), fc.integer({ min: 0, max: 2 }))
  .chain(([n, k]) => buffersOf(n, n * k));

export const partitions: fc.Arbitrary<Partition> = fc.record({
  length: fc.integer({ min: 0, max: 40 }),
  size: dim({ min: 1, max: 8 }),
});

/** Partitions with at least `minRemainder` left over after N·⌊L/N⌋. */
export const unevenPartitions = (minRemainder: number): fc.Arbitrary<Partition> =>
  fc
    .tuple(dim({ min: minRemainder + 1, max: 8 }), fc.integer({ min: 0, max: 4 }))
    .chain(([size, q]) =>
      fc.integer({ min: minRemainder, max: size - 1 }).map((rest) => ({ length: q * size + rest, size })),
    );
