import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRng } from '../../katas/lib/rng';
import { startReference } from '../kit/backends/startReference';
import type { Nested } from '../kit/tensor';
import { checkReference } from '../kit/toolkit';
import { type Case, mhaCase, type T3 } from './cases';
import { mha64 } from './oracle';
import { GRADIENTS, mhaReference, weightsReference } from './reference';

const reference = startReference('cpu');

/** A fixed tensor of this shape, entries on a grid of 1/8 in [−r, r]. */
function fixed(seed: number, shape: number[], r = 1): Nested {
  const rng = seededRng(seed);
  const build = (d: number): Nested =>
    d === shape.length ? Math.round((2 * rng() - 1) * r * 8) / 8 : Array.from({ length: shape[d] }, () => build(d + 1));
  return build(0);
}

/** A fixed case: self-attention when Lk is undefined. */
function caseOf(
  seed: number,
  N: number,
  Lq: number,
  Lk: number | undefined,
  heads: number,
  dh: number,
  causal?: boolean,
): Case {
  const d = heads * dh;
  const query = fixed(seed, [N, Lq, d]) as T3;
  const m = (k: number) => fixed(seed + k, [d, d]) as number[][];
  const v = (k: number) => fixed(seed + k, [d], 0.5) as number[];
  return {
    query,
    key: Lk === undefined ? query : (fixed(seed + 1, [N, Lk, d]) as T3),
    value: Lk === undefined ? query : (fixed(seed + 2, [N, Lk, d]) as T3),
    Wq: m(3),
    Wk: m(4),
    Wv: m(5),
    Wo: m(6),
    bq: v(7),
    bk: v(8),
    bv: v(9),
    bo: v(10),
    heads,
    causal,
    dout: fixed(seed + 11, [N, Lq, d]) as T3,
  };
}

// Self and cross (Lq < Lk and Lq > Lk), one to three heads, causal or not, d_head 1 to 3.
const cases: Case[] = [
  caseOf(100, 1, 3, undefined, 1, 2),
  caseOf(200, 2, 3, undefined, 2, 2, true),
  caseOf(300, 1, 2, 4, 3, 1),
  caseOf(400, 2, 4, 2, 2, 3, true),
  caseOf(500, 1, 3, 3, 3, 2, true),
  caseOf(600, 2, 1, 3, 1, 3, false),
];

// dbk is 0 whatever the case (b_k adds q·b_k to every score of a row, which
// the softmax ignores), and a relative finite-difference check of 0 against
// rounding noise means nothing: it is compared with the reference only.
const gradients = Object.fromEntries(
  GRADIENTS.filter((g) => g !== 'dbk').map((g) => [
    g,
    { input: g.slice(1) as keyof Case & string, output: 'out', upstream: 'dout' as const },
  ]),
);

const everything = (r: typeof reference, c: Case): Record<string, Nested> => ({
  weights: weightsReference(r, c),
  ...mhaReference(r, c),
});

describe('multi-head-attention reference', () => {
  it('gives a causal first query all its weight on key 0, and a single head kata 13’s scale 1/√d', () => {
    const c = caseOf(700, 1, 3, 3, 2, 2, true);
    const w = weightsReference(reference, c) as number[][][][];
    expect(w[0][0][0]).toEqual([1, 0, 0]);
    expect(w[0][1][1][2]).toBe(0);
    // Query and key of one token, W = I, b = 0, one head, d = 2: scores q·k/√2.
    const one: Case = {
      ...caseOf(0, 1, 1, 2, 1, 2),
      query: [[[1, 1]]],
      key: [
        [
          [1, 1],
          [0, 0],
        ],
      ],
      Wq: [
        [1, 0],
        [0, 1],
      ],
      Wk: [
        [1, 0],
        [0, 1],
      ],
      bq: [0, 0],
      bk: [0, 0],
    };
    const s = 1 / (1 + Math.exp(-Math.SQRT2));
    const [p0, p1] = (weightsReference(reference, one) as number[][][][])[0][0][0];
    expect(p0).toBeCloseTo(s, 6);
    expect(p1).toBeCloseTo(1 - s, 6);
  });

  it('values and gradients agree with the float64 oracle within its bounds; the oracle with its own central differences', () => {
    const margin = checkReference(reference, {
      name: 'multi-head-attention',
      cases,
      reference: everything,
      oracle: (c) => mha64(c),
      gradients,
    });
    expect(margin.reference).toBeLessThan(1);
    expect(margin.oracleGradients).toBeLessThan(1);
  });

  it('stays within the bounds on what the grader draws', () => {
    const draws = [
      ...fc.sample(mhaCase(), { seed: 1, numRuns: 40 }),
      ...fc.sample(mhaCase({ causal: 'always', attention: 'cross' }), { seed: 2, numRuns: 20 }),
    ];
    const margin = checkReference(reference, {
      name: 'draws',
      cases: draws,
      reference: everything,
      oracle: (c) => mha64(c),
    });
    expect(margin.reference).toBeLessThan(1);
  });
});
