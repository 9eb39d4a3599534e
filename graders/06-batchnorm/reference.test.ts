import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startReference } from '../kit/backends/startReference';
import { checkReference } from '../kit/toolkit';
import { batchNormCase, cases as drawn, nearEpsCases } from './cases';
import { type Case, evalOracle, oracle } from './oracle';
import { batchNormReference, evalReference } from './reference';

const reference = startReference('cpu');

const running = (C: number) => ({ mean: new Array<number>(C).fill(0), var: new Array<number>(C).fill(1) });

// Hand-picked: PyTorch's defaults on a plain batch, a constant feature
// (σ² = 0: x̂ = 0/√ε) next to a spread one, a feature with σ² = ε exactly,
// an offset batch at ε = 0, a batch of two (N/(N − 1) = 2 in running_var),
// and one where each row's own statistics differ from each column's (where
// normalising over the features would show). Central differences of step
// h ≈ 6e-6·max(1, ‖x‖∞) need √(σ² + ε) ≫ h, so these keep it ≥ 0.01; the
// features that do not are in `tight`, proven against the oracle's values
// and gradients without central differences.
const fixed: Case[] = [
  {
    x: [[1], [2], [3], [4]],
    gamma: [1],
    beta: [0],
    running: running(1),
    momentum: 0.1,
    eps: 1e-5,
    dout: [[1], [-1], [0.5], [0.25]],
  },
  {
    x: [
      [0.25, 0.5, 2],
      [0.25, -1.5, -1],
      [0.25, 3, 0.5],
    ],
    gamma: [0.5, -2, 1.5],
    beta: [1, 0, -1],
    running: { mean: [0.5, -1, 2], var: [2, 0.5, 4] },
    momentum: 0.3,
    eps: 1e-3,
    dout: [
      [1, 2, 3],
      [-0.5, 0.25, 2],
      [0.75, -1, 1],
    ],
  },
  {
    x: [
      [0.01, 1],
      [-0.01, -1],
    ],
    gamma: [2, 3],
    beta: [0.5, -0.5],
    running: { mean: [0, 0], var: [1e-4, 1] },
    momentum: 0.9,
    eps: 1e-4,
    dout: [
      [1, 0.5],
      [-2, 1],
    ],
  },
  {
    x: [
      [100.5, -3],
      [99.5, 7],
      [100.25, 1],
      [99.75, 0],
    ],
    gamma: [1, -1],
    beta: [0, 0.25],
    running: { mean: [100, 1], var: [0.25, 16] },
    momentum: 0.01,
    eps: 0,
    dout: [
      [0.5, -2],
      [1, 1],
      [-1, 3],
      [2, 0.5],
    ],
  },
];

/** √(σ² + ε) ≈ 3e-3 and below: a constant feature at PyTorch's ε, σ² = ε/4 at an offset, ε = 0 with σ = 1e-3. */
const tight: Case[] = [
  {
    x: [[2], [2], [2]],
    gamma: [-1],
    beta: [0.5],
    running: running(1),
    momentum: 0.1,
    eps: 1e-5,
    dout: [[1], [2], [3]],
  },
  {
    x: [[0.5015], [0.4985], [0.5], [0.5]],
    gamma: [1],
    beta: [1],
    running: running(1),
    momentum: 0.1,
    eps: 1e-5,
    dout: [[0.5], [-1], [2], [1]],
  },
  { x: [[-0.001], [0.001]], gamma: [3], beta: [0], running: running(1), momentum: 0.1, eps: 0, dout: [[1], [-1]] },
];

const gradients = {
  dx: { input: 'x', output: 'out', upstream: 'dout' },
  dgamma: { input: 'gamma', output: 'out', upstream: 'dout' },
  dbeta: { input: 'beta', output: 'out', upstream: 'dout' },
} as const;

const evalCheck = { reference: (r: typeof reference, c: Case) => ({ out: evalReference(r, c) }), oracle: evalOracle };

describe('batchnorm reference', () => {
  it('training values, running statistics and gradients agree with the float64 oracle; the oracle with its own central differences', () => {
    const margin = checkReference(reference, {
      name: 'batchnorm',
      cases: fixed,
      reference: batchNormReference,
      oracle,
      gradients,
    });
    expect(margin.reference).toBeLessThan(1);
    expect(margin.oracleGradients).toBeLessThan(1);
  });

  it('agrees with the oracle where √(σ² + ε) is of order √ε or smaller', () => {
    const margin = checkReference(reference, { name: 'tight', cases: tight, reference: batchNormReference, oracle });
    expect(margin.reference).toBeLessThan(1);
  });

  it('eval mode agrees with the oracle', () => {
    const margin = checkReference(reference, { name: 'eval', cases: [...fixed, ...tight], ...evalCheck });
    expect(margin.reference).toBeLessThan(1);
  });

  it('stays within the bounds on what the grader draws, features with variance near ε and ε = 0 included', () => {
    const draws = [
      ...fc.sample(drawn, { seed: 1, numRuns: 60 }),
      ...fc.sample(nearEpsCases, { seed: 2, numRuns: 40 }),
      ...fc.sample(batchNormCase({ features: 'spread', eps: 0 }), { seed: 3, numRuns: 20 }),
    ];
    expect(
      checkReference(reference, { name: 'draws', cases: draws, reference: batchNormReference, oracle }).reference,
    ).toBeLessThan(1);
    expect(checkReference(reference, { name: 'eval draws', cases: draws, ...evalCheck }).reference).toBeLessThan(1);
  });

  it('normalises each feature over the batch, not each row over its features', () => {
    const { out } = batchNormReference(reference, fixed[1]);
    // A constant feature has x̂ = 0: out is β in every row.
    expect(out.map((row) => row[0])).toEqual([1, 1, 1]);
  });

  it('updates running_var with the unbiased variance: a batch of two doubles the biased one', () => {
    const r = batchNormReference(reference, fixed[2]);
    // σ² of [1, −1] is 1, unbiased 2: 0.1·1 + 0.9·2.
    expect(r['running.var'][1]).toBeCloseTo(1.9, 6);
  });
});
