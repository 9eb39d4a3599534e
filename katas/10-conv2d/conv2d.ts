import { notImplemented, type Tensor4 } from '#lib';

/**
 * The hyperparameters of a conv layer, one number for both axes (as
 * PyTorch's conv2d takes an int): the step between windows, the zeros added
 * on every side (top, bottom, left and right alike), and the spacing of the
 * kernel's taps (1 is an ordinary kernel).
 */
export interface Conv2dParams {
  readonly stride: number;
  readonly padding: number;
  readonly dilation: number;
}

/** What conv2dForward keeps for conv2dBackward: yours to choose. */
export interface Conv2dCache {
  readonly x: Tensor4;
  readonly w: Tensor4;
  readonly params: Conv2dParams;
}

/**
 * The output length along one axis, PyTorch's formula:
 * ⌊(size + 2·padding − dilation·(kernel − 1) − 1)/stride⌋ + 1.
 * Only called where that is at least 1.
 */
export function conv2dOutputSize(
  size: number,
  kernel: number,
  stride: number,
  padding: number,
  dilation: number,
): number {
  return notImplemented('conv2dOutputSize');
}

/**
 * PyTorch's conv2d (a cross-correlation: the kernel is not flipped) on NCHW:
 * x [N, Cin, H, W], w [Cout, Cin, kH, kW], b [Cout] →
 * out [N, Cout, Ho, Wo] with
 * out[n][co][i][j] = b[co] + Σ_{ci, a, e} x[n][ci][i·s − p + a·d][j·s − p + e·d]·w[co][ci][a][e],
 * reading 0 where the index falls in the padding. Throws an Error when Ho or
 * Wo would be less than 1, as PyTorch does. Leave x, w and b unchanged.
 */
export function conv2dForward(
  x: Tensor4,
  w: Tensor4,
  b: number[],
  params: Conv2dParams,
): { out: Tensor4; cache: Conv2dCache } {
  return notImplemented('conv2dForward');
}

/**
 * Given dout = ∂L/∂out [N, Cout, Ho, Wo], return dx [N, Cin, H, W],
 * dw [Cout, Cin, kH, kW] and db [Cout]: the sums over the batch and every
 * output position of what each one contributed.
 */
export function conv2dBackward(dout: Tensor4, cache: Conv2dCache): { dx: Tensor4; dw: Tensor4; db: number[] } {
  return notImplemented('conv2dBackward');
}
