import { notImplemented, type Tensor4 } from '#lib';

/** One size for both axes, or [along H, along W]. */
export type Pair = number | readonly [number, number];

/**
 * PyTorch's nn.MaxPool2d / nn.AvgPool2d arguments (no dilation, ceil_mode=False):
 * the window kH×kW, its step (sH, sW), and the padding (pH, pW) on each side,
 * at most half the kernel (pH ≤ kH/2, pW ≤ kW/2) as PyTorch requires.
 */
export interface PoolParams {
  readonly kernel: Pair;
  readonly stride: Pair;
  readonly padding: Pair;
}

/** What maxPoolForward keeps for maxPoolBackward: yours to choose. */
export type MaxPoolCache = unknown;

/** What avgPoolForward keeps for avgPoolBackward: yours to choose. */
export type AvgPoolCache = unknown;

/**
 * Max pooling of x [N, C, H, W] → out [N, C, Ho, Wo], Ho = ⌊(H + 2pH − kH)/sH⌋ + 1
 * (Wo likewise): out[n][c][i][j] is the largest x in the window of rows
 * i·sH − pH … i·sH − pH + kH − 1 and columns j·sW − pW … j·sW − pW + kW − 1.
 * The padding is −∞: it never wins. Return new arrays; leave x unchanged.
 */
export function maxPoolForward(x: Tensor4, params: PoolParams): { out: Tensor4; cache: MaxPoolCache } {
  return notImplemented('maxPoolForward');
}

/**
 * Given dout = ∂L/∂out [N, C, Ho, Wo], dx = ∂L/∂x [N, C, H, W]: each window's
 * dout goes to one position, its maximum (on a tie, the first maximum of the
 * window in row-major order, as PyTorch does), and adds up where windows
 * overlap.
 */
export function maxPoolBackward(dout: Tensor4, cache: MaxPoolCache): { dx: Tensor4 } {
  return notImplemented('maxPoolBackward');
}

/**
 * Average pooling, same windows and output size: out[n][c][i][j] is the sum
 * of the window divided by kH·kW, the padded zeros counted (PyTorch's default
 * count_include_pad=True). Return new arrays; leave x unchanged.
 */
export function avgPoolForward(x: Tensor4, params: PoolParams): { out: Tensor4; cache: AvgPoolCache } {
  return notImplemented('avgPoolForward');
}

/** Given dout [N, C, Ho, Wo], dx [N, C, H, W]: each window hands dout/(kH·kW) to each of its real positions. */
export function avgPoolBackward(dout: Tensor4, cache: AvgPoolCache): { dx: Tensor4 } {
  return notImplemented('avgPoolBackward');
}
