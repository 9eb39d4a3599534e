import type { Tensor4 } from '../../katas/lib/shape';
import {
  conv2d,
  convOutputSize,
  crop,
  dilatePad,
  flip,
  matmul,
  mul,
  reshape,
  scalar64,
  type Tensor64,
  tensor64,
  transpose,
} from '../kit/tensor';
import { gatherFilters } from './tensor4';

// The kata in float64 with kit/tensor's conv2d, which carries the float32
// reference's error bound: the depthwise conv is conv2d with groups = C, the
// pointwise conv conv2d with a 1×1 kernel. The gradients are convolutions
// too, as tfjs's kernels compute them: dx of a conv is the conv of dout
// (dilated by the stride, padded by k − 1 − p) with the flipped filters, dw
// of the depthwise conv is x convolved with dout as the kernel (dilation =
// stride), dw of the pointwise conv a matmul over N·H·W. A `Slip` is one
// mistake: what code that makes it returns.

export interface Case {
  /** [N, C, H, W] */
  readonly x: Tensor4;
  /** The depthwise weight, PyTorch's [C, 1, k, k]. */
  readonly wd: Tensor4;
  /** The pointwise weight, PyTorch's [Cout, C, 1, 1]. */
  readonly wp: Tensor4;
  readonly stride: number;
  readonly padding: number;
  /** ∂L/∂out of depthwiseConvForward(x, wd), [N, C, Ho, Wo]. */
  readonly doutDepthwise: Tensor4;
  /** ∂L/∂out of pointwiseConvForward(x, wp), [N, Cout, H, W]. */
  readonly doutPointwise: Tensor4;
  /** ∂L/∂out of separableConvForward(x, wd, wp), [N, Cout, Ho, Wo]. */
  readonly doutSeparable: Tensor4;
}

/** The sizes a cost is asked for. */
export interface CostCase {
  readonly Cin: number;
  readonly Cout: number;
  readonly k: number;
  readonly H: number;
  readonly W: number;
}

/** One mistake, as code makes it; {} is the kata done right. */
export interface Slip {
  /** Each depthwise output channel sums every input channel, filtered by its own filter. */
  readonly sumsChannels?: true;
  /** Every channel filtered with w[0]. */
  readonly oneFilter?: true;
  /** The window of output (i, j) starts at (i − p, j − p): stride 1, cropped to the right output size. */
  readonly strideIgnored?: true;
  /** dw divided by N. */
  readonly dwAveraged?: true;
  /** The pointwise weight read as [C, Cout] (square only). */
  readonly pointwiseTransposed?: true;
  /** separableConvBackward's dx is the gradient at the depthwise output. */
  readonly dxSkipsDepthwise?: true;
}

export type DepthwiseOutputs = { readonly out: Tensor64; readonly dx: Tensor64; readonly dw: Tensor64 };
export type SeparableOutputs = {
  readonly out: Tensor64;
  readonly dx: Tensor64;
  readonly dwDepthwise: Tensor64;
  readonly dwPointwise: Tensor64;
};

const channelsFirst = (t: Tensor64): Tensor64 => transpose(t, [1, 0, 2, 3]);

function depthwiseOut(x: Tensor64, w: Tensor64, s: number, p: number, slip: Slip): Tensor64 {
  const C = x.shape[1];
  if (slip.sumsChannels)
    return conv2d(
      x,
      gatherFilters(w, C, C, (a) => a),
      { stride: [s, s], padding: [p, p] },
    );
  const filters = slip.oneFilter ? gatherFilters(w, C, 1, () => 0) : w;
  if (!slip.strideIgnored) return conv2d(x, filters, { stride: [s, s], padding: [p, p], groups: C });
  const [H, W, k] = [x.shape[2], x.shape[3], w.shape[2]];
  const unstrided = conv2d(x, filters, { padding: [p, p], groups: C });
  return crop(unstrided, convOutputSize(H, k, s, p, 1), convOutputSize(W, k, s, p, 1));
}

/** dx of the depthwise conv: dout dilated by s, padded to a 'full' conv, against the flipped filters. */
function depthwiseDx(g: Tensor64, w: Tensor64, s: number, p: number, H: number, W: number): Tensor64 {
  const [, C, Ho, Wo] = g.shape;
  const k = w.shape[2];
  const edge = k - 1 - p;
  // Rows and columns of x that no window reaches (an inexact division by the stride) get zero gradient.
  const restH = H - (s * (Ho - 1) + k - 2 * p);
  const restW = W - (s * (Wo - 1) + k - 2 * p);
  return conv2d(dilatePad(g, s, [edge, edge + restH], [edge, edge + restW]), flip(w), { groups: C });
}

