import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRng } from '../../katas/lib/rng';
import type { Tensor4 } from '../../katas/lib/shape';
import { startReference } from '../kit/backends/startReference';
import type { Nested } from '../kit/tensor';
import { checkReference } from '../kit/toolkit';
import { depthwiseCases, cases as drawnConvs, oneGroupCases, shuffleCases } from './cases';
import { type ConvCase, convOracle, type ShuffleCase, shuffleOracle } from './oracle';
import { groupConvReference, shuffleReference } from './reference';

const reference = startReference('cpu');

/** Multiples of 1/8 in [−2, 2] from a seeded generator: exact in float32, no pattern to cancel. */
const values = (shape: readonly number[], seed: number): Nested => {
  const rng = seededRng(seed);
  const build = (d: number): Nested =>
    d === shape.length ? Math.round(32 * rng() - 16) / 8 : Array.from({ length: shape[d] }, () => build(d + 1));
  return build(0);
};

const shuffleCase = (shape: readonly number[], groups: number): ShuffleCase => ({
  x: values(shape, 1) as Tensor4,
  groups,
  dout: values(shape, 2) as Tensor4,
});

function convCase(
  [N, Cin, H, W]: readonly number[],
  [Cout, k]: readonly number[],
  { stride = 1, padding = 0, groups = 1, bias = true } = {},
): ConvCase {
  const Ho = Math.floor((H + 2 * padding - k) / stride) + 1;
  const Wo = Math.floor((W + 2 * padding - k) / stride) + 1;
  return {
    x: values([N, Cin, H, W], 3) as Tensor4,
    w: values([Cout, Cin / groups, k, k], 4) as Tensor4,
    b: bias ? (values([Cout], 5) as number[]) : null,
    stride,
    padding,
    groups,
    dout: values([N, Cout, Ho, Wo], 6) as Tensor4,
  };
}

// Hand-picked: g and C/g apart (6 = 2·3, 8 = 2·4, 12 = 3·4, both ways
// round), g² = C (where a shuffle is its own inverse), and g = 1, g = C.
const shuffles: ShuffleCase[] = [
  shuffleCase([1, 6, 2, 2], 2),
  shuffleCase([1, 6, 2, 2], 3),
  shuffleCase([2, 8, 1, 3], 4),
  shuffleCase([1, 12, 2, 1], 3),
  shuffleCase([2, 4, 2, 2], 2),
  shuffleCase([1, 5, 2, 2], 1),
  shuffleCase([2, 5, 1, 2], 5),
];

// Hand-picked: two and three groups with Cout ≠ Cin, stride 2 where the
// division is not exact, padding k − 1, a 1×1 kernel, g = 1 (a plain conv)
// and g = Cin with a channel multiplier of 2 (a depthwise conv), a batch of two.
const convs: ConvCase[] = [
  convCase([1, 4, 4, 4], [2, 3], { groups: 2, padding: 1 }),
  convCase([2, 6, 5, 4], [3, 3], { groups: 3, stride: 2 }),
  convCase([1, 4, 3, 5], [6, 2], { groups: 2, stride: 2, padding: 1 }),
  convCase([2, 6, 3, 3], [4, 1], { groups: 2 }),
  convCase([1, 3, 4, 3], [2, 3], { groups: 1, padding: 2 }),
  convCase([2, 3, 5, 5], [6, 3], { groups: 3, stride: 2, padding: 1 }),
];
const unbiased: ConvCase[] = [
  convCase([1, 4, 4, 4], [4, 3], { groups: 2, padding: 1, bias: false }),
  convCase([2, 2, 3, 4], [4, 2], { groups: 2, stride: 2, bias: false }),
];

const shuffleGradients = { dx: { input: 'x', output: 'out', upstream: 'dout' } } as const;
const convGradients = {
  dx: { input: 'x', output: 'out', upstream: 'dout' },
  dw: { input: 'w', output: 'out', upstream: 'dout' },
  db: { input: 'b', output: 'out', upstream: 'dout' },
} as const;

const proven = (name: string, cases: ConvCase[], how: 'grouped' | 'conv2d' | 'depthwise', withBias = true) =>
  checkReference(reference, {
    name,
    cases,
    reference: (r, c) => groupConvReference(r, c, how),
    oracle: convOracle,
    gradients: withBias ? convGradients : { dx: convGradients.dx, dw: convGradients.dw },
  });

describe('channel-shuffle reference', () => {
  it('the shuffle and its gradient agree with the float64 oracle; the oracle with its own central differences', () => {
    const margin = checkReference(reference, {
      name: 'shuffle',
      cases: shuffles,
      reference: shuffleReference,
      oracle: shuffleOracle,
      gradients: shuffleGradients,
    });
    expect(margin.reference).toBeLessThan(1);
    expect(margin.oracleGradients).toBeLessThan(1);
  });

  it('the group conv (one tf.conv2d with the block-diagonal filter) agrees with the oracle, with and without bias', () => {
    for (const margin of [proven('group conv', convs, 'grouped'), proven('no bias', unbiased, 'grouped', false)]) {
      expect(margin.reference).toBeLessThan(1);
      expect(margin.oracleGradients).toBeLessThan(1);
    }
  });

  it('tf.conv2d at g = 1 and tf.depthwiseConv2d at g = Cin agree with the oracle', () => {
    const plain = proven('conv2d', [convs[4], convCase([2, 2, 5, 4], [3, 2], { stride: 2, padding: 1 })], 'conv2d');
    const depthwise = proven(
      'depthwise',
      [convs[5], convCase([1, 2, 4, 4], [2, 3], { groups: 2, padding: 1 })],
      'depthwise',
    );
    for (const margin of [plain, depthwise]) expect(margin.reference).toBeLessThan(1);
  });

  it('stays within the bounds on what the grader draws', () => {
    const shuffleDraws = fc.sample(shuffleCases, { seed: 1, numRuns: 40 });
    expect(
      checkReference(reference, {
        name: 'shuffle draws',
        cases: shuffleDraws,
        reference: shuffleReference,
        oracle: shuffleOracle,
      }).reference,
    ).toBeLessThan(1);
    const draws = (arb: fc.Arbitrary<ConvCase>, seed: number, how: 'grouped' | 'conv2d' | 'depthwise') =>
      checkReference(reference, {
        name: `${how} draws`,
        cases: fc.sample(arb, { seed, numRuns: 30 }),
        reference: (r, c) => groupConvReference(r, c, how),
        oracle: convOracle,
      }).reference;
    expect(draws(drawnConvs, 2, 'grouped')).toBeLessThan(1);
    expect(draws(oneGroupCases, 3, 'conv2d')).toBeLessThan(1);
    expect(draws(depthwiseCases, 4, 'depthwise')).toBeLessThan(1);
  });

  it('shuffles as ShuffleNet does: with g = 2 on 6 channels, out is x[0, 3, 1, 4, 2, 5]', () => {
    const x = [[0, 1, 2, 3, 4, 5].map((c) => [[c]])];
    const { out } = shuffleReference(reference, { x, groups: 2, dout: x });
    expect(out[0].map((map) => map[0][0])).toEqual([0, 3, 1, 4, 2, 5]);
  });
});
