import { add, matmul, mul, relu, step, sum, type Tensor64, tensor64 } from '../kit/tensor';

// The residual block in float64, carrying the float32 reference's error
// bounds (kit/tensor), composed as the tfjs reference computes it: z =
// matMul(x, W1ᵀ) + b1, h = relu(z), out = x + (matMul(h, W2ᵀ) + b2); the
// gradients as tfjs's autodiff goes through that graph (matMul's dy·B and
// dyᵀ·A, relu's dy·step(z), add's sum over the broadcast rows, and x's two
// paths added). A `Slip` is one mistake: what code that makes it returns.

export type Matrix = number[][];

export interface Case {
  /** [N, D] */
  readonly x: Matrix;
  /** [H, D], [H], [D, H], [D]: PyTorch's nn.Linear layout. */
  readonly W1: Matrix;
  readonly b1: number[];
  readonly W2: Matrix;
  readonly b2: number[];
  /** ∂L/∂out, [N, D]. */
  readonly dout: Matrix;
}

/** A type, not an interface: named outputs for checkReference and confirmMistakes. */
export type ResidualOutputs = {
  readonly out: Tensor64;
  readonly dx: Tensor64;
  readonly dW1: Tensor64;
  readonly db1: Tensor64;
  readonly dW2: Tensor64;
  readonly db2: Tensor64;
};

/** One mistake, as code makes it; {} is the block done right. */
export interface Slip {
  /** out = ReLU(x + F(x)), ResNet v1's post-activation, not the stated x + F(x). */
  readonly reluAfterAddition?: true;
  /** x·W instead of x·Wᵀ in both linear layers (only a square W has the shape for it). */
  readonly notTransposed?: true;
  /** dx through F only, the skip's dout forgotten. */
  readonly noSkipInDx?: true;
  /** Bias gradients summed over the features of each row instead of over the batch. */
  readonly biasAxis?: 'features';
  /** ReLU′(0) = 1: the mask z ≥ 0. */
  readonly maskAtZero?: 1;
  /** dW2 = doutᵀ·z, the pre-activation instead of h = ReLU(z). */
  readonly dW2FromZ?: true;
  /** dz = dh: ReLU's mask left out of the backward. */
  readonly noMask?: true;
}

/** The truth: the forward and tfjs's autodiff of ⟨dout, out⟩, op by op. */
export function oracle(c: Case): ResidualOutputs {
  return slipped(c, {});
}

/** What code with the slip returns: its forward, and the backward with that slip (on the true cache). */
export function slipped(c: Case, s: Slip): ResidualOutputs {
  const x = tensor64(c.x);
  const W1 = tensor64(c.W1);
  const W2 = tensor64(c.W2);
  const linear = { transposeB: !s.notTransposed };
  const z = add(matmul(x, W1, linear), tensor64(c.b1));
  const f = add(matmul(relu(z), W2, linear), tensor64(c.b2));
  const sum2 = add(x, f);
  const out = s.reluAfterAddition ? relu(sum2) : sum2;
  // The backward, always of the stated block (a slip in the forward only changes out).
  const zt = add(matmul(x, W1, { transposeB: true }), tensor64(c.b1));
  const h = relu(zt);
  const g = tensor64(c.dout);
  const bias = s.biasAxis === 'features' ? { axis: 1 } : { axis: 0 };
  const dh = matmul(g, W2);
  const mask = s.maskAtZero ? atOrAbove(zt) : step(zt);
  const dz = s.noMask ? dh : mul(dh, mask);
  const fromF = matmul(dz, W1);
  return {
    out,
    dx: s.noSkipInDx ? fromF : add(g, fromF),
    dW1: matmul(dz, x, { transposeA: true }),
    db1: sum(dz, bias),
    dW2: matmul(g, s.dW2FromZ ? zt : h, { transposeA: true }),
    db2: sum(g, bias),
  };
}

/** 1 where z ≥ 0: ReLU′(0) taken as 1 (exact, as step is). */
function atOrAbove(z: Tensor64): Tensor64 {
  return tensor64(z.shape.length === 2 ? rows(z).map((r) => r.map((v) => (v >= 0 ? 1 : 0))) : []);
}

function rows(t: Tensor64): Matrix {
  const [n, m] = t.shape;
  return Array.from({ length: n }, (_, i) => Array.from(t.data.subarray(i * m, (i + 1) * m)));
}
