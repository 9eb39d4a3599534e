import type { Tensor } from '@tensorflow/tfjs-core';
import type { Tensor4 } from '../../katas/lib/shape';
import type { ReferenceBackend, ReferenceFn } from '../kit/toolkit';
import type { Case } from './oracle';

// tfjs's convolutions are NHWC, and depthwiseConv2d with 'NCHW' silently
// returns a wrong shape while separableConv2d has no NCHW at all
// (docs/curriculum.md, trap 5): every reference transposes NCHW → NHWC and
// back inside the differentiated function, so the gradients come out in
// PyTorch's layouts too. Padding is explicit (tf.pad, then 'valid'): trap 1.
// The filters are converted from PyTorch's layouts to tfjs's: the depthwise
// [C, 1, k, k] to [k, k, C, 1] (channel multiplier 1), the pointwise
// [Cout, C, 1, 1] to [1, 1, C, Cout]. reference.test.ts proves values and
// autodiff against the float64 oracle.

type Tf = Parameters<ReferenceFn>[0];

export type DepthwiseReference = { readonly out: Tensor4; readonly dx: Tensor4; readonly dw: Tensor4 };
export type SeparableReference = {
  readonly out: Tensor4;
  readonly dx: Tensor4;
  readonly dwDepthwise: Tensor4;
  readonly dwPointwise: Tensor4;
};

const nhwc = (tf: Tf, x: Tensor, p: number): Tensor =>
  tf.pad(tf.transpose(x, [0, 2, 3, 1]), [
    [0, 0],
    [p, p],
    [p, p],
    [0, 0],
  ]);
const nchw = (tf: Tf, y: Tensor): Tensor => tf.transpose(y, [0, 3, 1, 2]);
const depthwiseFilter = (tf: Tf, w: Tensor): Tensor => tf.transpose(w, [2, 3, 0, 1]);
const pointwiseFilter = (tf: Tf, w: Tensor): Tensor => tf.transpose(w, [2, 3, 1, 0]);

const depthwise =
  (stride: number, padding: number): ReferenceFn =>
  (tf, x, w) =>
    nchw(tf, tf.depthwiseConv2d(nhwc(tf, x, padding) as never, depthwiseFilter(tf, w) as never, stride, 'valid'));

const pointwise: ReferenceFn = (tf, x, w) =>
  nchw(tf, tf.conv2d(nhwc(tf, x, 0) as never, pointwiseFilter(tf, w) as never, 1, 'valid'));

const separable =
  (stride: number, padding: number): ReferenceFn =>
  (tf, x, wd, wp) =>
    nchw(
      tf,
      tf.separableConv2d(
        nhwc(tf, x, padding) as never,
        depthwiseFilter(tf, wd) as never,
        pointwiseFilter(tf, wp) as never,
        stride,
        'valid',
      ),
    );

/** tf.depthwiseConv2d on x and wd, and its autodiff for doutDepthwise. */
export function depthwiseReference(reference: ReferenceBackend, c: Case): DepthwiseReference {
  const { value, grads } = reference.vjp(depthwise(c.stride, c.padding), [c.x, c.wd], c.doutDepthwise);
  return { out: value as Tensor4, dx: grads[0] as Tensor4, dw: grads[1] as Tensor4 };
}

/** A 1×1 tf.conv2d on x and wp, and its autodiff for doutPointwise. */
export function pointwiseReference(reference: ReferenceBackend, c: Case): DepthwiseReference {
  const { value, grads } = reference.vjp(pointwise, [c.x, c.wp], c.doutPointwise);
  return { out: value as Tensor4, dx: grads[0] as Tensor4, dw: grads[1] as Tensor4 };
}

/** tf.separableConv2d on x, wd and wp, and its autodiff for doutSeparable. */
export function separableReference(reference: ReferenceBackend, c: Case): SeparableReference {
  const { value, grads } = reference.vjp(separable(c.stride, c.padding), [c.x, c.wd, c.wp], c.doutSeparable);
  return {
    out: value as Tensor4,
    dx: grads[0] as Tensor4,
    dwDepthwise: grads[1] as Tensor4,
    dwPointwise: grads[2] as Tensor4,
  };
}

/** Every output by its function's prefix, as the oracle names them. */
export function allReferences(reference: ReferenceBackend, c: Case): Record<string, Tensor4> {
  const d = depthwiseReference(reference, c);
  const p = pointwiseReference(reference, c);
  const s = separableReference(reference, c);
  return {
    'depthwise.out': d.out,
    'depthwise.dx': d.dx,
    'depthwise.dw': d.dw,
    'pointwise.out': p.out,
    'pointwise.dx': p.dx,
    'pointwise.dw': p.dw,
    'separable.out': s.out,
    'separable.dx': s.dx,
    'separable.dwDepthwise': s.dwDepthwise,
    'separable.dwPointwise': s.dwPointwise,
  };
}
