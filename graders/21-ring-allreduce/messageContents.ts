import { closeness, fmt, referenceTolerance } from '../kit/toolkit';
import type { Chunks } from './chunkPartition';
import { explain, type Finding } from './finding';
import { partialSumScale, ringPartialSum, sumRoundings } from './reference';
import { mod, phaseOf, scheduleFinding } from './ringSchedule';
import type { RingRun } from './simulateRing';

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** A message carries exactly the chunk it names: chunkBounds' end − start values. */
export function messageLengthFinding(run: RingRun, chunks: Chunks): Finding | undefined {
  for (let k = 0; k < run.sent.length; k++) {
    for (let r = 0; r < run.size; r++) {
      const { chunk, values } = run.sent[k][r];
      const [a, b] = chunks[chunk];
      if (values.length === b - a) continue;
      const summary = `worker ${r} sent ${count(values.length, 'value')} at step ${k} as chunk ${chunk}, which has ${count(b - a, 'element')} (chunkBounds(${run.length}, ${run.size}, ${chunk}) = [${a}, ${b}))`;
      if (values.length === run.length) {
        return {
          summary,
          misconception:
            'sends the whole buffer each step: a ring step sends one chunk of about L/N elements, which is why each worker moves only 2(N − 1)/N of the buffer however many workers there are',
        };
      }
      return {
        summary,
        misconception:
          'a message carries exactly the chunk it names: values = buffer.slice(start, end) with [start, end) = chunkBounds(L, N, chunk)',
      };
    }
  }
  return undefined;
}

/**
 * Data moved: every element travels N − 1 hops in each phase, so the
 * workers send 2(N − 1)·L elements in all, and each at most
 * 2(N − 1)·⌈L/N⌉ — the 2(N − 1)/N of the buffer that makes the ring
 * bandwidth-optimal. `why` names the cause when one is known.
 */
export function volumeFinding(run: RingRun, why: () => Finding | undefined): Finding | undefined {
  const { size: n, length } = run;
  const perWorker = Array.from({ length: n }, (_, r) => run.sent.reduce((s, step) => s + step[r].values.length, 0));
  const total = perWorker.reduce((s, v) => s + v, 0);
  const want = 2 * (n - 1) * length;
  if (total !== want) {
    const cause = why();
    return {
      summary: `the workers sent ${count(total, 'element')} in all; with L = ${length} and N = ${n}, a ring all-reduce sends 2(N − 1)·L = ${want}`,
      misconception: cause
        ? explain(cause)
        : 'every element travels N − 1 hops in reduce-scatter and N − 1 in all-gather, no more, no less',
    };
  }
  const cap = 2 * (n - 1) * Math.ceil(length / n);
  const r = perWorker.findIndex((v) => v > cap);
  if (r >= 0) {
    const cause = why();
    return {
      summary: `worker ${r} sent ${count(perWorker[r], 'element')}, more than 2(N − 1)·⌈L/N⌉ = ${cap}`,
      misconception: cause ? explain(cause) : 'each worker sends 2(N − 1) chunks of at most ⌈L/N⌉ elements',
    };
  }
  return undefined;
}

/**
 * What each message holds: in reduce-scatter step s, the partial sum of the
 * chunk over the s + 1 workers it has visited (the schedule says which);
 * in all-gather, the fully reduced chunk. Needs the schedule to be right,
 * and reports it if not.
 */
export function partialSumFinding(
  run: RingRun,
  buffers: readonly (readonly number[])[],
  chunks: Chunks,
): Finding | undefined {
  const broken = scheduleFinding(run) ?? messageLengthFinding(run, chunks);
  if (broken) return broken;
  const n = run.size;
  for (let k = 0; k < run.sent.length; k++) {
    for (let r = 0; r < n; r++) {
      const { chunk, values } = run.sent[k][r];
      const [a, b] = chunks[chunk];
      const bad = values.findIndex((v) => !Number.isFinite(v));
      if (bad >= 0) {
        return {
          summary: `worker ${r}'s message at step ${k} (${phaseOf(k, n)}) carries chunk ${chunk} with values[${bad}] = ${values[bad]}`,
          misconception:
            'NaN comes from arithmetic on undefined: reading past the end of a received chunk — are its values placed at chunkBounds(L, N, received.chunk)?',
        };
      }
      // Forwarded since step 0, the chunk started at worker r − k.
      const from = mod(r - k, n);
      const count = Math.min(k + 1, n);
      const expected = ringPartialSum(buffers, from, count, a, b);
      // Both sides add `count` terms in their own order (tolerance.ts, float64 mode).
      const eps = referenceTolerance({ ops: 2 * sumRoundings(count), precision: 'float64' });
      const scale = partialSumScale(buffers, from, count, a, b);
      const m = closeness(values, expected, eps, scale);
      if (m.ratio <= 1) continue;
      const like = (alt: readonly number[]): boolean =>
        alt.length === values.length && closeness(values, alt, eps, scale).ratio <= 1;
      const visited = Array.from({ length: count }, (_, j) => mod(from + j, n)).join(', ');
      const should =
        count < n ? `the sum of workers ${visited}'s parts (the workers it has visited)` : 'the fully reduced chunk';
      const summary = `worker ${r}'s message at step ${k} (${phaseOf(k, n)}) carries chunk ${chunk} with values[${m.worst}] = ${fmt(m.got)}; it should be ${should}, ${fmt(m.expected)}`;
      let misconception: string;
      if (k > 0 && like(buffers[r].slice(a, b))) {
        misconception = `worker ${r} forwarded only its own part of chunk ${chunk}, though it received chunk ${chunk} at step ${k - 1}: put the received values into the chunk the message names (received.chunk) — add them in reduce-scatter, copy them in all-gather — then forward`;
      } else if (k > 0 && k < n - 1 && like(run.sent[k - 1][mod(r - 1, n)].values)) {
        misconception = `worker ${r} forwarded chunk ${chunk} as it received it: in reduce-scatter, add your own part of the chunk, then forward the sum`;
      } else {
        misconception =
          'in reduce-scatter each worker adds its part into the chunk it receives and forwards that partial sum; in all-gather it forwards the fully reduced chunk unchanged';
      }
      return { summary, misconception };
    }
  }
  return undefined;
}
