import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startReference } from '../kit/backends/startReference';
import { checkReference } from '../kit/toolkit';
import { cases as drawn, outsideBoxCases } from './cases';
import { type Case, cropOracle, cutmixOracle, flipOracle, flipped, mixupOracle } from './oracle';
import { cropReference, cutmixReference, flipReference, mixupReference, randomFlipReference } from './reference';

const reference = startReference('cpu');

// Hand-picked: H ≠ W, padding 2 with draws at 0 and 0.9999 (offsets 0 and
// 2p = 4, windows in a corner of the padded image), a draw equal to p (not
// flipped), λ = 0.3 (rounded by float32, 1 − λ too), and a box that reaches
// past the top and the right of the image (clipped to 2×2 of 3×4).
const fixed: Case[] = [
  {
    x: [
      [
        [
          [1, -2, 3, 0.5],
          [0.25, 4, -1.5, 2],
          [-0.75, 1.25, 0.125, -3],
        ],
      ],
      [
        [
          [7, 8, 9, 10],
          [-1, -2, -3, -4],
          [0.3, 0.6, 0.9, 1.2],
        ],
      ],
    ],
    y: [
      [1, 0, 0],
      [0, 0.75, 0.25],
    ],
    padding: 2,
    us: [0, 0.9999, 0.5, 0.25],
    seed: 1,
    p: 0.5,
    lambda: 0.3,
    perm: [1, 0],
    box: { top: -1, left: 2, height: 3, width: 4 },
  },
  {
    x: [[[[0.5, -0.5]], [[2, 3]]]],
    y: [[0.5, 0.5]],
    padding: 1,
    us: [0.7, 0.2],
    seed: 2,
    p: 0.8,
    lambda: 1,
    perm: [0],
    box: { top: 0, left: 0, height: 1, width: 1 },
  },
];

const checks = [
  { name: 'crop', reference: cropReference, oracle: (c: Case) => ({ crop: cropOracle(c) }) },
  {
    name: 'flip',
    reference: (r: typeof reference, c: Case) => ({ flip: flipReference(r, c) }),
    oracle: (c: Case) => ({ flip: flipOracle(c) }),
  },
  {
    name: 'random flip',
    reference: (r: typeof reference, c: Case) => ({ flip: randomFlipReference(r, c) }),
    oracle: (c: Case) => ({ flip: flipOracle(c, flipped(c)) }),
  },
  { name: 'mixup', reference: mixupReference, oracle: mixupOracle },
  {
    name: 'cutmix',
    reference: cutmixReference,
    oracle: (c: Case) => {
      const { x, y } = cutmixOracle(c);
      return { x, y };
    },
  },
];

describe('data-augmentation reference', () => {
  it.each(checks)('$name agrees with the float64 oracle within its bounds', (check) => {
    expect(checkReference(reference, { ...check, cases: fixed }).reference).toBeLessThan(1);
  });

  it.each(checks)('$name stays within the bounds on what the grader draws', (check) => {
    const cases = [
      ...fc.sample(drawn, { seed: 30, numRuns: 40 }),
      ...fc.sample(outsideBoxCases, { seed: 31, numRuns: 10 }),
    ];
    expect(checkReference(reference, { ...check, name: `${check.name} draws`, cases }).reference).toBeLessThan(1);
  });

  it('crops as RandomCrop does: with p = 2, offsets (0, 4) and (2, 1) are windows of the zero-framed image', () => {
    const { crop } = cropReference(reference, fixed[0]);
    expect(crop[0][0]).toEqual([
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [3, 0.5, 0, 0],
    ]);
    expect(crop[1][0].slice(0, 2)).toEqual([
      [0, 7, 8, 9],
      [0, -1, -2, -3],
    ]);
  });

  it('pastes the clipped box and weighs the labels by its area: 4 of 12 pixels, λ = 2/3', () => {
    const { x } = cutmixReference(reference, fixed[0]);
    expect(x[0][0][0]).toEqual([1, -2, 9, 10]);
    expect(x[0][0][2]).toEqual([-0.75, 1.25, 0.125, -3]);
    expect(cutmixOracle(fixed[0]).lambda.data[0]).toBeCloseTo(2 / 3, 15);
  });
});
