import type * as Kata from '../../katas/17-channel-shuffle/channel-shuffle';
import type { Tensor4 } from '../../katas/lib/shape';
import { callLearner } from '../kit/toolkit';
import type { ConvCase } from './oracle';

export type K = typeof Kata;

/** The learner's channelShuffle. */
export const runShuffle = (kata: K, x: Tensor4, groups: number): unknown =>
  callLearner(kata, 'channelShuffle', { x, groups });

/** The learner's channelShuffleBackward. */
export const runShuffleBackward = (kata: K, dout: Tensor4, groups: number): unknown =>
  callLearner(kata, 'channelShuffleBackward', { dout, groups });

const optionsOf = (c: ConvCase) => ({ stride: c.stride, padding: c.padding, groups: c.groups });

/** The learner's groupConvForward on a case (x, w or b replaced when given). */
export function runConv(
  kata: K,
  c: ConvCase,
  x: Tensor4 = c.x,
  w: Tensor4 = c.w,
  b: number[] | null = c.b,
): { out?: unknown; cache?: unknown } {
  return callLearner(kata, 'groupConvForward', { x, w, b, options: optionsOf(c) }) ?? {};
}

/** The learner's groupConvBackward for the case's dout, on the cache of its own forward. */
export function runConvBackward(kata: K, c: ConvCase): { dx?: unknown; dw?: unknown; db?: unknown } {
  const { cache } = runConv(kata, c);
  return callLearner(kata, 'groupConvBackward', { dout: c.dout, cache }) ?? {};
}
