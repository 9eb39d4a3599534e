import { fail, GradingFailure } from '../kit/toolkit';
import { type K, runShuffle, runShuffleBackward } from './learner';
import text from './messages';
import type { ShuffleCase } from './oracle';

/** Did the learner's own code throw (not a broken rule such as a modified input)? */
function threw(call: () => unknown): boolean {
  try {
    call();
  } catch (err) {
    if (err instanceof GradingFailure && err.detail.kind === 'exception') return true;
    throw err;
  }
  return false;
}

/**
 * C channels split into g groups only when g divides C: PyTorch's
 * channel_shuffle raises otherwise, so must both functions. Any error
 * counts: its wording is the learner's.
 */
export function expectIndivisibleRejected(kata: K, c: ShuffleCase): void {
  const C = c.x[0].length;
  const calls = {
    channelShuffle: () => runShuffle(kata, c.x, c.groups),
    channelShuffleBackward: () => runShuffleBackward(kata, c.dout, c.groups),
  };
  for (const [fn, call] of Object.entries(calls)) {
    if (!threw(call)) {
      fail({
        fn,
        kind: 'rule',
        rule: 'indivisible-rejected',
        message: text['indivisible-accepted']({ fn, C, groups: c.groups }),
      });
    }
  }
}
