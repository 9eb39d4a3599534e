import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startReference } from '../kit/backends/startReference';
import { checkReference } from '../kit/toolkit';
import { cases, distinctCases, negativeCases, tiedCases } from './cases';
import { avgPoolOracle, type Case, maxPoolOracle } from './oracle';
import { avgPoolReference, maxPoolReference } from './reference';

const reference = startReference('cpu');

const plane = (rows: number[][]) => [[rows]];

// Hand-picked: overlapping windows (stride 1 < kernel 2) with padding on
// both axes, a non-square kernel with unequal strides and padding on one
// axis (where a numeric pad would go wrong), stride larger than the kernel
// with a division that is not exact, and an all-negative input with padding
// (where zero padding would win). Values distinct, so that central
// differences of the oracle's max never straddle a tie.
const fixed: Case[] = [
  {
    x: plane([
      [0.5, -1.25, 2],
      [3, 0.75, -2.5],
      [-0.5, 1.5, 1],
    ]),
    params: { kernel: 2, stride: 1, padding: 1 },
    dout: plane([
      [1, -0.5, 2, 0.25],
      [-1, 0.5, 1.5, -2],
      [3, 0.125, -0.75, 1],
      [0.5, 2, -1.5, 0.25],
    ]),
  },
  {
    x: [
      [
        [
          [0.1, 0.2, 0.3, 0.4, 0.5],
          [1.1, -1.2, 1.3, -1.4, 1.5],
          [-2.1, 2.2, -2.3, 2.4, -2.5],
          [3.1, 3.2, -3.3, 3.4, 3.5],
        ],
        [
          [-0.6, 0.7, -0.8, 0.9, -1.0],
          [1.6, 1.7, 1.8, 1.9, 2.0],
          [-2.6, -2.7, 2.8, 2.9, -3.0],
          [0.01, -0.02, 0.03, -0.04, 0.05],
        ],
      ],
    ],
    params: { kernel: [3, 2], stride: [1, 2], padding: [1, 0] },
    dout: [
      [
        [
          [1, 2],
          [-1, 0.5],
          [0.25, -2],
          [1.5, 1],
        ],
        [
          [-0.5, 1],
          [2, -1],
          [0.75, 0.5],
          [-1.25, 3],
        ],
      ],
    ],
  },
  {
    x: plane([
      [1.5, -0.25, 0.75, 2.25, -1, 0.5, 3],
      [-2, 0.125, 1.25, -0.5, 2.5, -3, 0.25],
      [0.375, 1, -1.5, 2, -0.75, 1.75, -2.25],
    ]),
    params: { kernel: [1, 2], stride: [2, 3], padding: 0 },
    dout: plane([
      [1, -2],
      [0.25, 3],
    ]),
  },
  {
    x: plane([
      [-1, -2.5, -0.5],
      [-3, -0.25, -4],
      [-1.5, -2, -0.75],
    ]),
    params: { kernel: 3, stride: 2, padding: 1 },
    dout: plane([
      [1, -1],
      [2, 0.5],
    ]),
  },
];

const gradients = { dx: { input: 'x', output: 'out', upstream: 'dout' } } as const;

describe('pooling reference', () => {
  it('max pooling agrees with the float64 oracle; the oracle with its own central differences', () => {
    const margin = checkReference(reference, {
      name: 'max pooling',
      cases: fixed,
      reference: maxPoolReference,
      oracle: (c) => maxPoolOracle(c),
      gradients,
    });
    expect(margin.reference).toBeLessThan(1);
    expect(margin.oracleGradients).toBeLessThan(1);
  });

  it('average pooling (padded zeros counted) agrees with the float64 oracle; the oracle with its own central differences', () => {
    const margin = checkReference(reference, {
      name: 'average pooling',
      cases: fixed,
      reference: avgPoolReference,
      oracle: (c) => avgPoolOracle(c),
      gradients,
    });
    expect(margin.reference).toBeLessThan(1);
    expect(margin.oracleGradients).toBeLessThan(1);
  });

  it('stays within the bounds on what the grader draws', () => {
    // Out on every draw; dx of max pooling where values are distinct (float64's
    // −0.1 and −0.10000000000000016 are one float32, a tie the oracle does not see).
    const draws = [
      ...fc.sample(cases, { seed: 1, numRuns: 40 }),
      ...fc.sample(negativeCases, { seed: 3, numRuns: 20 }),
    ];
    const distinct = fc.sample(distinctCases, { seed: 2, numRuns: 40 });
    const outOnly = (ref: typeof maxPoolReference) => (r: typeof reference, c: Case) => ({ out: ref(r, c).out });
    const margins = [
      checkReference(reference, {
        name: 'max',
        cases: draws,
        reference: outOnly(maxPoolReference),
        oracle: (c) => maxPoolOracle(c),
      }),
      checkReference(reference, {
        name: 'max distinct',
        cases: distinct,
        reference: maxPoolReference,
        oracle: (c) => maxPoolOracle(c),
      }),
      checkReference(reference, {
        name: 'avg',
        cases: [...draws, ...distinct],
        reference: avgPoolReference,
        oracle: (c) => avgPoolOracle(c),
      }),
    ];
    for (const m of margins) expect(m.reference).toBeLessThan(1);
  });

  it("on ties tfjs's cpu max-pool gradient picks the first maximum in row-major order, as PyTorch and the oracle do", () => {
    const draws = fc.sample(tiedCases, { seed: 4, numRuns: 40 });
    const margin = checkReference(reference, {
      name: 'ties',
      cases: draws,
      reference: maxPoolReference,
      oracle: (c) => maxPoolOracle(c),
    });
    expect(margin.reference).toBeLessThan(1);
    // Two tied maxima in one 2×2 window: all of dout goes to the first.
    const { dx } = maxPoolReference(reference, {
      x: plane([
        [1, 1],
        [0, 1],
      ]),
      params: { kernel: 2, stride: 2, padding: 0 },
      dout: plane([[5]]),
    });
    expect(dx).toEqual(
      plane([
        [5, 0],
        [0, 0],
      ]),
    );
  });

  it('padding never wins a maximum, and average pooling counts the padded zeros', () => {
    const c = fixed[3];
    expect(maxPoolReference(reference, c).out).toEqual(
      plane([
        [-0.25, -0.25],
        [-0.25, -0.25],
      ]),
    );
    // The corner window holds 4 real positions of 9: (−1 − 2.5 − 3 − 0.25)/9.
    expect((avgPoolReference(reference, c).out as number[][][][])[0][0][0][0]).toBeCloseTo(-6.75 / 9, 6);
  });
});
