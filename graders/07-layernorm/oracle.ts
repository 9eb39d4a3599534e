import { add, div, mean, mul, neg, scalar64, sqrt, square, sub, sum, type Tensor64, tensor64 } from '../kit/tensor';

// LayerNorm in float64, carrying the float32 reference's error bounds
// (kit/tensor), composed as the tfjs reference computes it: tf.moments
// (mean, then mean(square(x − μ))), (x − μ)/sqrt(σ² + ε), ·γ + β; the
// gradients op by op as tfjs's autodiff goes through that graph (div's
// −Σ(dy·a)/b², sqrt's dy/(2√v), mean's dy/D, square's dy·2d, the two
// subtractions of μ), so the bounds are the reference's. A `Slip` is one
// mistake: what code that makes it returns (the compact backward, applied
// to what that code's forward computed).

export type Matrix = number[][];

export interface Case {
  /** [N, D]: N rows, each normalised over its D features. */
  readonly x: Matrix;
  readonly gamma: number[];
  readonly beta: number[];
  readonly eps: number;
  /** ∂L/∂out, [N, D]. */
  readonly dout: Matrix;
}

/** A type, not an interface: named outputs for checkReference and confirmMistakes. */
export type LayerNormOutputs = {
  readonly out: Tensor64;
  readonly dx: Tensor64;
  readonly dgamma: Tensor64;
  readonly dbeta: Tensor64;
};

/** One mistake, as code makes it; {} is LayerNorm done right. */
export interface Slip {
  /** Statistics over axis 0, the batch, as BatchNorm takes them. */
  readonly axis?: 'batch';
  readonly variance?: 'unbiased';
  /** No −μ: RMSNorm's x/√(mean(x²) + ε). */
  readonly centred?: false;
  readonly eps?: 'outside-sqrt';
  readonly backward?: 'no-mean-term' | 'no-projection-term' | 'dgamma-without-xhat' | 'dx-without-gamma';
}

interface Forward {
  readonly d: Tensor64;
  readonly v: Tensor64;
  readonly std: Tensor64;
  readonly xhat: Tensor64;
  readonly gamma: Tensor64;
  readonly out: Tensor64;
}

function forward(c: Case, s: Slip): Forward {
  const axis = s.axis === 'batch' ? 0 : -1;
  const n = s.axis === 'batch' ? c.x.length : c.x[0].length;
  const x = tensor64(c.x);
  const d = s.centred === false ? x : sub(x, mean(x, { axis, keepDims: true }));
  const squares = square(d);
  const variance =
    s.variance === 'unbiased'
      ? div(sum(squares, { axis, keepDims: true }), n - 1)
      : mean(squares, { axis, keepDims: true });
  const eps = scalar64(c.eps);
  const v = add(variance, eps);
  const std = s.eps === 'outside-sqrt' ? add(sqrt(variance), eps) : sqrt(v);
  const xhat = div(d, std);
  const gamma = tensor64(c.gamma);
  return { d, v, std, xhat, gamma, out: add(mul(xhat, gamma), tensor64(c.beta)) };
}

/** x̂ of each row, for properties that need it (rows normalised, dx orthogonal to x̂). */
export const xhat64 = (c: Case): Tensor64 => forward(c, {}).xhat;

/** The truth: the forward and tfjs's autodiff of ⟨dout, out⟩, op by op. */
export function oracle(c: Case): LayerNormOutputs {
  const { d, v, std, xhat, gamma, out } = forward(c, {});
  const D = c.x[0].length;
  const g = tensor64(c.dout);
  const row = { axis: -1, keepDims: true };
  const dxhat = mul(g, gamma);
  const fromNumerator = div(dxhat, std);
  const dstd = neg(div(sum(mul(dxhat, d), row), square(std)));
  const dv = div(dstd, mul(sqrt(v), 2));
  const fromSquare = mul(div(dv, D), mul(d, 2));
  const dmu = add(neg(sum(fromNumerator, row)), neg(sum(fromSquare, row)));
  return {
    out,
    dx: add(add(fromNumerator, fromSquare), div(dmu, D)),
    dgamma: sum(mul(g, xhat), { axis: 0 }),
    dbeta: sum(g, { axis: 0 }),
  };
}

/** What code with the slip returns: its forward, and the compact backward with that slip. */
export function slipped(c: Case, s: Slip): LayerNormOutputs {
  const { std, xhat, gamma, out } = forward(c, s);
  const g = tensor64(c.dout);
  const row = { axis: -1, keepDims: true };
  const dxhat = s.backward === 'dx-without-gamma' ? g : mul(g, gamma);
  let inner = dxhat;
  if (s.backward !== 'no-mean-term') inner = sub(inner, mean(dxhat, row));
  if (s.backward !== 'no-projection-term') inner = sub(inner, mul(xhat, mean(mul(dxhat, xhat), row)));
  return {
    out,
    dx: div(inner, std),
    dgamma: sum(s.backward === 'dgamma-without-xhat' ? g : mul(g, xhat), { axis: 0 }),
    dbeta: sum(g, { axis: 0 }),
  };
}
