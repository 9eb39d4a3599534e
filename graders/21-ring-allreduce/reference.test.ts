import { describe, expect, it } from 'vitest';
import { closeness, referenceTolerance } from '../kit/toolkit';
import { allReduceSum, partialSumScale, ringPartialSum, sumRoundings } from './reference';

// Four workers, five elements: cancellation (1e3 − 1e3), tiny parts beside
// big ones, and values that are not exact in binary (0.1, 0.2, 0.3).
const buffers = [
  [1e3, 0.1, -7.25, 3, 1e-3],
  [-1e3, 0.2, 2.5, -3, 5e2],
  [0.5, 0.3, 1e-8, 4, -5e2],
  [2, -0.6, 4.75, 1e6, 7],
];

describe('ring all-reduce reference', () => {
  it('matches a hand-checked sum', () => {
    expect(
      allReduceSum([
        [1, 2, 3],
        [10, 20, 30],
        [100, 200, 300],
      ]),
    ).toEqual([111, 222, 333]);
  });

  it('adds in ring order from the starting worker, over the given elements', () => {
    // From worker 2 over 2 workers: buffers 2 then 0, elements [1, 3).
    expect(
      ringPartialSum(
        [
          [1, 2, 3],
          [10, 20, 30],
          [100, 200, 300],
        ],
        2,
        2,
        1,
        3,
      ),
    ).toEqual([202, 303]);
    expect(
      partialSumScale(
        [
          [1, -2],
          [-10, 20],
        ],
        0,
        2,
        0,
        2,
      ),
    ).toBe(22);
  });

  it('handles one worker, empty buffers and empty ranges', () => {
    expect(allReduceSum([[4, -5]])).toEqual([4, -5]);
    expect(allReduceSum([[], []])).toEqual([]);
    expect(ringPartialSum(buffers, 1, 3, 2, 2)).toEqual([]);
  });

  it('the float64 bound accepts the same sum in any other order', () => {
    const n = buffers.length;
    const want = allReduceSum(buffers);
    const eps = referenceTolerance({ ops: 2 * sumRoundings(n), precision: 'float64' });
    const scale = partialSumScale(buffers, 0, n, 0, want.length);
    const orders = [
      [3, 2, 1, 0],
      [2, 0, 3, 1],
      [1, 2, 3, 0],
    ];
    for (const order of orders) {
      const got = want.map((_, i) => order.reduce((s, w) => s + buffers[w][i], 0));
      expect(closeness(got, want, eps, scale).ratio).toBeLessThanOrEqual(1);
    }
    // Pairwise: (b0 + b1) + (b2 + b3).
    const pairwise = want.map((_, i) => buffers[0][i] + buffers[1][i] + (buffers[2][i] + buffers[3][i]));
    expect(closeness(pairwise, want, eps, scale).ratio).toBeLessThanOrEqual(1);
  });

  it('the bound rejects a sum with one part missing', () => {
    const n = buffers.length;
    const want = allReduceSum(buffers);
    const eps = referenceTolerance({ ops: 2 * sumRoundings(n), precision: 'float64' });
    const scale = partialSumScale(buffers, 0, n, 0, want.length);
    const missingWorker2 = want.map((_, i) => buffers[0][i] + buffers[1][i] + buffers[3][i]);
    expect(closeness(missingWorker2, want, eps, scale).ratio).toBeGreaterThan(1);
  });
});
