import { notImplemented } from '#lib';

// PyTorch's affine quantization (torch.ao.quantization), in float64:
//   q = clamp(round(x/scale) + zeroPoint, qmin, qmax),   x̂ = (q − zeroPoint)·scale.
// round is round half to even (std::nearbyint, NumPy's np.round): 2.5 → 2,
// 3.5 → 4, −2.5 → −2. Math.round is not it (it sends every half up).
// Defaults are int8: qmin = −128, qmax = 127.

export type Scheme = 'asymmetric' | 'symmetric';

export interface QuantOptions {
  /** Default 'asymmetric'. */
  readonly scheme?: Scheme;
  /** Default −128. */
  readonly qmin?: number;
  /** Default 127. */
  readonly qmax?: number;
}

export interface QParams {
  readonly scale: number;
  /** An integer in [qmin, qmax]. */
  readonly zeroPoint: number;
}

/** One scale and zero point per output channel (row of W), and the quantized rows. */
export interface PerChannel {
  readonly q: number[][];
  readonly scale: number[];
  readonly zeroPoint: number[];
}

/** A MinMaxObserver's state: the smallest and largest values seen so far. */
export interface Observer {
  readonly min: number;
  readonly max: number;
}

export interface LinearOptions {
  /** Weights per output channel instead of per tensor. Default false. */
  readonly perChannel?: boolean;
}

export interface FakeQuant {
  readonly out: number[];
  /** Given dout = ∂L/∂out, returns ∂L/∂x by the straight-through estimator. */
  readonly backward: (dout: number[]) => number[];
}

/**
 * TODO: scale and zero point for values in [min, max], as PyTorch's
 * MinMaxObserver computes them.
 *
 * First extend the range to include 0: lo = min(min, 0), hi = max(max, 0).
 * - asymmetric: scale = (hi − lo)/(qmax − qmin),
 *   zeroPoint = qmin − round(lo/scale), clamped to [qmin, qmax];
 * - symmetric: scale = max(−lo, hi)/((qmax − qmin)/2) (127.5 for int8),
 *   zeroPoint = 0 (meant for signed ranges, qmin < 0 < qmax).
 * Either way scale is at least 2⁻²³ (float32's eps, PyTorch's floor), so a
 * range of zero width (min = max = 0) gives scale 2⁻²³, not a division by 0.
 *
 * Throw an Error when min or max is not finite, min > max, or qmin, qmax
 * are not integers with qmin < qmax.
 */
export function quantParams(min: number, max: number, opts: QuantOptions = {}): QParams {
  return notImplemented('quantParams');
}

/**
 * TODO: q = clamp(round(x/scale) + zeroPoint, qmin, qmax) for each element,
 * round half to even, then add the zero point (PyTorch's kernels:
 * zero_point + nearbyint(x·(1/scale))). Returns integers (as numbers).
 */
export function quantize(x: number[], scale: number, zeroPoint: number, qmin = -128, qmax = 127): number[] {
  return notImplemented('quantize');
}

/** TODO: x̂ = (q − zeroPoint)·scale for each element. */
export function dequantize(q: number[], scale: number, zeroPoint: number): number[] {
  return notImplemented('dequantize');
}

/**
 * TODO: per-channel quantization of a weight W of shape [out, in]: for each
 * output channel o (row W[o], axis 0) its own quantParams from that row's
 * min and max (with opts), and the row quantized with them.
 */
export function quantizePerChannel(W: number[][], opts: QuantOptions = {}): PerChannel {
  return notImplemented('quantizePerChannel');
}

/**
 * TODO: a dynamically quantized linear layer, y = x·Wᵀ + b with x [batch, in],
 * W [out, in], b [out]; y is [batch, out].
 *
 * - Weights: symmetric int8 (quantParams with scheme 'symmetric'), from the
 *   min and max of all of W, or of each row when opts.perChannel.
 * - Activations: asymmetric int8 from this batch's own min and max (over all
 *   of x), computed at run time: that is what "dynamic" means.
 * - The matmul in integers, acc = Σₖ (qx − zx)·(qw − zw), exactly; then
 *   y = acc·scale_x·scale_w + b, the bias in float.
 */
export function dynamicQuantLinear(x: number[][], W: number[][], b: number[], opts: LinearOptions = {}): number[][] {
  return notImplemented('dynamicQuantLinear');
}

/**
 * TODO: the same layer, statically quantized: the activations use xParams,
 * fixed ahead of time by calibration (freeze), not the batch's own range —
 * values outside the calibrated range clamp to qmin or qmax.
 */
export function staticQuantLinear(
  x: number[][],
  W: number[][],
  b: number[],
  xParams: QParams,
  opts: LinearOptions = {},
): number[][] {
  return notImplemented('staticQuantLinear');
}

/**
 * TODO: a MinMaxObserver step: the running min and max over every batch seen,
 * this one included. observer is null before the first batch. Return a new
 * observer; leave the argument unchanged.
 */
export function observe(observer: Observer | null, x: number[]): Observer {
  return notImplemented('observe');
}

/** TODO: the calibrated parameters: quantParams of the observer's min and max, with opts. */
export function freeze(observer: Observer, opts: QuantOptions = {}): QParams {
  return notImplemented('freeze');
}

/**
 * TODO: fake quantization for quantization-aware training:
 * out = dequantize(quantize(x)), still in float. Its backward is the
 * straight-through estimator: round's true gradient is 0 almost everywhere,
 * so it is taken as 1 where the value was not clamped and 0 where it was —
 * dx = dout where qmin ≤ round(x/scale) + zeroPoint ≤ qmax (both ends
 * included, as PyTorch's fake_quantize mask), dx = 0 elsewhere.
 */
export function fakeQuant(x: number[], scale: number, zeroPoint: number, qmin = -128, qmax = 127): FakeQuant {
  return notImplemented('fakeQuant');
}
