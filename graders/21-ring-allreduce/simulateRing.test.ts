import { describe, expect, it } from 'vitest';
import type * as Kata from '../../katas/21-ring-allreduce/ring-allreduce';
import * as solution from '../../solutions/21-ring-allreduce/ring-allreduce';
import { NotStartedSignal } from '../kit/toolkit/gradingFailure';
import { simulateRing } from './simulateRing';

type K = typeof Kata;
const kataWith = (ringAllReduce: (rank: number, size: number, buffer: readonly number[]) => unknown): K =>
  ({ ...solution, ringAllReduce }) as unknown as K;

const buffers = [
  [1, 2, 3],
  [10, 20, 30],
  [100, 200, 300],
];

describe('simulateRing', () => {
  it('runs the solution in 2(N − 1) lockstep steps and records every message', () => {
    const run = simulateRing(solution, buffers);
    expect(run.steps).toBe(4);
    expect(run.sent.map((step) => step.map((m) => m.chunk))).toEqual([
      [0, 1, 2],
      [2, 0, 1],
      [1, 2, 0],
      [0, 1, 2],
    ]);
    expect(run.results).toEqual([
      [111, 222, 333],
      [111, 222, 333],
      [111, 222, 333],
    ]);
  });

  it('takes 0 steps with one worker', () => {
    const run = simulateRing(solution, [[1, 2]]);
    expect(run.steps).toBe(0);
    expect(run.results).toEqual([[1, 2]]);
  });

  it('stops a worker that never returns', () => {
    const forever = kataWith(function* () {
      for (;;) yield { chunk: 0, values: [] };
    });
    expect(() => simulateRing(forever, buffers)).toThrow(/more than 2\(N − 1\) = 4 steps/);
  });

  it('names garbage messages', () => {
    expect(() =>
      simulateRing(
        kataWith(function* () {
          yield 5 as never;
          return [];
        }),
        buffers,
      ),
    ).toThrow(/worker 0 yielded 5 at step 0: each yield is the message/);
    expect(() =>
      simulateRing(
        kataWith(function* (_, size) {
          yield { chunk: size, values: [] };
          return [];
        }),
        buffers,
      ),
    ).toThrow(/names chunk 3: chunks are numbered 0 … N − 1 = 2/);
    expect(() =>
      simulateRing(
        kataWith(function* () {
          yield { chunk: 0, values: [undefined] } as never;
          return [];
        }),
        buffers,
      ),
    ).toThrow(/values\[0\] = undefined/);
  });

  it('names a function that is not a generator', () => {
    expect(() =>
      simulateRing(
        kataWith((_, __, buffer) => [...buffer]),
        buffers,
      ),
    ).toThrow(/not a generator: write it as function\*/);
  });

  it('reports workers that leave the lockstep', () => {
    const uneven = kataWith(function* (rank) {
      if (rank === 0) return [];
      yield { chunk: rank, values: [] };
      return [];
    });
    expect(() => simulateRing(uneven, buffers)).toThrow(
      /worker 0 returned after 0 steps while worker 1 sent a message at step 0/,
    );
  });

  it('reports a worker that reduces into its input buffer', () => {
    // biome-ignore lint/correctness/useYield: a worker of N = 1 takes no step
    const inPlace = kataWith(function* (_rank, _size, buffer): Kata.RingWorker {
      const acc = buffer as number[];
      acc[0] += 1;
      return acc;
    });
    expect(() => simulateRing(inPlace, [[1]])).toThrow(/worker 0 modified its input buffer\[0\] \(was 1, now 2\)/);
  });

  it('reads an untouched stub as not started', () => {
    // biome-ignore lint/correctness/useYield: the stub throws before its first step
    const stub = kataWith(function* () {
      const e = new Error('ringAllReduce is not implemented yet');
      e.name = 'NotImplementedError';
      throw e;
    });
    expect(() => simulateRing(stub, buffers)).toThrow(NotStartedSignal);
  });

  it('delivers copies: a receiver cannot change what the sender keeps', () => {
    const kept: number[][] = [];
    const meddler = kataWith(function* (rank, size): Kata.RingWorker {
      const mine = [rank];
      kept[rank] = mine;
      const got = yield { chunk: rank, values: mine };
      (got.values as number[])[0] = 99;
      for (let s = 1; s < 2 * (size - 1); s++) yield { chunk: (rank - s + size * 4) % size, values: [] };
      return [];
    });
    simulateRing(meddler, [[0], [0]]);
    expect(kept).toEqual([[0], [1]]);
  });
});
