import { describe, expect, it } from 'vitest';
import * as solution from '../../solutions/21-ring-allreduce/ring-allreduce';
import { closeness, float64Bounds, toNested } from '../kit/tensor';
import { allReduce64, chunkOf, partialSum64, ring64, tiling64 } from './oracle';
import { simulateRing } from './simulateRing';

// Four workers, eight elements: cancellation (1e3 − 1e3), tiny parts beside
// big ones, and values that are not exact in binary (0.1, 0.2, 0.3).
const buffers = [
  [1e3, 0.1, -7.25, 3, 1e-3, 2, 0.7, -1],
  [-1e3, 0.2, 2.5, -3, 5e2, 1.5, 0.1, 1],
  [0.5, 0.3, 1e-8, 4, -5e2, -3.5, 0.2, 2],
  [2, -0.6, 4.75, 1e6, 7, 0.25, -1e-3, 3],
];
const small = [
  [1, 2, 3],
  [10, 20, 30],
  [100, 200, 300],
];

const within = (got: ArrayLike<number>, truth: Parameters<typeof float64Bounds>[0]): boolean =>
  closeness(got, truth.data, float64Bounds(truth)).ratio <= 1;

describe('ring all-reduce oracle', () => {
  it('sums a hand-checked case, and partial sums over the workers visited', () => {
    expect(toNested(allReduce64(small))).toEqual([111, 222, 333]);
    // Workers 2 then 0, elements [1, 3).
    expect(toNested(partialSum64(small, [2, 0], 1, 3))).toEqual([202, 303]);
    expect(toNested(allReduce64([[4, -5]]))).toEqual([4, -5]);
    expect(toNested(allReduce64([[], []]))).toEqual([]);
  });

  it('its float64 bound accepts the sum in any other order and rejects a part missing', () => {
    const truth = allReduce64(buffers);
    const orders = [
      [3, 2, 1, 0],
      [2, 0, 3, 1],
      [1, 2, 3, 0],
    ];
    for (const order of orders) {
      expect(
        within(
          Array.from(truth.data, (_, i) => order.reduce((s, w) => s + buffers[w][i], 0)),
          truth,
        ),
      ).toBe(true);
    }
    const pairwise = Array.from(truth.data, (_, i) => buffers[0][i] + buffers[1][i] + (buffers[2][i] + buffers[3][i]));
    expect(within(pairwise, truth)).toBe(true);
    const missingWorker2 = Array.from(truth.data, (_, i) => buffers[0][i] + buffers[1][i] + buffers[3][i]);
    expect(within(missingWorker2, truth)).toBe(false);
  });

  it("balanced chunks are the solution's, and the mistaken tilings are what their formulas say", () => {
    for (const [length, size] of [
      [7, 3],
      [2, 5],
      [0, 3],
      [12, 4],
    ]) {
      for (let c = 0; c < size; c++) expect(chunkOf(length, size, c)).toEqual(solution.chunkBounds(length, size, c));
    }
    expect(toNested(tiling64(8, 3, 'drop-remainder').bounds)).toEqual([
      [0, 2],
      [2, 4],
      [4, 6],
    ]);
    expect(toNested(tiling64(8, 3, 'last-takes-remainder').bounds)).toEqual([
      [0, 2],
      [2, 4],
      [4, 8],
    ]);
  });

  it("runs the README's schedule, and records what the channel records of the solution", () => {
    expect(toNested(ring64(small).chunks)).toEqual([
      [0, 1, 2],
      [2, 0, 1],
      [1, 2, 0],
      [0, 1, 2],
    ]);
    for (const b of [small, buffers, [[1, 2]], [[1], [2], [3]], [[], []]]) {
      const truth = ring64(b);
      const run = simulateRing(solution, b);
      expect(run.steps).toBe(truth.steps.data[0]);
      expect(run.sent.map((s) => s.map((m) => m.chunk))).toEqual(toNested(truth.chunks));
      expect(run.sent.map((s) => s.map((m) => m.values.length))).toEqual(toNested(truth.lengths));
      expect(
        within(
          run.sent.flatMap((s) => s.flatMap((m) => m.values)),
          truth.values,
        ),
      ).toBe(true);
      expect(within(run.results.flat() as number[], truth.results)).toBe(true);
    }
  });

  it('each mistake switch changes what that mistake changes', () => {
    const right = ring64(small);
    expect(ring64(small, { allGather: false }).steps.data[0]).toBe(2);
    expect(ring64(small, { stepsPerPhase: 'n' }).steps.data[0]).toBe(6);
    expect(toNested(ring64(small, { sends: 'buffer' }).lengths)).toEqual(Array(4).fill([3, 3, 3]));
    expect(toNested(ring64(small, { sends: 'buffer' }).results)).toEqual(toNested(right.results));
    // All-gather from worker r's own chunk: its first step sends chunk r, not r + 1.
    expect((toNested(ring64(small, { allGatherFrom: 'own' }).chunks) as number[][])[2]).toEqual([0, 1, 2]);
    expect(toNested(ring64(small, { addsInto: 'sent' }).results)).not.toEqual(toNested(right.results));
  });
});
