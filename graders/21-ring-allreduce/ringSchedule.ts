import { fail } from '../kit/toolkit';
import { mod } from './oracle';
import type { RingRun } from './simulateRing';

/** "reduce-scatter step 1", "all-gather step 0": where step k falls in the 2(N − 1) a ring takes. */
export function phaseOf(step: number, size: number): string {
  if (step < size - 1) return `reduce-scatter step ${step}`;
  if (step < 2 * (size - 1)) return `all-gather step ${step - (size - 1)}`;
  return `an extra step after the 2(N − 1) = ${2 * (size - 1)} a ring takes`;
}

/** N − 1 steps of reduce-scatter, N − 1 of all-gather: a chunk needs N − 1 hops to visit every worker, in each phase. */
export function expectStepCount(run: RingRun): void {
  const { size: n, steps } = run;
  const want = 2 * (n - 1);
  if (steps === want) return;
  fail({
    fn: 'ringAllReduce',
    summary: `the workers returned after ${steps} step${steps === 1 ? '' : 's'}; with N = ${n}, a ring all-reduce takes 2(N − 1) = ${want}`,
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
        summary: `workers ${other} and ${r} both sent chunk ${c} at step 0: at each step the N workers send N different chunks, so that every chunk is on the move`,
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
        summary: `worker ${r} sent chunk ${got} at step ${k} (${phaseOf(k, n)}), but at step ${k - 1} it had received chunk ${received}: each step forwards the chunk received at the step before`,
      });
    }
  }
}
