import type * as Kata from '../../katas/21-ring-allreduce/ring-allreduce';
import { callLearner, fail, type MessageParam } from '../kit/toolkit';
import text from './messages';

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
        message: text['returned-early']({ done, count: step, running, steps: 2 * (size - 1) }),
      });
    }
    if (step >= stepCap(size)) {
      fail({
        fn: 'ringAllReduce',
        message: text['never-ends']({ step, steps: 2 * (size - 1), size }),
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
      message: text['not-a-generator']({ rank, size, got: describe(worker) }),
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
      const what =
        i >= 0
          ? text['buffer-value-changed']({ i, was: String(buffers[rank][i]), now: String(b[i]) })
          : text['buffer-length-changed']();
      fail({
        kind: 'rule',
        rule: 'inputs-unchanged',
        fn: 'ringAllReduce',
        message: text['buffer-modified']({ rank, what }),
      });
    }
  });
}

function checkMessage(m: unknown, rank: number, step: number, size: number): Kata.Message {
  const at = text['worker-message']({ rank, step });
  if (m === null || typeof m !== 'object' || Array.isArray(m)) {
    fail({
      fn: 'ringAllReduce',
      message: text['not-a-message']({ rank, got: describe(m), step }),
    });
  }
  const { chunk, values } = m as { chunk?: unknown; values?: unknown };
  if (typeof chunk !== 'number' || !Number.isInteger(chunk) || chunk < 0 || chunk >= size) {
    fail({
      fn: 'ringAllReduce',
      message: text['bad-chunk']({ at, got: describe(chunk), last: size - 1 }),
    });
  }
  const list = ArrayBuffer.isView(values) ? Array.from(values as unknown as ArrayLike<unknown>) : values;
  if (!Array.isArray(list)) {
    fail({
      fn: 'ringAllReduce',
      message: text['values-not-array']({ at, got: describe(values) }),
    });
  }
  // NaN and ±Infinity are numbers a wrong sum can produce: recorded, and judged by the checks of message contents.
  list.forEach((v, i) => {
    if (typeof v !== 'number') {
      fail({
        fn: 'ringAllReduce',
        message: text['value-not-number']({ at, i, got: describe(v) }),
      });
    }
  });
  return { chunk, values: [...(list as number[])] };
}

function copyMessage(m: Kata.Message): Kata.Message {
  return { chunk: m.chunk, values: [...m.values] };
}

function describe(v: unknown): MessageParam {
  if (Array.isArray(v)) return text['an-array']({ length: v.length });
  if (v === null || v === undefined) return String(v);
  if (typeof v === 'object') return text['an-object']({ keys: `{${Object.keys(v).join(', ')}}` });
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}
