import type { Finding } from './finding';
import type { RingRun } from './simulateRing';

export const mod = (a: number, n: number): number => ((a % n) + n) % n;

/** "reduce-scatter step 1", "all-gather step 0": where step k falls in the 2(N − 1) a ring takes. */
export function phaseOf(step: number, size: number): string {
  if (step < size - 1) return `reduce-scatter step ${step}`;
  if (step < 2 * (size - 1)) return `all-gather step ${step - (size - 1)}`;
  return `an extra step after the 2(N − 1) = ${2 * (size - 1)} a ring takes`;
}

const RING_RULE =
  'in reduce-scatter step s, worker r sends chunk (r − s) mod N; in all-gather step t, chunk (r + 1 − t) mod N';

/** N − 1 steps of reduce-scatter, N − 1 of all-gather: the misses people make have names. */
export function stepCountFinding(run: RingRun): Finding | undefined {
  const { size: n, steps } = run;
  const want = 2 * (n - 1);
  if (steps === want) return undefined;
  const summary = `the workers returned after ${steps} step${steps === 1 ? '' : 's'}; with N = ${n}, a ring all-reduce takes 2(N − 1) = ${want}`;
  if (steps === n - 1) {
    return {
      summary,
      misconception:
        'all-gather missing: after reduce-scatter (N − 1 steps) each worker holds only one fully reduced chunk; N − 1 more steps must pass the reduced chunks around the ring so every worker ends with all of them',
    };
  }
  if (steps === 2 * n) {
    return {
      summary,
      misconception:
        "2N steps instead of 2(N − 1): each phase takes N − 1 steps, since after N − 1 hops a chunk has visited all N workers — one more reduce-scatter step adds a worker's part twice (a loop running to N instead of N − 1?)",
    };
  }
  return {
    summary,
    misconception:
      'reduce-scatter takes N − 1 steps and all-gather N − 1 more: a chunk needs N − 1 hops to visit the other workers, in each phase',
  };
}

/**
 * The ring's schedule, whatever the starting offset: at step 0 the N
 * workers send N different chunks, and from then on each worker sends the
 * chunk it received at the step before (with its own part added in
 * reduce-scatter, as it is in all-gather).
 */
export function scheduleFinding(run: RingRun): Finding | undefined {
  const { size: n, sent } = run;
  if (sent.length === 0) return undefined;
  const first = new Map<number, number>();
  for (let r = 0; r < n; r++) {
    const c = sent[0][r].chunk;
    const other = first.get(c);
    if (other !== undefined) {
      return {
        summary: `workers ${other} and ${r} both sent chunk ${c} at step 0`,
        misconception: `at each step the N workers send N different chunks, so every chunk is on the move: ${RING_RULE}`,
      };
    }
    first.set(c, r);
  }
  for (let k = 1; k < sent.length; k++) {
    for (let r = 0; r < n; r++) {
      const got = sent[k][r].chunk;
      const received = sent[k - 1][mod(r - 1, n)].chunk;
      if (got === received) continue;
      const summary = `worker ${r} sent chunk ${got} at step ${k} (${phaseOf(k, n)}), but at step ${k - 1} it had received chunk ${received}`;
      const misconception =
        k === n - 1
          ? `all-gather starts with the chunk the worker just finished reducing, the one it received at the last reduce-scatter step; each step forwards the chunk received at the step before: ${RING_RULE}`
          : `each step forwards the chunk received at the step before: ${RING_RULE}`;
      return { summary, misconception };
    }
  }
  return undefined;
}
