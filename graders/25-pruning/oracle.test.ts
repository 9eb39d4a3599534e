import { describe, expect, it } from 'vitest';
import { net64, prune64, pruneCount, pruneFilters64, pythonRound, zeroed } from './oracle';

// The oracle is the definition; these pin it to PyTorch's documented
// behaviour (torch.nn.utils.prune) on cases worked by hand.

describe('pruning oracle', () => {
  it("rounds as Python's round: halves to the even neighbour", () => {
    expect([0.5, 1.5, 2.5, 3.5, 2.4999, 2.5001].map(pythonRound)).toEqual([0, 2, 2, 4, 2, 3]);
    // amount · size as the float64 product: 0.3·5 = 1.5 → 2, 0.5·5 = 2.5 → 2, 0.7·10 = 7.000000000000001 → 7.
    expect([pruneCount(0.3, 5), pruneCount(0.5, 5), pruneCount(0.7, 10), pruneCount(0.3, 7)]).toEqual([2, 2, 7, 2]);
    expect([pruneCount(0.5, 5, { count: 'half-up' }), pruneCount(0.3, 7, { count: 'ceil' })]).toEqual([3, 3]);
  });

  it('prunes the smallest magnitudes, not the smallest values', () => {
    expect(prune64([-3, 0.1, 2, -0.5], 0.5)).toEqual({ pruned: [-3, 0, 2, 0], mask: [1, 0, 1, 0] });
    expect(prune64([-3, 0.1, 2, -0.5], 0.5, { byValue: true }).mask).toEqual([0, 1, 1, 0]);
  });

  it('a threshold at the k-th smallest |w| prunes every tie at it', () => {
    expect(prune64([1, -1, 1, 2], 0.25).mask.filter((v) => v === 0)).toHaveLength(1);
    expect(prune64([1, -1, 1, 2], 0.25, { threshold: true }).mask).toEqual([0, 0, 0, 1]);
  });

  it('removes filters and the next layer’s input channels so the network is the zeroed original', () => {
    const conv1 = { w: [[[[3]]], [[[0.5]]], [[[-2]]]], b: [1, 2, 3] };
    const conv2 = { w: [[[[1]], [[10]], [[100]]]], b: [0] };
    const p = pruneFilters64(conv1, conv2, 0.34);
    expect(p.kept).toEqual([0, 2]);
    expect(p.conv2.w).toEqual([[[[1]], [[100]]]]);
    const x = [[[[1, -1]]]];
    expect(Array.from(net64(x, p.conv1, p.conv2).data)).toEqual(
      Array.from(net64(x, zeroed(conv1, p.kept), conv2).data),
    );
  });
});
