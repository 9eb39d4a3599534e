import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startReference } from '../kit/backends/startReference';
import { checkReference } from '../kit/toolkit';
import { drawCases } from './cases';
import { type Case, oracle } from './oracle';
import { uniformReference } from './reference';

const reference = startReference('cpu');

// Hand-picked: the extremes u = 0 (w = −a exactly) and the largest double
// below 1 (w just below a), u = 1/2 (w = 0: all cancellation), a 1×1
// dense weight (a = √3 and √6), a conv with a non-square kernel, and a
// bound float32 rounds (fans 5 and 7).
const fixed: Case[] = [
  { shape: [2, 3], us: [0, 1 - 2 ** -53, 0.5, 0.25, 0.999, 0.1], seed: 1 },
  { shape: [1, 1], us: [0.75], seed: 2 },
  { shape: [2, 1, 3, 1], us: [0, 0.3, 0.5, 0.6, 0.9, 0.01], seed: 3 },
  { shape: [7, 5], us: [], seed: 4 },
];

describe('weight-init reference', () => {
  it('u·(2a) − a in tfjs agrees with the float64 oracle within its bounds', () => {
    const margin = checkReference(reference, {
      name: 'weight-init',
      cases: fixed,
      reference: uniformReference,
      oracle,
    });
    expect(margin.reference).toBeLessThan(1);
  });

  it('stays within the bounds on what the grader draws', () => {
    const margin = checkReference(reference, {
      name: 'draws',
      cases: fc.sample(drawCases, { seed: 1, numRuns: 60 }),
      reference: uniformReference,
      oracle,
    });
    expect(margin.reference).toBeLessThan(1);
  });

  it('gives −a at u = 0: −√6/√(fanIn + fanOut) for Xavier, −√(6/fanIn) for He', () => {
    const { xavierUniform, heUniform } = uniformReference(reference, { shape: [1, 1], us: [0], seed: 0 });
    expect((xavierUniform as number[][])[0][0]).toBeCloseTo(-Math.sqrt(3), 6);
    expect((heUniform as number[][])[0][0]).toBeCloseTo(-Math.sqrt(6), 6);
  });
});
