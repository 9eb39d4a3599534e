import type { Tensor4 } from '../../katas/lib/shape';
import { expectClose, type ReferenceBackend, validateTensor } from '../kit/toolkit';
import { type K, runPointwise } from './learner';
import text from './messages';
import { type Case, pointwiseOracle } from './oracle';

/**
 * A 1×1 conv is a matmul over channels at every pixel, which sees no
 * neighbour: the learner's own pointwise conv on the N·H·W pixels given as
 * 1×1 images, put back in place, must be its out on the whole image.
 */
export function expectPixelwise(kata: K, c: Case, reference: ReferenceBackend): void {
  const [N, C, H, W] = [c.x.length, c.x[0].length, c.x[0][0].length, c.x[0][0][0].length];
  const Cout = c.wp.length;
  const pixels: Tensor4 = [];
  for (let n = 0; n < N; n++)
    for (let i = 0; i < H; i++)
      for (let j = 0; j < W; j++) pixels.push(Array.from({ length: C }, (_, ch) => [[c.x[n][ch][i][j]]]));
  const truth = pointwiseOracle(c).out;
  const where = { fn: 'pointwiseConvForward', argument: 'out' };
  const whole = validateTensor(runPointwise(kata, c).out, truth.shape, where) as Tensor4;
  const each = validateTensor(runPointwise(kata, c, pixels).out, [N * H * W, Cout, 1, 1], where) as Tensor4;
  const placed: Tensor4 = whole.map((image, n) =>
    image.map((_, o) =>
      Array.from({ length: H }, (_, i) => Array.from({ length: W }, (_, j) => each[(n * H + i) * W + j][o][0][0])),
    ),
  );
  const bound = reference.bounds(truth);
  expectClose(placed, whole, {
    ...where,
    bound: bound.map((b) => 2 * b),
    context: text['as-pixel-images']({ pixels: N * H * W }),
  });
}
