import { float64Bounds, toNested } from '../kit/tensor';
import { expectClose, fail, GradingFailure, messageOf } from '../kit/toolkit';
import type { Chunks } from './chunkPartition';
import text from './messages';
import { mod, partialSum64 } from './oracle';
import { expectSchedule, phaseOf } from './ringSchedule';
import type { RingRun } from './simulateRing';

/** A message carries exactly the chunk it names: chunkBounds' end − start values. */
export function expectMessageLengths(run: RingRun, chunks: Chunks): void {
  for (let k = 0; k < run.sent.length; k++) {
    for (let r = 0; r < run.size; r++) {
      const { chunk, values } = run.sent[k][r];
      const [a, b] = chunks[chunk];
      if (values.length === b - a) continue;
      fail({
        fn: 'ringAllReduce',
        message: text['message-length']({
          rank: r,
          values: text.values({ count: values.length }),
          step: k,
          chunk,
          elements: text.elements({ count: b - a }),
          length: run.length,
          size: run.size,
          a,
          b,
        }),
      });
    }
  }
}

/**
 * Data moved: every element travels N − 1 hops in each phase, so the
 * workers send 2(N − 1)·L elements in all, and each at most
 * 2(N − 1)·⌈L/N⌉ (2(N − 1) chunks, none longer than ⌈L/N⌉ in any accepted
 * tiling) — the 2(N − 1)/N of the buffer that makes the ring bandwidth-optimal.
 */
export function expectVolume(run: RingRun): void {
  const { size: n, length } = run;
  const perWorker = Array.from({ length: n }, (_, r) => run.sent.reduce((s, step) => s + step[r].values.length, 0));
  const total = perWorker.reduce((s, v) => s + v, 0);
  const want = 2 * (n - 1) * length;
  if (total !== want) {
    fail({
      fn: 'ringAllReduce',
      message: text['total-volume']({ elements: text.elements({ count: total }), length, n, want }),
    });
  }
  const cap = 2 * (n - 1) * Math.ceil(length / n);
  const r = perWorker.findIndex((v) => v > cap);
  if (r >= 0) {
    fail({
      fn: 'ringAllReduce',
      message: text['worker-volume']({ rank: r, elements: text.elements({ count: perWorker[r] }), cap }),
    });
  }
}

/**
 * What each message holds, given the schedule (checked first, with the
 * lengths): in reduce-scatter step k, worker r's chunk has visited workers
 * r − k … r and carries the sum of their parts; in all-gather, the fully
 * reduced chunk. Both sides are float64 sums, each in its own order.
 */
export function expectPartialSums(run: RingRun, buffers: readonly (readonly number[])[], chunks: Chunks): void {
  expectSchedule(run);
  expectMessageLengths(run, chunks);
  const n = run.size;
  for (let k = 0; k < run.sent.length; k++) {
    for (let r = 0; r < n; r++) {
      const { chunk, values } = run.sent[k][r];
      const [a, b] = chunks[chunk];
      const visited = Array.from({ length: Math.min(k + 1, n) }, (_, j) => mod(r - k + j, n));
      const truth = partialSum64(buffers, visited, a, b);
      try {
        expectClose(values, toNested(truth), {
          fn: 'ringAllReduce',
          argument: text['worker-message-values']({ rank: r, step: k, phase: phaseOf(k, n), chunk }),
          bound: float64Bounds(truth),
        });
      } catch (err) {
        if (!(err instanceof GradingFailure)) throw err;
        const should =
          visited.length < n ? text['partial-sum']({ workers: visited.join(', ') }) : text['fully-reduced']();
        fail({ ...err.detail, message: text['should-be']({ inner: messageOf(err.detail), should }) });
      }
    }
  }
}
