import { notImplemented, type Tensor4 } from '#lib';

/** Stride, zero padding (the same for rows and columns) and channel groups: PyTorch's stride=s, padding=p, groups=g. */
export interface GroupConvOptions {
  readonly stride: number;
  readonly padding: number;
  readonly groups: number;
}

/** What groupConvForward keeps for groupConvBackward (change it if you like: only your own code reads it). */
export interface GroupConvCache {
  readonly x: Tensor4;
  readonly w: Tensor4;
  readonly options: GroupConvOptions;
}

/**
 * ShuffleNet's channel shuffle with g groups on x [N, C, H, W]: reshape to
 * [N, g, C/g, H, W], swap the two channel axes to [N, C/g, g, H, W], and
 * flatten back to [N, C, H, W]. Input channel j·(C/g) + i (channel i of
 * group j) lands at output channel i·g + j, so the next group conv's groups
 * each get a channel from every group. Values are moved, never changed.
 * Throw an Error when C is not divisible by g. Leave x unchanged.
 */
export function channelShuffle(x: Tensor4, groups: number): Tensor4 {
  return notImplemented('channelShuffle');
}

/**
 * The backward of channelShuffle(·, groups): given dout = ∂L/∂out
 * [N, C, H, W], return dx = ∂L/∂x (the same shape). Throw an Error when C
 * is not divisible by g.
 */
export function channelShuffleBackward(dout: Tensor4, groups: number): Tensor4 {
  return notImplemented('channelShuffleBackward');
}

/**
 * Group convolution, PyTorch's nn.Conv2d(Cin, Cout, k, stride, padding,
 * groups=g): x [N, Cin, H, W], w [Cout, Cin/g, k, k], b [Cout] or null (no
 * bias). The input and the output channels are split into g contiguous
 * blocks; output channel co belongs to group j = ⌊co/(Cout/g)⌋ and sees only
 * input block j:
 *
 *   out[n][co][i][j'] = b[co] + Σ_t Σₐ Σᵦ w[co][t][a][b]·x[n][j·Cin/g + t][i·s − p + a][j'·s − p + b],
 *
 * with t over the Cin/g channels of the block and x = 0 outside the image.
 * out is [N, Cout, Ho, Wo], Ho = ⌊(H + 2p − k)/s⌋ + 1 (Wo likewise).
 * Leave x, w and b unchanged.
 */
export function groupConvForward(
  x: Tensor4,
  w: Tensor4,
  b: number[] | null,
  options: GroupConvOptions,
): { out: Tensor4; cache: GroupConvCache } {
  return notImplemented('groupConvForward');
}

/**
 * Given dout = ∂L/∂out [N, Cout, Ho, Wo]: dx [N, Cin, H, W], dw (the shape
 * of w) and db [Cout], the gradient of the bias (read only when the forward
 * had one).
 */
export function groupConvBackward(dout: Tensor4, cache: GroupConvCache): { dx: Tensor4; dw: Tensor4; db: number[] } {
  return notImplemented('groupConvBackward');
}
