import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startReference } from '../kit/backends/startReference';
import { checkReference } from '../kit/toolkit';
import { cases as drawn, pOneCases, streamCases } from './cases';
import { type Case, oracle } from './oracle';
import { dropoutReference } from './reference';

const reference = startReference('cpu');

// Hand-picked: ties u = p (kept), p = 0 with a draw of 0 (kept), p = 1
// (all dropped, no 0/0), a scale 1/(1 − p) that float32 rounds (p = 0.1), a
// single element, and negative x (a dropped unit is ±0, never NaN).
const fixed: Case[] = [
  {
    x: [
      [1, -2, 3],
      [0.5, 4, -0.25],
    ],
    p: 0.5,
    us: [
      [0.5, 0.49, 0.99],
      [0, 0.75, 0.5],
    ],
    seed: 1,
    dout: [
      [1, 2, -3],
      [0.5, -1, 2],
    ],
  },
  { x: [[-1.5, 2, 0]], p: 0, us: [[0, 0.3, 0.999]], seed: 2, dout: [[1, -1, 0.5]] },
  { x: [[7, -3]], p: 1, us: [[0.999, 0]], seed: 3, dout: [[2, 2]] },
  { x: [[0.3], [-9.75]], p: 0.1, us: [[0.1], [0.05]], seed: 4, dout: [[-2.5], [1]] },
];

describe('dropout reference', () => {
  it('tf.mul(x, M) and its autodiff agree with the float64 oracle within its bounds; the oracle with its central differences', () => {
    const margin = checkReference(reference, {
      name: 'dropout',
      cases: fixed,
      reference: dropoutReference,
      oracle,
      gradients: { dx: { input: 'x', output: 'out', upstream: 'dout' } },
    });
    expect(margin.reference).toBeLessThan(1);
    expect(margin.oracleGradients).toBeLessThan(1);
  });

  it('stays within the bounds on what the grader draws, p = 1 and the large uniform streams included', () => {
    const draws = [
      ...fc.sample(drawn, { seed: 1, numRuns: 60 }),
      ...fc.sample(pOneCases, { seed: 2, numRuns: 10 }),
      ...fc.sample(streamCases, { seed: 3, numRuns: 3 }),
    ];
    const margin = checkReference(reference, { name: 'draws', cases: draws, reference: dropoutReference, oracle });
    expect(margin.reference).toBeLessThan(1);
  });

  it('keeps a unit exactly when u ≥ p, and drops it to exactly 0', () => {
    const { out } = dropoutReference(reference, fixed[0]);
    expect(out).toEqual([
      [2, -0, 6],
      [0, 8, -0.5],
    ]);
  });
});
