import { fail, type Message } from '../kit/toolkit';
import text from './messages';
import { mod } from './oracle';
import type { RingRun } from './simulateRing';

/** "reduce-scatter step 1", "all-gather step 0": where step k falls in the 2(N − 1) a ring takes. */
export function phaseOf(step: number, size: number): Message {
  if (step < size - 1) return text['reduce-scatter-step']({ step });
  if (step < 2 * (size - 1)) return text['all-gather-step']({ step: step - (size - 1) });
  return text['extra-step']({ steps: 2 * (size - 1) });
}

/** N − 1 steps of reduce-scatter, N − 1 of all-gather: a chunk needs N − 1 hops to visit every worker, in each phase. */
export function expectStepCount(run: RingRun): void {
  const { size: n, steps } = run;
  const want = 2 * (n - 1);
  if (steps === want) return;
  fail({
    fn: 'ringAllReduce',
    message: text['step-count']({ count: steps, n, want }),
  });
}

/**
 * The ring's schedule, whatever the starting offset: at step 0 the N
 * workers send N different chunks, and from then on each worker sends the
 * chunk it received at the step before (with its own part added in
 * reduce-scatter, as it is in all-gather). Nothing else gets every chunk
 * round the ring in N − 1 steps a phase.
 */
export function expectSchedule(run: RingRun): void {
  const { size: n, sent } = run;
  if (sent.length === 0) return;
  const first = new Map<number, number>();
  for (let r = 0; r < n; r++) {
    const c = sent[0][r].chunk;
    const other = first.get(c);
    if (other !== undefined) {
      fail({
        fn: 'ringAllReduce',
        message: text['same-first-chunk']({ other, rank: r, chunk: c }),
      });
    }
    first.set(c, r);
  }
  for (let k = 1; k < sent.length; k++) {
    for (let r = 0; r < n; r++) {
      const got = sent[k][r].chunk;
      const received = sent[k - 1][mod(r - 1, n)].chunk;
      if (got === received) continue;
      fail({
        fn: 'ringAllReduce',
        message: text['not-forwarded']({ rank: r, got, step: k, phase: phaseOf(k, n), previous: k - 1, received }),
      });
    }
  }
}
