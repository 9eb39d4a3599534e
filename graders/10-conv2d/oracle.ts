import {
  add,
  conv2d,
  convOutputSize,
  crop,
  flip,
  fromParts,
  reshape,
  sum,
  type Tensor64,
  tensor64,
  transpose,
} from '../kit/tensor';

// Conv2d in float64, carrying the float32 reference's error bounds
// (kit/tensor), composed as tfjs computes it: conv2d, then + b broadcast over
// N, H and W; and its autodiff as convolutions, as tfjs's conv2dDerInput and
// conv2dDerFilter are: db sums dout over batch and positions, dw correlates
// x with dout (stride and dilation trade places), dx correlates dout spread
// out at the stride with the kernel flipped (the transposed convolution).

export type Tensor4 = number[][][][];

export interface Params {
  readonly stride: number;
  readonly padding: number;
  readonly dilation: number;
}

export interface Case extends Params {
  /** [N, Cin, H, W]. */
  readonly x: Tensor4;
  /** [Cout, Cin, kH, kW]. */
  readonly w: Tensor4;
  /** [Cout]. */
  readonly b: number[];
  /** ∂L/∂out, [N, Cout, Ho, Wo]. */
  readonly dout: Tensor4;
}

/** A type, not an interface: named outputs for checkReference and confirmMistakes. */
export type ConvOutputs = {
  readonly out: Tensor64;
  readonly dx: Tensor64;
  readonly dw: Tensor64;
  readonly db: Tensor64;
};

export const paramsOf = (c: Case): Params => ({ stride: c.stride, padding: c.padding, dilation: c.dilation });

/** [N, C, H, W] of a nested tensor. */
export const shape4 = (t: Tensor4): [number, number, number, number] => [
  t.length,
  t[0].length,
  t[0][0].length,
  t[0][0][0].length,
];

/** The output's [Ho, Wo] for the case. */
export function outputSize(c: Case): [number, number] {
  const [, , H, W] = shape4(c.x);
  const [, , kH, kW] = shape4(c.w);
  return [
    convOutputSize(H, kH, c.stride, c.padding, c.dilation),
    convOutputSize(W, kW, c.stride, c.padding, c.dilation),
  ];
}

/**
 * dout [N, Cout, Ho, Wo] placed at the stride, i·s + d(k − 1) − p, in a
 * zero map of [N, Cout, H + d(kH − 1), W + d(kW − 1)]: the input of the
 * transposed convolution. Entries that land outside only ever met padding.
 */
function spread(g: Tensor64, c: Case, H: number, W: number, kH: number, kW: number): Tensor64 {
  const [N, Cout, Ho, Wo] = g.shape;
  const { stride: s, padding: p, dilation: d } = c;
  const [Hz, Wz] = [H + d * (kH - 1), W + d * (kW - 1)];
  const data = new Float64Array(N * Cout * Hz * Wz);
  const err = new Float64Array(data.length);
  for (let m = 0; m < N * Cout; m++) {
    for (let i = 0; i < Ho; i++) {
      const u = i * s + d * (kH - 1) - p;
      if (u < 0 || u >= Hz) continue;
      for (let j = 0; j < Wo; j++) {
        const v = j * s + d * (kW - 1) - p;
        if (v < 0 || v >= Wz) continue;
        data[(m * Hz + u) * Wz + v] = g.data[(m * Ho + i) * Wo + j];
        err[(m * Hz + u) * Wz + v] = g.err[(m * Ho + i) * Wo + j];
      }
    }
  }
  return fromParts([N, Cout, Hz, Wz], data, err, g.depth);
}

/** The forward alone: conv2d, then + b broadcast over N, H and W. */
export function outOracle(c: Case): Tensor64 {
  const { stride: s, padding: p, dilation: d } = c;
  const conv = conv2d(tensor64(c.x), tensor64(c.w), { stride: [s, s], padding: [p, p], dilation: [d, d] });
  return add(conv, reshape(tensor64(c.b), [1, c.w.length, 1, 1]));
}

/** The truth: out and the vector-Jacobian products of ⟨dout, out⟩ for x, w and b. */
export function oracle(c: Case): ConvOutputs {
  return { out: outOracle(c), ...gradientOracle(c) };
}

/** dx, dw and db alone. */
export function gradientOracle(c: Case): Omit<ConvOutputs, 'out'> {
  const { stride: s, padding: p, dilation: d } = c;
  const x = tensor64(c.x);
  const w = tensor64(c.w);
  const g = tensor64(c.dout);
  const [N, Cin, H, W] = x.shape;
  const [Cout, , kH, kW] = w.shape;
  const [, , Ho, Wo] = g.shape;
  // One sum over N·Ho·Wo terms per channel, as tfjs reduces a broadcast's gradient.
  const db = sum(reshape(transpose(g, [1, 0, 2, 3]), [Cout, N * Ho * Wo]), { axis: 1 });
  // dw[co][ci][a][e] = Σ dout[n][co][i][j]·x[n][ci][i·s − p + a·d][j·s − p + e·d]: x correlated with dout.
  const dwT = conv2d(transpose(x, [1, 0, 2, 3]), transpose(g, [1, 0, 2, 3]), {
    stride: [d, d],
    padding: [p, p],
    dilation: [s, s],
  });
  const dw = transpose(crop(dwT, kH, kW), [1, 0, 2, 3]);
  // The transposed convolution: w as [Cin, Cout, kH, kW], each kernel turned by 180°.
  const dx = conv2d(spread(g, c, H, W, kH, kW), flip(transpose(w, [1, 0, 2, 3])), { dilation: [d, d] });
  if (dx.shape.join() !== [N, Cin, H, W].join()) throw new Error(`oracle: dx has shape [${dx.shape.join(', ')}]`);
  return { dx, dw, db };
}
