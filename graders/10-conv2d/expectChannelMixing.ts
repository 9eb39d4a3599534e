import { add, float64Bounds, matmul, reshape, tensor64, toNested, transpose } from '../kit/tensor';
import { expectClose } from '../kit/toolkit';
import type { K } from './cases';
import { runForward } from './learner';
import text from './messages';
import { type Case, shape4 } from './oracle';

/**
 * A 1×1 kernel sees one pixel: every output pixel is the [Cout, Cin] matrix
 * w[:, :, 0, 0] times that pixel's channel vector, plus b (the 1×1
 * convolutions of Inception and ResNet bottlenecks). Computed here as one
 * matmul over the strided pixels, in float64, against the learner's out.
 */
export function expectChannelMixing(kata: K, c: Case): void {
  const [N, , H, W] = shape4(c.x);
  const Cout = c.w.length;
  const s = c.stride;
  const rows: number[][] = [];
  for (let n = 0; n < N; n++) {
    for (let i = 0; i * s < H; i++) {
      for (let j = 0; j * s < W; j++) rows.push(c.x[n].map((channel) => channel[i * s][j * s]));
    }
  }
  const [Ho, Wo] = [Math.ceil(H / s), Math.ceil(W / s)];
  const mixing = c.w.map((row) => row.map((k) => k[0][0]));
  // [N·Ho·Wo, Cin]·[Cin, Cout] + b, then back to [N, Cout, Ho, Wo].
  const pixels = add(matmul(tensor64(rows), transpose(tensor64(mixing))), tensor64(c.b));
  const truth = transpose(reshape(pixels, [N, Ho, Wo, Cout]), [0, 3, 1, 2]);
  expectClose(runForward(kata, c).out, toNested(truth), {
    fn: 'conv2dForward',
    argument: 'out',
    bound: float64Bounds(truth),
    context: text['one-by-one']({ stride: s }),
  });
}
