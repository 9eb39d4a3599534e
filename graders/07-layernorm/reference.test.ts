import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startReference } from '../kit/backends/startReference';
import { checkReference } from '../kit/toolkit';
import { cases as drawn, nearEpsCases, scaledCases } from './cases';
import { type Case, oracle } from './oracle';
import { layerNormReference } from './reference';

const reference = startReference('cpu');

// Hand-picked: a plain row, a constant row (σ² = 0: x̂ = 0/√ε), a row with
// σ² = ε exactly, an offset row, ε = 0 and PyTorch's 1e-5, two rows whose
// statistics differ (where normalising over the batch would show). Central
// differences of step h ≈ 6e-6·max(1, ‖x‖∞) need √(σ² + ε) ≫ h, so these
// keep it ≥ 0.01; the rows that do not are in `tight`, proven against the
// oracle's values and gradients without central differences.
const fixed: Case[] = [
  { x: [[1, 2, 3, 4]], gamma: [1, 1, 1, 1], beta: [0, 0, 0, 0], eps: 1e-5, dout: [[1, -1, 0.5, 0.25]] },
  {
    x: [
      [0.25, 0.25, 0.25],
      [0.5, -1.5, 3],
    ],
    gamma: [0.5, -2, 1.5],
    beta: [1, 0, -1],
    eps: 1e-3,
    dout: [
      [1, 2, 3],
      [-0.5, 0.25, 2],
    ],
  },
  { x: [[0.01, -0.01]], gamma: [2, 3], beta: [0.5, -0.5], eps: 1e-4, dout: [[1, 0.5]] },
  {
    x: [
      [100.5, 99.5, 100.25, 99.75],
      [-3, 7, 1, 0],
    ],
    gamma: [1, -1, 2, 0.5],
    beta: [0, 0.25, 0, 1],
    eps: 0,
    dout: [
      [0.5, -2, 1, 1],
      [1, 1, -1, 3],
    ],
  },
];

/** √(σ² + ε) ≈ 3e-3 and below: a constant row at PyTorch's ε, σ² = ε/4 at an offset, ε = 0 with σ = 1e-3. */
const tight: Case[] = [
  { x: [[2, 2, 2]], gamma: [1, -1, 2], beta: [0, 0, 0], eps: 1e-5, dout: [[1, 2, 3]] },
  { x: [[0.5015, 0.4985, 0.5, 0.5]], gamma: [1, 1, 1, 1], beta: [0, 1, 0, 1], eps: 1e-5, dout: [[0.5, -1, 2, 1]] },
  { x: [[-0.001, 0.001]], gamma: [3, 0.5], beta: [0, 0], eps: 0, dout: [[1, -1]] },
];

const gradients = {
  dx: { input: 'x', output: 'out', upstream: 'dout' },
  dgamma: { input: 'gamma', output: 'out', upstream: 'dout' },
  dbeta: { input: 'beta', output: 'out', upstream: 'dout' },
} as const;

describe('layernorm reference', () => {
  it('values and gradients agree with the float64 oracle within its bounds; the oracle with its own central differences', () => {
    const margin = checkReference(reference, {
      name: 'layernorm',
      cases: fixed,
      reference: layerNormReference,
      oracle,
      gradients,
    });
    expect(margin.reference).toBeLessThan(1);
    expect(margin.oracleGradients).toBeLessThan(1);
  });

  it('values and gradients agree with the oracle where √(σ² + ε) is of order √ε or smaller', () => {
    const margin = checkReference(reference, { name: 'tight', cases: tight, reference: layerNormReference, oracle });
    expect(margin.reference).toBeLessThan(1);
  });

  it('stays within the bounds on what the grader draws, rows with variance near ε and ε = 0 included', () => {
    const draws = [
      ...fc.sample(drawn, { seed: 1, numRuns: 60 }),
      ...fc.sample(nearEpsCases, { seed: 2, numRuns: 40 }),
      ...fc.sample(scaledCases, { seed: 3, numRuns: 20 }).map(({ c }) => c),
    ];
    const margin = checkReference(reference, { name: 'draws', cases: draws, reference: layerNormReference, oracle });
    expect(margin.reference).toBeLessThan(1);
  });

  it('differs from a batch-axis normalisation on two rows (the reference normalises each row)', () => {
    const { out } = layerNormReference(reference, fixed[1]);
    expect(out[0]).toEqual([1, 0, -1].map(Math.fround));
  });
});
