import type { Tensor4 } from '../../katas/lib/shape';
import { expectClose, type ReferenceBackend, validateTensor } from '../kit/toolkit';
import { type K, runDepthwise } from './learner';
import text from './messages';
import { type Case, depthwiseOracle } from './oracle';

/**
 * The depthwise conv filters each channel alone: giving channel `channel` of
 * example 0 new values may change that channel of out and nothing else.
 * The learner's out after, against the out before with that one channel
 * taken from after, within both oracles' bounds.
 */
export function expectChannelsSeparate(
  kata: K,
  c: Case,
  channel: number,
  values: number[][],
  reference: ReferenceBackend,
): void {
  const moved: Tensor4 = c.x.map((image, n) => image.map((map, ch) => (n === 0 && ch === channel ? values : map)));
  const truth = depthwiseOracle(c).out;
  const where = { fn: 'depthwiseConvForward', argument: 'out' };
  const before = validateTensor(runDepthwise(kata, c).out, truth.shape, where) as Tensor4;
  const after = validateTensor(runDepthwise(kata, c, moved).out, truth.shape, where) as Tensor4;
  const spliced = before.map((image, n) => image.map((map, ch) => (n === 0 && ch === channel ? after[0][ch] : map)));
  const b1 = reference.bounds(truth);
  const b2 = reference.bounds(depthwiseOracle({ ...c, x: moved }).out);
  expectClose(after, spliced, {
    ...where,
    bound: b1.map((b, i) => b + b2[i]),
    context: text['after-channel-changed']({ channel }),
  });
}
