import { describe, expect, it } from 'vitest';
import { seededRng } from '../../katas/lib/rng';
import { checkReference, type Nested } from '../kit/toolkit';
import {
  attentionBackwardReference,
  attentionReference,
  outputMagnitudes,
  referenceBudget,
  weightsReference,
} from './reference';

type T4 = number[][][][];

/** softmax(Q·Kᵀ/√d_k) with hidden scores −1e9, written plainly in float64: the test's own implementation. */
function weights64(Q: Nested, K: Nested, mask?: Nested): T4 {
  const m = mask as T4 | undefined;
  return (Q as T4).map((qb, b) =>
    qb.map((qh, h) =>
      qh.map((qi, i) => {
        const s = (K as T4)[b][h].map((kj, j) => {
          if (m && m[b][h][i][j] === 0) return -1e9;
          let d = 0;
          for (let p = 0; p < qi.length; p++) d += qi[p] * kj[p];
          return d / Math.sqrt(qi.length);
        });
        const top = Math.max(...s);
        const e = s.map((x) => Math.exp(x - top));
        const z = e.reduce((a, x) => a + x, 0);
        return e.map((x) => x / z);
      }),
    ),
  );
}

function attention64(Q: Nested, K: Nested, V: Nested, mask?: Nested): T4 {
  const v = V as T4;
  return weights64(Q, K, mask).map((pb, b) =>
    pb.map((ph, h) => ph.map((pi) => v[b][h][0].map((_, d) => pi.reduce((a, p, j) => a + p * v[b][h][j][d], 0)))),
  );
}

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

/** checkReference one case at a time: each case's own budget (referenceBudget) and scale, as the grader uses them. */
function checkEach(name: string, cases: T4[][], withGradients: boolean): number[] {
  return cases.flatMap(([Q, K, V, mask], n) => {
    const m = checkReference({
      name: `${name} ${n}`,
      cases: [mask ? [Q, K, V, mask] : [Q, K, V]],
      ...referenceBudget(Q, K, V, mask),
      value: (q, k, v, mk) => attentionReference(q, k, v, mk),
      float64: (q, k, v, mk) => attention64(q, k, v, mk),
      scale: (q, k, v) => outputMagnitudes(weights64(q, k, mask), q, k, v, attention64(q, k, v, mask)).out,
      differentiable: [0, 1, 2],
      vjp: withGradients
        ? ([q, k, v, mk], dy) => {
            const g = attentionBackwardReference(dy, q, k, v, mk);
            return [g.dQ, g.dK, g.dV];
          }
        : undefined,
    });
    const w = checkReference({
      name: `${name} weights ${n}`,
      cases: [mask ? [Q, K, mask] : [Q, K]],
      ...referenceBudget(Q, K, V, mask),
      value: (q, k, mk) => weightsReference(q, k, mk),
      float64: (q, k, mk) => weights64(q, k, mk),
    });
    return [m.value, m.gradients, w.value];
  });
}

/** Scores of ±1e3 (Q scaled by 400): float32 keeps them finite through the max subtraction. */
const large: T4[][] = [
  [
    fixed(7, [1, 2, 3, 4]).map((b) => b.map((h) => h.map((r) => r.map((x) => 400 * x)))),
    fixed(8, [1, 2, 4, 4]),
    fixed(9, [1, 2, 4, 2], 3),
  ],
];

describe('attention reference', () => {
  it('matches hand-checked values', () => {
    // Scores [√2, 0]: weights σ(√2) and 1 − σ(√2).
    const w = weightsReference(
      [[[[2, 0]]]],
      [
        [
          [
            [1, 0],
            [0, 0],
          ],
        ],
      ],
    ) as T4;
    const s = 1 / (1 + Math.exp(-Math.SQRT2));
    expect(w[0][0][0][0]).toBeCloseTo(s, 6);
    expect(w[0][0][0][1]).toBeCloseTo(1 - s, 6);
  });

  it('gives a fully hidden row uniform weights and no gradient to Q', () => {
    const [Q, K, V, mask] = masked[0];
    const w = weightsReference(Q, K, mask) as T4;
    expect(w[0][0][1]).toEqual([1, 1, 1].map(() => Math.fround(1 / 3)));
    expect(w[0][0][0][1]).toBe(0);
    expect((attentionReference(Q, K, V, mask) as T4)[0][0][1][0]).toBeCloseTo(2, 6);
    const g = attentionBackwardReference([[[[1], [1]]]], Q, K, V, mask);
    expect((g.dQ as T4)[0][0][1]).toEqual([0, 0]);
  });

  it('values and gradients agree with float64 within the grader tolerance', () => {
    const margins = [...checkEach('unmasked', unmasked, true), ...checkEach('masked', masked, true)];
    expect(Math.max(...margins)).toBeLessThan(1);
  });

  it('values stay within the tolerance for scores of ±1e3', () => {
    expect(Math.max(...checkEach('large', large, false))).toBeLessThan(1);
  });
});