/** dw of the depthwise conv: per channel, x correlated with dout as the kernel, taps s apart, summed over the batch. */
function depthwiseDw(x: Tensor64, g: Tensor64, s: number, p: number, k: number): Tensor64 {
  const [N, C, H, W] = x.shape;
  const perChannel = reshape(channelsFirst(x), [1, C * N, H, W]);
  const full = conv2d(perChannel, channelsFirst(g), { padding: [p, p], dilation: [s, s], groups: C });
  return crop(reshape(full, [C, 1, full.shape[2], full.shape[3]]), k, k);
}

function pointwiseOut(x: Tensor64, w: Tensor64, slip: Slip): Tensor64 {
  return conv2d(x, slip.pointwiseTransposed ? channelsFirst(w) : w);
}

function pointwiseDx(g: Tensor64, w: Tensor64): Tensor64 {
  return conv2d(g, channelsFirst(w));
}

/** dw[o][c] = Σ over N·H·W of dout[·, o]·x[·, c]: a matmul of the [Cout, N·H·W] and [C, N·H·W] reshapes. */
function pointwiseDw(x: Tensor64, g: Tensor64): Tensor64 {
  const [Cout, C] = [g.shape[1], x.shape[1]];
  const G = reshape(channelsFirst(g), [Cout, -1]);
  const X = reshape(channelsFirst(x), [C, -1]);
  return reshape(matmul(G, X, { transposeB: true }), [Cout, C, 1, 1]);
}

const averaged = (dw: Tensor64, N: number, slip: Slip): Tensor64 => (slip.dwAveraged ? mul(dw, scalar64(1 / N)) : dw);

/** depthwiseConvForward and depthwiseConvBackward (on the true cache) as code with the slip computes them. */
export function depthwiseOracle(c: Case, slip: Slip = {}): DepthwiseOutputs {
  const x = tensor64(c.x);
  const w = tensor64(c.wd);
  const g = tensor64(c.doutDepthwise);
  const [N, , H, W] = x.shape;
  return {
    out: depthwiseOut(x, w, c.stride, c.padding, slip),
    dx: depthwiseDx(g, w, c.stride, c.padding, H, W),
    dw: averaged(depthwiseDw(x, g, c.stride, c.padding, w.shape[2]), N, slip),
  };
}

export function pointwiseOracle(c: Case, slip: Slip = {}): DepthwiseOutputs {
  const x = tensor64(c.x);
  const w = tensor64(c.wp);
  const g = tensor64(c.doutPointwise);
  return { out: pointwiseOut(x, w, slip), dx: pointwiseDx(g, w), dw: pointwiseDw(x, g) };
}

/** The block: h = depthwise(x), out = pointwise(h); the backward through the cached h (the slip's h, if any). */
export function separableOracle(c: Case, slip: Slip = {}): SeparableOutputs {
  const x = tensor64(c.x);
  const wd = tensor64(c.wd);
  const wp = tensor64(c.wp);
  const g = tensor64(c.doutSeparable);
  const [N, , H, W] = x.shape;
  const h = depthwiseOut(x, wd, c.stride, c.padding, slip);
  const dh = pointwiseDx(g, wp);
  return {
    out: pointwiseOut(h, wp, slip),
    dx: slip.dxSkipsDepthwise ? dh : depthwiseDx(dh, wd, c.stride, c.padding, H, W),
    dwDepthwise: averaged(depthwiseDw(x, dh, c.stride, c.padding, wd.shape[2]), N, slip),
    dwPointwise: pointwiseDw(h, g),
  };
}

/** Every output of the kata by its function's prefix, for checkReference. */
export function oracle(c: Case): Record<string, Tensor64> {
  const d = depthwiseOracle(c);
  const p = pointwiseOracle(c);
  const s = separableOracle(c);
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

export interface CostSlip {
  readonly pointwiseK2?: true;
  readonly missingDepthwise?: true;
  readonly bias?: true;
}

export type Cost = { readonly params: number; readonly macs: number };

/** Bias-free counts, output H×W ('same' padding, stride 1): params, and MACs = H·W·params. */
export function costOracle({ Cin, Cout, k, H, W }: CostCase, slip: CostSlip = {}): { separable: Cost; standard: Cost } {
  const depthwise = slip.missingDepthwise ? 0 : Cin * k * k;
  const pointwise = Cin * Cout * (slip.pointwiseK2 ? k * k : 1);
  const separable = depthwise + pointwise;
  const standard = Cin * Cout * k * k;
  return {
    separable: { params: separable + (slip.bias ? Cin + Cout : 0), macs: H * W * separable },
    standard: { params: standard + (slip.bias ? Cout : 0), macs: H * W * standard },
  };
}

/** A count as a tensor with no rounding to allow for: counts are compared exactly. */
export const exact = (n: number): Tensor64 => tensor64(n, { exact: true });
