import type { Tensor4 } from '../../katas/lib/shape';
import {
  add,
  conv2d,
  convOutputSize,
  crop,
  dilatePad,
  flip,
  mul,
  reshape,
  scalar64,
  sum,
  type Tensor64,
  tensor64,
  transpose,
} from '../kit/tensor';
import { gatherMaps } from './tensor4';

// The kata in float64 with kit/tensor, whose ops carry the float32
// reference's error bound. The shuffle is the reference's reshape →
// transpose → reshape (exact: values only move), its gradient the same with
// C/g groups. The group conv is kit/tensor's conv2d with groups; its
// gradients are convolutions as tfjs's kernels compute them for the dense
// block-diagonal filter the reference builds (whose zero taps add nothing):
// dx the grouped transposed convolution, dw the entries of x correlated with
// dout that lie on the block diagonal, db a sum over batch and positions. A
// slip is one mistake: what code that makes it returns.

export interface ShuffleCase {
  /** [N, C, H, W]. */
  readonly x: Tensor4;
  /** g, a divisor of C (or not, for the error). */
  readonly groups: number;
  /** ∂L/∂out, [N, C, H, W]. */
  readonly dout: Tensor4;
}

export interface ConvCase {
  /** [N, Cin, H, W]. */
  readonly x: Tensor4;
  /** [Cout, Cin/g, k, k]. */
  readonly w: Tensor4;
  /** [Cout], or null: no bias. */
  readonly b: number[] | null;
  readonly stride: number;
  readonly padding: number;
  readonly groups: number;
  /** ∂L/∂out, [N, Cout, Ho, Wo]. */
  readonly dout: Tensor4;
}

export interface ShuffleSlip {
  /** out is the shuffle with C/g groups (reshaped to [N, C/g, g, …] first). */
  readonly wrongWay?: true;
  /** dx is dout shuffled with g again. */
  readonly sameShuffle?: true;
}

export interface ConvSlip {
  /** Group j reads input channels j, j + g, j + 2g, … */
  readonly interleaved?: true;
  /** Every group reads input channels 0 … Cin/g − 1. */
  readonly offsetMissing?: true;
  /** Output block j written at block g − 1 − j. */
  readonly reversed?: true;
  /** dw and db divided by N. */
  readonly averaged?: true;
}

export type ShuffleOutputs = { readonly out: Tensor64; readonly dx: Tensor64 };
export type ConvOutputs = {
  readonly out: Tensor64;
  readonly dx: Tensor64;
  readonly dw: Tensor64;
  readonly db: Tensor64;
};

/** reshape [N, g, C/g, H, W] → transpose to [N, C/g, g, H, W] → reshape [N, C, H, W]. */
export function shuffled(t: Tensor64, groups: number): Tensor64 {
  const [N, C, H, W] = t.shape;
  return reshape(transpose(reshape(t, [N, groups, C / groups, H, W]), [0, 2, 1, 3, 4]), [N, C, H, W]);
}

/** channelShuffle and channelShuffleBackward as code with the slip computes them. */
export function shuffleOracle(c: ShuffleCase, slip: ShuffleSlip = {}): ShuffleOutputs {
  const C = c.x[0].length;
  const inverse = C / c.groups;
  return {
    out: shuffled(tensor64(c.x), slip.wrongWay ? inverse : c.groups),
    dx: shuffled(tensor64(c.dout), slip.sameShuffle ? c.groups : inverse),
  };
}

/** [Ho, Wo] of the case. */
export function outputSize(c: ConvCase): [number, number] {
  const k = c.w[0][0].length;
  return [
    convOutputSize(c.x[0][0].length, k, c.stride, c.padding, 1),
    convOutputSize(c.x[0][0][0].length, k, c.stride, c.padding, 1),
  ];
}

/** The input as the slip reads it: map (n, j·Cin/g + t) is the one group j's channel t comes from. */
function inputRead(x: Tensor64, g: number, slip: ConvSlip): Tensor64 {
  const [N, Cin] = x.shape;
  const per = Cin / g;
  if (slip.interleaved) return gatherMaps(x, [N, Cin], (n, ci) => [n, (ci % per) * g + Math.floor(ci / per)]);
  if (slip.offsetMissing) return gatherMaps(x, [N, Cin], (n, ci) => [n, ci % per]);
  return x;
}

/** The forward alone: conv2d with groups, then + b broadcast over N, H and W. */
export function outOracle(c: ConvCase, slip: ConvSlip = {}): Tensor64 {
  const g = c.groups;
  const s = c.stride;
  const p = c.padding;
  const conv = conv2d(inputRead(tensor64(c.x), g, slip), tensor64(c.w), {
    stride: [s, s],
    padding: [p, p],
    groups: g,
  });
  const out = c.b ? add(conv, reshape(tensor64(c.b), [1, c.b.length, 1, 1])) : conv;
  if (!slip.reversed) return out;
  const [N, Cout] = out.shape;
  const per = Cout / g;
  return gatherMaps(out, [N, Cout], (n, co) => [n, (g - 1 - Math.floor(co / per)) * per + (co % per)]);
}

/** dx, dw and db of ⟨dout, out⟩ (db whether or not the case has a bias: the grader reads it only when it has). */
export function gradientOracle(c: ConvCase, slip: ConvSlip = {}): Omit<ConvOutputs, 'out'> {
  const { stride: s, padding: p, groups: G } = c;
  const x = tensor64(c.x);
  const w = tensor64(c.w);
  const dout = tensor64(c.dout);
  const [N, Cin, H, W] = x.shape;
  const [Cout, Cg, k] = w.shape;
  const [, , Ho, Wo] = dout.shape;
  const outPer = Cout / G;
  const db = sum(reshape(transpose(dout, [1, 0, 2, 3]), [Cout, N * Ho * Wo]), { axis: 1 });
  // Every (ci, co) pair of x correlated with dout, [Cin, Cout, k, k]; the group conv's weights are its block diagonal.
  const all = crop(
    conv2d(transpose(x, [1, 0, 2, 3]), transpose(dout, [1, 0, 2, 3]), { padding: [p, p], dilation: [s, s] }),
    k,
    k,
  );
  const dw = gatherMaps(all, [Cout, Cg], (co, t) => [Math.floor(co / outPer) * Cg + t, co]);
  // dx: dout spread at the stride, padded for a full correlation, against w regrouped [Cin, Cout/g, k, k] and flipped.
  const regrouped = gatherMaps(w, [Cin, outPer], (ci, o) => [Math.floor(ci / Cg) * outPer + o, ci % Cg]);
  const edge = k - 1 - p;
  const restH = H - (s * (Ho - 1) + k - 2 * p);
  const restW = W - (s * (Wo - 1) + k - 2 * p);
  const dx = conv2d(dilatePad(dout, s, [edge, edge + restH], [edge, edge + restW]), flip(regrouped), { groups: G });
  if (!slip.averaged) return { dx, dw, db };
  const mean = scalar64(1 / N);
  return { dx, dw: mul(dw, mean), db: mul(db, mean) };
}

/** The truth: out and the vector-Jacobian products of ⟨dout, out⟩. */
export function convOracle(c: ConvCase): ConvOutputs {
  return { out: outOracle(c), ...gradientOracle(c) };
}
