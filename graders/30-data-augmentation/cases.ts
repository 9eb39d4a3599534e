import fc from 'fast-check';
import type { Images, Labels } from '../../katas/30-data-augmentation/data-augmentation';
import { boundedFloat, dim, tensor } from '../kit/toolkit';
import type { Case } from './oracle';

const uniform = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

/**
 * One number rng() returns: mostly uniform, sometimes 0, 0.9999 (the last
 * crop offset 2p, which floor(rng()·2p) never reaches) or exactly p (a tie,
 * which keeps the image: flipped iff rng() < p). Never 1: rng() is in [0, 1).
 */
const draw = (p: number): fc.Arbitrary<number> =>
  fc.oneof({ arbitrary: uniform, weight: 4 }, { arbitrary: fc.constantFrom(0, 0.9999, p < 1 ? p : 0), weight: 2 });

/** Soft labels whose values are exact in float32 and sum to exactly 1: one-hot, or split ½/½ or ¾/¼ over two classes. */
const labelRow = (K: number): fc.Arbitrary<number[]> =>
  fc
    .record({ a: fc.nat({ max: K - 1 }), b: fc.nat({ max: K - 1 }), share: fc.constantFrom(1, 0.5, 0.75) })
    .map(({ a, b, share }) => {
      const row = new Array<number>(K).fill(0);
      row[a] += share;
      row[b] += 1 - share;
      return row;
    });

export interface CaseConstraints {
  readonly padding?: fc.Arbitrary<number>;
  readonly p?: fc.Arbitrary<number>;
  readonly lambda?: fc.Arbitrary<number>;
}

/**
 * N 1–4 images of C 1–2 channels, H and W 1–5 drawn apart (a box or a flip
 * read on the wrong axis shows only when H ≠ W), values in [−2, 2]; labels
 * over K 2–4 classes; padding 0–3; the 2N numbers rng() returns first, then
 * a seeded stream; p, λ, a permutation, and a box that reaches past the
 * image often (top and left from −2, height and width up to 2 past it).
 */
export function augmentationCases({
  padding = fc.nat({ max: 3 }),
  p = fc.oneof(fc.constantFrom(0.5, 0.25, 0.75), boundedFloat({ min: 0.05, max: 0.95 })),
  lambda = fc.oneof(fc.constantFrom(0.3, 0.8), boundedFloat({ min: 0, max: 1 })),
}: CaseConstraints = {}): fc.Arbitrary<Case> {
  return fc
    .record({
      N: dim({ max: 4 }),
      C: dim({ max: 2 }),
      H: dim({ max: 5 }),
      W: dim({ max: 5 }),
      K: dim({ min: 2, max: 4 }),
      p,
    })
    .chain(({ N, C, H, W, K, p: pp }) =>
      fc.record({
        x: tensor([N, C, H, W], { min: -2, max: 2 }) as fc.Arbitrary<Images>,
        y: fc.array(labelRow(K), { minLength: N, maxLength: N }) as fc.Arbitrary<Labels>,
        padding,
        us: fc.array(draw(pp), { minLength: 2 * N, maxLength: 2 * N }),
        seed: fc.integer(),
        p: fc.constant(pp),
        lambda,
        perm: fc.shuffledSubarray(
          Array.from({ length: N }, (_, n) => n),
          { minLength: N, maxLength: N },
        ),
        box: fc.record({
          top: fc.integer({ min: -2, max: H + 1 }),
          left: fc.integer({ min: -2, max: W + 1 }),
          height: fc.integer({ min: 0, max: H + 2 }),
          width: fc.integer({ min: 0, max: W + 2 }),
        }),
      }),
    );
}

export const cases = augmentationCases();

/** Padding 0: every offset is 0, the crop is the identity. */
export const unpaddedCases = augmentationCases({ padding: fc.constant(0) });

/** Padding 1–3: where the draws are needed. */
export const paddedCases = augmentationCases({ padding: fc.integer({ min: 1, max: 3 }) });

/** p = 0 or p = 1: never or always flipped. */
export const certainCases = augmentationCases({ p: fc.constantFrom(0, 1) });

/** λ = 0 or λ = 1: one side of the mix alone. */
export const pureCases = augmentationCases({ lambda: fc.constantFrom(0, 1) });

/** The case's box moved wholly outside the image (above, below, left or right of it) or made empty. */
export const outsideBoxCases: fc.Arbitrary<Case> = fc
  .tuple(cases, fc.constantFrom('above', 'below', 'left', 'right', 'empty'), fc.nat({ max: 2 }))
  .map(([c, side, gap]) => {
    const [H, W] = [c.x[0][0].length, c.x[0][0][0].length];
    const b = c.box;
    const box =
      side === 'above'
        ? { ...b, top: -b.height - gap }
        : side === 'below'
          ? { ...b, top: H + gap }
          : side === 'left'
            ? { ...b, left: -b.width - gap }
            : side === 'right'
              ? { ...b, left: W + gap }
              : { ...b, height: 0 };
    return { ...c, box };
  });
