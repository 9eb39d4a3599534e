import fc from 'fast-check';
import type * as Kata from '../../katas/22-data-parallel/data-parallel';
import { dim, tensor } from '../kit/toolkit';
import type { DdpCase, M, Problem } from './oracle';

export type K = typeof Kata;

/** A linear model in → out and n examples for it; inputs ≤ 3 and outputs ≤ 2 keep every tensor ≤ 33 elements. */
export const problemOf = (n: number, inputs: number, outputs: number): fc.Arbitrary<Problem> =>
  fc.record({
    x: tensor([n, inputs]) as fc.Arbitrary<M>,
    y: tensor([n, outputs]) as fc.Arbitrary<M>,
    W: tensor([outputs, inputs]) as fc.Arbitrary<M>,
    b: tensor([outputs]) as fc.Arbitrary<number[]>,
  });

const features = fc.tuple(dim({ max: 3 }), dim({ max: 2 }));

/** One worker's shard: 1 to 5 examples, or 0 to 5 with `empty`. */
export const shards = ({ empty = false }: { empty?: boolean } = {}): fc.Arbitrary<Problem> =>
  fc
    .tuple(fc.integer({ min: empty ? 0 : 1, max: 5 }), features)
    .chain(([n, [inputs, outputs]]) => problemOf(n, inputs, outputs));

/** An empty shard of a model of any size. */
export const emptyShards: fc.Arbitrary<Problem> = features.chain(([inputs, outputs]) => problemOf(0, inputs, outputs));

/**
 * How B and N relate: `uneven` has 2 ≤ N < B with B mod N ≠ 0 (the shards
 * differ in size by one), `even` has N dividing B and N = 1 among them,
 * `sparse` has N > B (some shards empty).
 */
export type Split = 'uneven' | 'even' | 'sparse';

const split: Record<Split, fc.Arbitrary<[number, number]>> = {
  uneven: dim({ min: 2, max: 4 }).chain((n) =>
    fc
      .tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: n - 1 }))
      .map(([q, rest]): [number, number] => [q * n + rest, n]),
  ),
  even: fc.tuple(dim({ max: 4 }), fc.integer({ min: 1, max: 2 })).map(([n, k]): [number, number] => [n * k, n]),
  sparse: dim({ max: 3 }).chain((b) => fc.integer({ min: b + 1, max: 6 }).map((n): [number, number] => [b, n])),
};

const rates = fc.constantFrom(0.1, 0.05, 0.01, 0.25);

/** A DDP step: the model, a batch of B examples, N workers and a learning rate. */
export const steps = (...kinds: readonly Split[]): fc.Arbitrary<DdpCase> =>
  fc
    .tuple(fc.oneof(...kinds.map((k) => split[k])), features, rates)
    .chain(([[size, workers], [inputs, outputs], lr]) =>
      problemOf(size, inputs, outputs).map((p) => ({ ...p, workers, lr })),
    );

/** A step and a permutation of its batch. */
export const shuffledSteps: fc.Arbitrary<[DdpCase, number[]]> = steps('uneven', 'sparse').chain((c) =>
  fc.tuple(
    fc.constant(c),
    fc
      .shuffledSubarray(
        c.x.map((_, i) => i),
        { minLength: c.x.length, maxLength: c.x.length },
      )
      .filter((p) => p.some((v, i) => v !== i) || p.length < 2),
  ),
);

/** Not a number of workers: 0, negative, fractional, NaN or infinite. */
export const badWorkers: fc.Arbitrary<[DdpCase, number]> = fc.tuple(
  steps('even'),
  fc.constantFrom(0, -1, -3, 1.5, 2.5, 0.5, Number.NaN, Number.POSITIVE_INFINITY),
);
