import type { Tensor4 } from '../../katas/lib/shape';
import { expectClose, type ReferenceBackend, validateTensor } from '../kit/toolkit';
import { type K, runConv } from './learner';
import text from './messages';
import { type ConvCase, outOracle } from './oracle';

/**
 * Group j of the output sees input block j alone: giving block `block` of
 * example 0 new values may change output block `block` of example 0 and
 * nothing else. The learner's out after, against its out before with that
 * one block taken from after, within both oracles' bounds.
 */
export function expectBlocksSeparate(
  kata: K,
  c: ConvCase,
  block: number,
  values: number[][][],
  reference: ReferenceBackend,
): void {
  const [inPer, outPer] = [c.w[0].length, c.w.length / c.groups];
  const inBlock = (ch: number) => Math.floor(ch / inPer) === block;
  const outBlock = (ch: number) => Math.floor(ch / outPer) === block;
  const moved: Tensor4 = c.x.map((image, n) =>
    image.map((map, ch) => (n === 0 && inBlock(ch) ? values[ch - block * inPer] : map)),
  );
  const truth = outOracle(c);
  const where = { fn: 'groupConvForward', argument: 'out' };
  const before = validateTensor(runConv(kata, c).out, truth.shape, where) as Tensor4;
  const after = validateTensor(runConv(kata, c, moved).out, truth.shape, where) as Tensor4;
  const spliced = before.map((image, n) => image.map((map, ch) => (n === 0 && outBlock(ch) ? after[0][ch] : map)));
  const b1 = reference.bounds(truth);
  const b2 = reference.bounds(outOracle({ ...c, x: moved }));
  expectClose(after, spliced, {
    ...where,
    bound: b1.map((b, i) => b + b2[i]),
    context: text['after-block-changed']({
      block,
      first: block * inPer,
      last: (block + 1) * inPer - 1,
      outFirst: block * outPer,
      outLast: (block + 1) * outPer - 1,
    }),
  });
}
