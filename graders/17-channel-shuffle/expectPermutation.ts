import type { Tensor4 } from '../../katas/lib/shape';
import { fail, validateTensor } from '../kit/toolkit';
import { type K, runShuffle } from './learner';
import text from './messages';
import type { ShuffleCase } from './oracle';

/** Channel c of example n filled with c + 1 plus a pixel's own fraction: every channel different, every value exact. */
export function marked([N, C, H, W]: readonly number[]): Tensor4 {
  return Array.from({ length: N }, (_, n) =>
    Array.from({ length: C }, (_, c) =>
      Array.from({ length: H }, (_, i) => Array.from({ length: W }, (_, j) => c + 1 + ((n * H + i) * W + j + 1) / 64)),
    ),
  );
}

const sameMap = (a: number[][], b: number[][]): boolean => a.every((row, i) => row.every((v, j) => v === b[i][j]));

/**
 * A shuffle moves whole channels and changes no value: on an input whose
 * channels are all different, every output channel is exactly one input
 * channel, and each input channel appears once. Whatever the order: the
 * order is for the reference property to judge.
 */
export function expectPermutation(kata: K, c: ShuffleCase): void {
  const [N, C, H, W] = [c.x.length, c.x[0].length, c.x[0][0].length, c.x[0][0][0].length];
  const x = marked([N, C, H, W]);
  const out = validateTensor(runShuffle(kata, x, c.groups), [N, C, H, W], {
    fn: 'channelShuffle',
    argument: 'out',
  }) as Tensor4;
  for (let n = 0; n < N; n++) {
    const seen = new Map<number, number>();
    for (let channel = 0; channel < C; channel++) {
      const source = x[n].findIndex((map) => sameMap(out[n][channel], map));
      const where = { fn: 'channelShuffle', kind: 'rule' as const, rule: 'permutation' };
      if (source < 0) {
        fail({ ...where, message: text['not-an-input-channel']({ groups: c.groups, C, channel, n }) });
      }
      const first = seen.get(source);
      if (first !== undefined) {
        fail({ ...where, message: text['channel-twice']({ groups: c.groups, C, first, second: channel, n, source }) });
      }
      seen.set(source, channel);
    }
  }
}
