import { abs, add, div, fromParts, mul, scalar64, sqrt, sub, type Tensor64, tensor64 } from '../kit/tensor';
import type { AdamRun, SgdRun } from './cases';

// The three optimizers in float64 with kit/tensor's ops, from torch.optim's
// documented pseudo-code (https://pytorch.org/docs/stable/optim.html: SGD,
// Adam, AdamW). Each op carries the error bound of the same formula computed
// in float32, so one oracle serves two comparisons: reference.test.ts proves
// tfjs's tf.train.momentum and tf.train.adam (float32) against it within
// those bounds — the proof that this is PyTorch's algorithm — and the grader
// compares the learner's float64 run with it within float64Bounds.
//
// Why the grader compares with this oracle and not with tfjs itself: tfjs
// has no weight decay, no AdamW and no per-step learning rate, and its
// float32 run over 40 steps carries a bound that grows with every step,
// while the mistakes to be seen (ε inside the square root, decay applied
// after the update) are small effects. The float64 oracle is exact enough
// for every case the grader draws, and tfjs vouches for it.

/** Rows of one length, stacked: [steps, n]. */
export function stack(rows: readonly Tensor64[]): Tensor64 {
  const n = rows[0]?.data.length ?? 0;
  const data = new Float64Array(rows.length * n);
  const err = new Float64Array(rows.length * n);
  rows.forEach((r, t) => {
    data.set(r.data, t * n);
    err.set(r.err, t * n);
  });
  return fromParts([rows.length, n], data, err, Math.max(0, ...rows.map((r) => r.depth)));
}

export type SgdOutputs = { readonly params: Tensor64; readonly momentumBuffer: Tensor64 };
export type AdamOutputs = { readonly params: Tensor64; readonly m: Tensor64; readonly v: Tensor64 };

export interface SgdSwitches {
  /** Weight decay p ← p·(1 − lr·λ) before a step without it (SGDW), instead of L2 through the gradient. */
  readonly decoupled?: boolean;
}

/**
 * torch.optim.SGD, dampening 0: g ← g + λp; b ← μb + g (b starts at the
 * state's buffer, 0 for a fresh run, so the first step sets b = g);
 * g ← g + μb with Nesterov, else g ← b; p ← p − lr·g. As tfjs's momentum
 * optimizer computes it: b ← μ·b + g, p ← p + (−lr)·g.
 */
export function sgd64(c: SgdRun, { decoupled = false }: SgdSwitches = {}): SgdOutputs {
  const mu = scalar64(c.momentum);
  const lambda = scalar64(c.weightDecay);
  let p = tensor64(c.params);
  let b = tensor64(c.state.momentumBuffer);
  const rows: Tensor64[] = [];
  c.grads.forEach((grad, t) => {
    const lr = scalar64(c.lrs[t]);
    let g = tensor64(grad);
    if (decoupled) p = mul(p, sub(1, mul(lr, lambda)));
    else g = add(g, mul(lambda, p));
    b = add(mul(mu, b), g);
    const d = c.nesterov ? add(g, mul(b, mu)) : b;
    p = add(p, mul(mul(-1, lr), d));
    rows.push(p);
  });
  return { params: stack(rows), momentumBuffer: b };
}

export interface AdamSwitches {
  /** AdamW: p ← p·(1 − lr·λ) before the step, the gradient untouched; else Adam's L2, g ← g + λp. */
  readonly decoupled?: boolean;
}

/**
 * torch.optim.Adam (L2: g ← g + λp) or AdamW (p ← p·(1 − lr·λ) first), then
 * with t = step + 1: m ← β1m + (1 − β1)g, v ← β2v + (1 − β2)g²,
 * p ← p − lr·(m/(1 − β1ᵗ))/(√(v/(1 − β2ᵗ)) + ε). As tfjs's adam computes it:
 * β1ᵗ as a running product (accBeta1 ← accBeta1·β1), 1 − β1 as a constant.
 */
export function adam64(c: AdamRun, { decoupled = false }: AdamSwitches = {}): AdamOutputs {
  const beta1 = scalar64(c.beta1);
  const beta2 = scalar64(c.beta2);
  const oneMinusBeta1 = scalar64(1 - c.beta1);
  const oneMinusBeta2 = scalar64(1 - c.beta2);
  const eps = scalar64(c.eps);
  const lambda = scalar64(c.weightDecay);
  let p = tensor64(c.params);
  let m = tensor64(c.state.m);
  let v = tensor64(c.state.v);
  // β^t for t = step + 1, as a running product from β^step (Math.pow of the saved step, exact for a fresh run).
  let acc1 = mul(scalar64(c.beta1 ** c.state.step), beta1);
  let acc2 = mul(scalar64(c.beta2 ** c.state.step), beta2);
  const rows: Tensor64[] = [];
  c.grads.forEach((grad, t) => {
    const lr = scalar64(c.lrs[t]);
    let g = tensor64(grad);
    if (decoupled) p = mul(p, sub(1, mul(lr, lambda)));
    else g = add(g, mul(lambda, p));
    m = add(mul(m, beta1), mul(g, oneMinusBeta1));
    v = add(mul(v, beta2), mul(mul(g, g), oneMinusBeta2));
    const mHat = div(m, sub(1, acc1));
    const vHat = div(v, sub(1, acc2));
    p = add(mul(div(mHat, add(sqrt(vHat), eps)), mul(-1, lr)), p);
    rows.push(p);
    acc1 = mul(acc1, beta1);
    acc2 = mul(acc2, beta2);
  });
  return { params: stack(rows), m, v };
}

/** The first step from a fresh state in closed form: m̂ = g and v̂ = g², so p − lr·g/(|g| + ε). */
export function firstAdamStep64(c: AdamRun): Tensor64 {
  const g = tensor64(c.grads[0]);
  return sub(tensor64(c.params), div(mul(scalar64(c.lrs[0]), g), add(abs(g), scalar64(c.eps))));
}
