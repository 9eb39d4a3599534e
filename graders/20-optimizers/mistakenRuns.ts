import type { AdamRun, SgdRun } from './cases';

// What code with each mistake computes, in plain float64, step by step as
// the learner's code would: no reference computes a mistake, so no bounds
// travel with it (confirmMistakes allows it a relative 2⁻²⁰).

export interface SgdMistakes {
  /** b ← μb + (1 − μ)g: momentum as an exponential moving average. */
  readonly dampened?: boolean;
  /** g ← g − λp. */
  readonly decaySign?: -1 | 1;
  /** Sutskever's velocity v ← μv − lr·g, p ← p + v (p + μv − lr·g with Nesterov), returned as the buffer. */
  readonly velocity?: boolean;
}

export function sgdWith(c: SgdRun, { dampened = false, decaySign = 1, velocity = false }: SgdMistakes) {
  let p = [...c.params];
  let b = [...c.state.momentumBuffer];
  const params: number[][] = [];
  c.grads.forEach((grad, t) => {
    const lr = c.lrs[t];
    const g = grad.map((gi, i) => gi + decaySign * c.weightDecay * p[i]);
    if (velocity) {
      b = b.map((bi, i) => c.momentum * bi - lr * g[i]);
      p = p.map((pi, i) => pi + (c.nesterov ? c.momentum * b[i] - lr * g[i] : b[i]));
    } else {
      b = b.map((bi, i) => c.momentum * bi + (dampened ? 1 - c.momentum : 1) * g[i]);
      p = p.map((pi, i) => pi - lr * (c.nesterov ? g[i] + c.momentum * b[i] : b[i]));
    }
    params.push(p);
  });
  return { params, momentumBuffer: b };
}

export interface AdamMistakes {
  /** Weight decay: 'l2' through the gradient, 'decoupled' p·(1 − lr·λ) before the step, 'no-lr' p·(1 − λ) before, 'after' p·(1 − lr·λ) after. */
  readonly decay: 'l2' | 'decoupled' | 'no-lr' | 'after';
  /** m̂ = m, v̂ = v. */
  readonly noBiasCorrection?: boolean;
  /** 1 − β^(t−1): the first step divides by 0. */
  readonly biasOffByOne?: boolean;
  /** √(v̂ + ε). */
  readonly epsInside?: boolean;
  /** v ← β2v + (1 − β2)g. */
  readonly vFromG?: boolean;
}

export function adamWith(c: AdamRun, s: AdamMistakes) {
  let p = [...c.params];
  let m = [...c.state.m];
  let v = [...c.state.v];
  let step = c.state.step;
  const params: number[][] = [];
  c.grads.forEach((grad, k) => {
    const lr = c.lrs[k];
    const t = step + 1;
    const before = s.decay === 'decoupled' ? 1 - lr * c.weightDecay : s.decay === 'no-lr' ? 1 - c.weightDecay : 1;
    const decayed = p.map((pi) => pi * before);
    const g = grad.map((gi, i) => gi + (s.decay === 'l2' ? c.weightDecay * p[i] : 0));
    m = m.map((mi, i) => c.beta1 * mi + (1 - c.beta1) * g[i]);
    v = v.map((vi, i) => c.beta2 * vi + (1 - c.beta2) * (s.vFromG ? g[i] : g[i] * g[i]));
    const power = s.biasOffByOne ? t - 1 : t;
    const bc1 = s.noBiasCorrection ? 1 : 1 - c.beta1 ** power;
    const bc2 = s.noBiasCorrection ? 1 : 1 - c.beta2 ** power;
    const updated = decayed.map((pi, i) => {
      const vHat = v[i] / bc2;
      const denominator = s.epsInside ? Math.sqrt(vHat + c.eps) : Math.sqrt(vHat) + c.eps;
      return pi - (lr * (m[i] / bc1)) / denominator;
    });
    p = s.decay === 'after' ? updated.map((pi) => pi * (1 - lr * c.weightDecay)) : updated;
    params.push(p);
    step = t;
  });
  return { params, m, v };
}
