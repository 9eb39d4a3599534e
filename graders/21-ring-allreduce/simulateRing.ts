import type * as Kata from '../../katas/21-ring-allreduce/ring-allreduce';
import { callLearner, fail } from '../kit/toolkit';

type K = typeof Kata;

/** What the workers did, as the grader's channel recorded it. */
export interface RingRun {
  readonly size: number;
  readonly length: number;
  /** Synchronous steps taken: how many messages each worker sent. */
  readonly steps: number;
  /** sent[k][r]: a copy of the message worker r sent at step k. */
  readonly sent: readonly (readonly Kata.Message[])[];
  /** results[r]: what worker r returned, not yet checked. */
  readonly results: readonly unknown[];
}

/** A ring needs 2(N − 1) steps; one still sending after 4N never ends (at least 4, for N = 1). */
export const stepCap = (size: number): number => 4 * size;

/**
 * Runs the learner's worker program once per rank, in lockstep: at every
 * step each worker yields one message, the grader hands it to the right
 * neighbour, and the next step's `next()` delivers it. A worker sees only
 * its own buffer and what it receives; every message is copied on the way,
 * so nothing is shared between workers through the channel.
 */
export function simulateRing(kata: K, buffers: readonly (readonly number[])[]): RingRun {
  const size = buffers.length;
  const length = buffers[0]?.length ?? 0;
  // Each worker's own copy, checked after the run: callLearner's check runs when the generator is created, before its body.
  const given = buffers.map((b) => [...b]);
  const workers = given.map((buffer, rank) => startWorker(kata, rank, size, buffer));
  const sent: Kata.Message[][] = [];
  let inbox: (Kata.Message | undefined)[] = buffers.map(() => undefined);
  for (let step = 0; ; step++) {
    const outcomes = workers.map((w, rank) => advance(w, inbox[rank]));
    const done = outcomes.findIndex((o) => o.done);
    const running = outcomes.findIndex((o) => !o.done);
    if (running < 0) {
      expectUnchanged(given, buffers);
      return { size, length, steps: step, sent, results: outcomes.map((o) => o.value) };
    }
    if (done >= 0) {
      fail({
        fn: 'ringAllReduce',
        summary: `worker ${done} returned after ${step} step${step === 1 ? '' : 's'} while worker ${running} sent a message at step ${step}: in lockstep every worker runs the same number of steps, 2(N − 1) = ${2 * (size - 1)}`,
      });
    }
    if (step >= stepCap(size)) {
      fail({
        fn: 'ringAllReduce',
        summary: `the workers were still sending after ${step} steps, more than 2(N − 1) = ${2 * (size - 1)} steps for N = ${size}: does a loop never end?`,
      });
    }
    const messages = outcomes.map((o, rank) => checkMessage(o.value, rank, step, size));
    sent.push(messages);
    inbox = messages.map((_, rank) => copyMessage(messages[(rank - 1 + size) % size]));
  }
}

function startWorker(kata: K, rank: number, size: number, buffer: readonly number[]): Kata.RingWorker {
  if (typeof kata.ringAllReduce !== 'function') callLearner(kata, 'ringAllReduce', {});
  const worker = callLearner({ ringAllReduce: () => kata.ringAllReduce(rank, size, buffer) }, 'ringAllReduce', {});
  if (typeof worker?.next !== 'function') {
    fail({
      fn: 'ringAllReduce',
      summary: `ringAllReduce(${rank}, ${size}, buffer) returned ${describe(worker)}, not a generator: write it as function* and yield one message per step`,
    });
  }
  return worker;
}

/** One step of one worker, through callLearner so that errors read as the learner's. */
function advance(worker: Kata.RingWorker, received: Kata.Message | undefined): IteratorResult<unknown, unknown> {
  return callLearner({ ringAllReduce: () => worker.next(received as Kata.Message) }, 'ringAllReduce', {});
}

function expectUnchanged(given: readonly (readonly number[])[], buffers: readonly (readonly number[])[]): void {
  given.forEach((b, rank) => {
    const i = b.findIndex((v, j) => !Object.is(v, buffers[rank][j]));
    if (b.length !== buffers[rank].length || i >= 0) {
      const what = i >= 0 ? `buffer[${i}] (was ${buffers[rank][i]}, now ${b[i]})` : `buffer (its length changed)`;
      fail({
        kind: 'rule',
        rule: 'inputs-unchanged',
        fn: 'ringAllReduce',
        summary: `worker ${rank} modified its input ${what}: learner functions must not change their arguments — reduce into a copy and return it`,
      });
    }
  });
}

function checkMessage(m: unknown, rank: number, step: number, size: number): Kata.Message {
  const at = `worker ${rank}'s message at step ${step}`;
  if (m === null || typeof m !== 'object' || Array.isArray(m)) {
    fail({
      fn: 'ringAllReduce',
      summary: `worker ${rank} yielded ${describe(m)} at step ${step}: each yield is the message sent to the right neighbour, an object { chunk, values }`,
    });
  }
  const { chunk, values } = m as { chunk?: unknown; values?: unknown };
  if (typeof chunk !== 'number' || !Number.isInteger(chunk) || chunk < 0 || chunk >= size) {
    fail({
      fn: 'ringAllReduce',
      summary: `${at} names chunk ${describe(chunk)}: chunks are numbered 0 … N − 1 = ${size - 1}`,
    });
  }
  const list = ArrayBuffer.isView(values) ? Array.from(values as unknown as ArrayLike<unknown>) : values;
  if (!Array.isArray(list)) {
    fail({
      fn: 'ringAllReduce',
      summary: `${at} has values ${describe(values)}: values should be the chunk's numbers, an array`,
    });
  }
  // NaN and ±Infinity are numbers a wrong sum can produce: recorded, and judged by the checks of message contents.
  list.forEach((v, i) => {
    if (typeof v !== 'number') {
      fail({
        fn: 'ringAllReduce',
        summary: `${at} has values[${i}] = ${describe(v)}: values should all be numbers (an index past the end of the buffer?)`,
      });
    }
  });
  return { chunk, values: [...(list as number[])] };
}

function copyMessage(m: Kata.Message): Kata.Message {
  return { chunk: m.chunk, values: [...m.values] };
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  if (v === null || v === undefined) return String(v);
  if (typeof v === 'object') return `an object with keys {${Object.keys(v).join(', ')}}`;
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}
