import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startReference } from '../kit/backends/startReference';
import { checkReference } from '../kit/toolkit';
import { type EncodingCase, encodingCases, MAX_POSITION, type RopeCase, ropeCases, zeroCases } from './cases';
import { encoding64, rope64 } from './oracle';
import { encodingReference, ropeReference } from './reference';

const reference = startReference('cpu');

// Hand-picked: the smallest pair, an odd number of pairs, the longest table
// the grader draws (angles of 320 rad, where float32's rounding of pos·θ
// dominates), and RoPE with each base the grader passes.
const encodings: EncodingCase[] = [
  { length: 1, d: 2 },
  { length: 5, d: 6 },
  { length: MAX_POSITION + 1, d: 16 },
];

const ropes: RopeCase[] = [
  { x: [[1, 0]], positions: [1], dout: [[0, 1]] },
  {
    x: [
      [0.5, -2, 3, 1.25],
      [-1, 0.75, 2, -0.5],
    ],
    positions: [0, 7],
    base: 10000,
    dout: [
      [1, -1, 0.25, 2],
      [0.5, 0.5, -3, 1],
    ],
  },
  {
    x: [
      [2, -1, 0.5, 1, -0.25, 3],
      [1, 1, 1, 1, 1, 1],
      [-3, 2, 0.125, -1, 2.5, 0],
    ],
    positions: [MAX_POSITION, 123, 64],
    base: 500000,
    dout: [
      [1, 2, 3, -1, -2, -3],
      [0.5, -0.5, 1, -1, 2, -2],
      [3, 0, -1, 1, 0.25, 0.75],
    ],
  },
  {
    x: [[1, 2, -3, 0.5, 1, -1, 2, 0.25]],
    positions: [299],
    base: 100,
    dout: [[-1, 0.5, 2, 1, -2, 3, 0.125, 1]],
  },
];

const encoding = (r: typeof reference, c: EncodingCase) => ({ pe: encodingReference(r, c.length, c.d) });
const encodingOracle = (c: EncodingCase) => ({ pe: encoding64(c.length, c.d) });

describe('positional-encoding reference', () => {
  it('PE(0) is [0, 1, 0, 1, …] and PE(1)[0] is sin 1', () => {
    const pe = encodingReference(reference, 2, 4) as number[][];
    expect(pe[0]).toEqual([0, 1, 0, 1]);
    expect(pe[1][0]).toBeCloseTo(Math.sin(1), 6);
    expect(pe[1][3]).toBeCloseTo(Math.cos(0.01), 6);
  });

  it('values and gradients agree with the float64 oracle within its bounds; the oracle with its own central differences', () => {
    const enc = checkReference(reference, {
      name: 'encoding',
      cases: encodings,
      reference: encoding,
      oracle: encodingOracle,
    });
    expect(enc.reference).toBeLessThan(1);
    const margin = checkReference(reference, {
      name: 'rope',
      cases: ropes,
      reference: ropeReference,
      oracle: (c) => rope64(c),
      gradients: { dx: { input: 'x', output: 'out', upstream: 'dout' } },
    });
    expect(margin.reference).toBeLessThan(1);
    expect(margin.oracleGradients).toBeLessThan(1);
  });

  it('stays within the bounds on what the grader draws', () => {
    const enc = checkReference(reference, {
      name: 'encoding draws',
      cases: fc.sample(encodingCases, { seed: 1, numRuns: 40 }),
      reference: encoding,
      oracle: encodingOracle,
    });
    expect(enc.reference).toBeLessThan(1);
    const rope = checkReference(reference, {
      name: 'rope draws',
      cases: [...fc.sample(ropeCases(), { seed: 2, numRuns: 60 }), ...fc.sample(zeroCases, { seed: 3, numRuns: 10 })],
      reference: ropeReference,
      oracle: (c) => rope64(c),
    });
    expect(rope.reference).toBeLessThan(1);
  });
});
