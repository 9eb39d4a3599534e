import { describe, expect, it } from 'vitest';
import { seededRng } from '../../katas/lib/rng';
import { startReference } from '../kit/backends/startReference';
import { checkReference } from '../kit/toolkit';
import { clipNorm64, clipValue64, type NormCase, type ValueCase } from './oracle';
import { clipNormReference, clipValueReference } from './reference';

const reference = startReference('cpu');

/** Hand-picked: one element, tensors of very different norms, clipped hard, not clipped, maxNorm 0. */
const fixed: NormCase[] = [
  { grads: [[3, -4]], maxNorm: 1 },
  { grads: [[0.5], [-2, 0, 3], [0.01, 0.02]], maxNorm: 2 },
  { grads: [[10, -10, 10], [0.1]], maxNorm: 100 },
  { grads: [[7]], maxNorm: 0 },
  {
    grads: [
      [0, 0],
      [1e-3, -2e-3],
    ],
    maxNorm: 1e-3,
  },
];

// Seeded cases at the grader's magnitudes (tensors of ±0.1, ±1, ±10), and
// maxNorm on either side of T: the bounds must hold wherever the grader draws.
const rng = seededRng(20260418);
const tensorOf = (): number[] => {
  const scale = [0.1, 1, 10][Math.floor(rng() * 3)];
  return Array.from({ length: 1 + Math.floor(rng() * 6) }, () => (2 * rng() - 1) * scale);
};
const random: NormCase[] = Array.from({ length: 24 }, (_, i) => {
  const grads = Array.from({ length: 1 + Math.floor(rng() * 4) }, tensorOf);
  const t = Math.sqrt(grads.flat().reduce((s, v) => s + v * v, 0));
  return { grads, maxNorm: t * [0.2, 0.5, 0.8, 1.25, 2, 4][i % 6] };
});

const values: ValueCase[] = [
  { grads: [[-3, -0.5, 0, 0.5, 3]], clipValue: 1 },
  { grads: [[0.37, -0.37], [12]], clipValue: 0 },
  ...random.map(({ grads }, i) => ({ grads, clipValue: [0.05, 0.5, 5][i % 3] })),
];

describe('grad-clipping reference', () => {
  it('clipNorm agrees with the float64 oracle within its bounds', () => {
    const margin = checkReference(reference, {
      name: 'grad-clipping clipGradNorm',
      cases: [...fixed, ...random],
      reference: (r, c) => clipNormReference(r, c.grads, c.maxNorm),
      oracle: clipNorm64,
    });
    expect(margin.reference).toBeLessThan(1);
  });

  it('clipValue agrees with the float64 oracle within its bounds', () => {
    const margin = checkReference(reference, {
      name: 'grad-clipping clipGradValue',
      cases: values,
      reference: (r, c) => clipValueReference(r, c.grads, c.clipValue),
      oracle: clipValue64,
    });
    expect(margin.reference).toBeLessThan(1);
  });
});
