import { notImplemented, type Tensor4 } from '#lib';

/** Stride and zero padding, the same for rows and columns (PyTorch's stride=s, padding=p). */
export interface ConvOptions {
  readonly stride: number;
  readonly padding: number;
}

/** What depthwiseConvForward keeps for depthwiseConvBackward (change it if you like: only your own code reads it). */
export interface DepthwiseCache {
  readonly x: Tensor4;
  readonly w: Tensor4;
  readonly stride: number;
  readonly padding: number;
}

/** What pointwiseConvForward keeps for pointwiseConvBackward (yours to change). */
export interface PointwiseCache {
  readonly x: Tensor4;
  readonly w: Tensor4;
}

/** What separableConvForward keeps for separableConvBackward (yours to change). */
export interface SeparableCache {
  readonly depthwise: DepthwiseCache;
  readonly pointwise: PointwiseCache;
}

/** A layer's cost: learned parameters and multiply-accumulates for one image, bias-free. */
export interface Cost {
  readonly params: number;
  readonly macs: number;
}

/** A conv from Cin to Cout channels with a k×k kernel, on an H×W map ('same' padding, stride 1: the output is H×W). */
export interface CostQuestion {
  readonly Cin: number;
  readonly Cout: number;
  readonly k: number;
  readonly H: number;
  readonly W: number;
}

/**
 * The depthwise conv, PyTorch's nn.Conv2d(C, C, k, stride, padding,
 * groups=C, bias=False): x [N, C, H, W], w [C, 1, k, k], one k×k filter per
 * channel, and each output channel sees its own input channel only:
 *
 *   out[n][c][i][j] = Σₐ Σᵦ w[c][0][a][b]·x[n][c][i·s − p + a][j·s − p + b],
 *
 * where x is 0 outside the image (zero padding). out is [N, C, Ho, Wo] with
 * Ho = ⌊(H + 2p − k)/s⌋ + 1 (and Wo likewise). Leave x and w unchanged.
 */
export function depthwiseConvForward(
  x: Tensor4,
  w: Tensor4,
  options: ConvOptions,
): { out: Tensor4; cache: DepthwiseCache } {
  return notImplemented('depthwiseConvForward');
}

/**
 * Given dout = ∂L/∂out [N, C, Ho, Wo], return dx = ∂L/∂x [N, C, H, W] and
 * dw = ∂L/∂w [C, 1, k, k]: each product in the forward sends dout·w back to
 * the x it read and dout·x to the weight it used, summed over the batch and
 * every position.
 */
export function depthwiseConvBackward(dout: Tensor4, cache: DepthwiseCache): { dx: Tensor4; dw: Tensor4 } {
  return notImplemented('depthwiseConvBackward');
}

/**
 * The pointwise (1×1) conv, nn.Conv2d(C, Cout, 1, bias=False): x [N, C, H, W]
 * and w [Cout, C, 1, 1] give out [N, Cout, H, W], at every pixel a matrix
 * times the vector of channels:
 *
 *   out[n][o][i][j] = Σ_c w[o][c][0][0]·x[n][c][i][j].
 */
export function pointwiseConvForward(x: Tensor4, w: Tensor4): { out: Tensor4; cache: PointwiseCache } {
  return notImplemented('pointwiseConvForward');
}

/** Given dout [N, Cout, H, W], return dx [N, C, H, W] and dw [Cout, C, 1, 1]. */
export function pointwiseConvBackward(dout: Tensor4, cache: PointwiseCache): { dx: Tensor4; dw: Tensor4 } {
  return notImplemented('pointwiseConvBackward');
}

/**
 * MobileNet's depthwise-separable conv without its BatchNorm and ReLU: the
 * depthwise conv (wDepthwise [C, 1, k, k], with the stride and padding)
 * followed by the pointwise conv (wPointwise [Cout, C, 1, 1]):
 * out = pointwise(depthwise(x)), [N, Cout, Ho, Wo]. Your own two functions
 * above are the natural pieces.
 */
export function separableConvForward(
  x: Tensor4,
  wDepthwise: Tensor4,
  wPointwise: Tensor4,
  options: ConvOptions,
): { out: Tensor4; cache: SeparableCache } {
  return notImplemented('separableConvForward');
}

/** Given dout [N, Cout, Ho, Wo], return dx [N, C, H, W], dwDepthwise [C, 1, k, k] and dwPointwise [Cout, C, 1, 1]. */
export function separableConvBackward(
  dout: Tensor4,
  cache: SeparableCache,
): { dx: Tensor4; dwDepthwise: Tensor4; dwPointwise: Tensor4 } {
  return notImplemented('separableConvBackward');
}

/**
 * The depthwise-separable block's cost, with Cin = C input channels: the
 * depthwise k×k conv and the pointwise 1×1 conv, bias-free, output H×W.
 * MACs (multiply-accumulates) count one per weight per output pixel.
 */
export function separableCost(question: CostQuestion): Cost {
  return notImplemented('separableCost');
}

/** The cost of a standard k×k conv from Cin to Cout channels, bias-free, output H×W. */
export function standardCost(question: CostQuestion): Cost {
  return notImplemented('standardCost');
}
