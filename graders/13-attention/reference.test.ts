import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRng } from '../../katas/lib/rng';
import { startReference } from '../kit/backends/startReference';
import type { Nested } from '../kit/tensor';
import { checkReference } from '../kit/toolkit';
import { attentionCase, type Case, equalKeys, type T4 } from './cases';
import { largeScores } from './largeScores';
import { attention64, forward64 } from './oracle';
import { attentionBackwardReference, attentionReference, weightsReference } from './reference';

const reference = startReference('cpu');

/** A fixed tensor of this shape, entries on a grid of 1/8 in [−r, r]. */
function fixed(seed: number, shape: number[], r = 2): T4 {
  const rng = seededRng(seed);
  const build = (d: number): Nested =>
    d === shape.length ? Math.round((2 * rng() - 1) * r * 8) / 8 : Array.from({ length: shape[d] }, () => build(d + 1));
  return build(0) as T4;
}

// [Q, K, V] with Sq ≠ Sk and d_v ≠ d_k; the second has two batches and two heads.
const small: T4[] = [
  [
    [
      [
        [1, 0],
        [0, 2],
      ],
    ],
  ],
  [
    [
      [
        [1, 1],
        [0, 1],
        [2, 0],
      ],
    ],
  ],
  [[[[1], [2], [3]]]],
];
const unmasked: T4[][] = [
  small,
  [fixed(1, [2, 2, 3, 4]), fixed(2, [2, 2, 2, 4]), fixed(3, [2, 2, 2, 3], 3)],
  [fixed(4, [1, 2, 4, 3]), fixed(5, [1, 2, 5, 3]), fixed(6, [1, 2, 5, 2], 3)],
];
// The same with a mask: partly hidden rows and, in each, a fully hidden row.
const masked: T4[][] = [
  [
    ...small,
    [
      [
        [
          [1, 0, 1],
          [0, 0, 0],
        ],
      ],
    ],
  ],
  [
    ...unmasked[1],
    [
      [
        [
          [1, 0],
          [0, 0],
          [0, 1],
        ],
        [
          [0, 0],
          [1, 1],
          [1, 0],
        ],
      ],
      [
        [
          [1, 1],
          [0, 1],
          [0, 0],
        ],
        [
          [0, 0],
          [0, 0],
          [1, 1],
        ],
      ],
    ],
  ],
];

/** [Q, K, V, mask?] as a case, with a fixed upstream gradient of out's shape. */
function caseOf([Q, K, V, mask]: T4[], seed: number): Case {
  return { Q, K, V, mask, dout: fixed(seed, [Q.length, Q[0].length, Q[0][0].length, V[0][0][0].length], 3) };
}

const cases: Case[] = [...unmasked, ...masked].map(caseOf);

const everything = (r: typeof reference, c: Case): Record<string, Nested> => ({
  weights: weightsReference(r, c),
  out: attentionReference(r, c),
  ...attentionBackwardReference(r, c),
});
const values = (r: typeof reference, c: Case): Record<string, Nested> => ({
  weights: weightsReference(r, c),
  out: attentionReference(r, c),
});

describe('attention reference', () => {
  it('matches hand-checked values', () => {
    // Scores [√2, 0]: weights σ(√2) and 1 − σ(√2).
    const w = weightsReference(
      reference,
      caseOf(
        [
          [[[[2, 0]]]],
          [
            [
              [
                [1, 0],
                [0, 0],
              ],
            ],
          ],
          [[[[1], [1]]]],
        ],
        0,
      ),
    ) as T4;
    const s = 1 / (1 + Math.exp(-Math.SQRT2));
    expect(w[0][0][0][0]).toBeCloseTo(s, 6);
    expect(w[0][0][0][1]).toBeCloseTo(1 - s, 6);
  });

  it('gives a fully hidden row uniform weights and no gradient to Q', () => {
    const c = { ...caseOf(masked[0], 0), dout: [[[[1], [1]]]] };
    const w = weightsReference(reference, c) as T4;
    expect(w[0][0][1]).toEqual([1, 1, 1].map(() => Math.fround(1 / 3)));
    expect(w[0][0][0][1]).toBe(0);
    expect((attentionReference(reference, c) as T4)[0][0][1][0]).toBeCloseTo(2, 6);
    expect((attentionBackwardReference(reference, c).dQ as T4)[0][0][1]).toEqual([0, 0]);
  });

  it('values and gradients agree with the float64 oracle within its bounds; the oracle with its own central differences', () => {
    const margin = checkReference(reference, {
      name: 'attention',
      cases,
      reference: everything,
      oracle: (c) => attention64(c),
      gradients: {
        dQ: { input: 'Q', output: 'out', upstream: 'dout' },
        dK: { input: 'K', output: 'out', upstream: 'dout' },
        dV: { input: 'V', output: 'out', upstream: 'dout' },
      },
    });
    expect(margin.reference).toBeLessThan(1);
    expect(margin.oracleGradients).toBeLessThan(1);
  });

  it('stays within the bounds on what the grader draws, scores of ±1e3 and equal keys included', () => {
    const draws = [
      ...fc.sample(attentionCase(), { seed: 1, numRuns: 60 }),
      ...fc.sample(attentionCase({ mask: 'always' }), { seed: 2, numRuns: 30 }),
      ...fc.sample(equalKeys, { seed: 3, numRuns: 20 }),
    ];
    const margin = checkReference(reference, {
      name: 'draws',
      cases: draws,
      reference: everything,
      oracle: (c) => attention64(c),
    });
    expect(margin.reference).toBeLessThan(1);
    const large = fc.sample(largeScores, { seed: 4, numRuns: 60 });
    expect(
      checkReference(reference, { name: 'large', cases: large, reference: values, oracle: (c) => forward64(c) })
        .reference,
    ).toBeLessThan(1);
  });
});
