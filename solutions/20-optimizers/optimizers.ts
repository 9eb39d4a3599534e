export interface SgdOptions {
  readonly lr: number;
  readonly momentum: number;
  readonly weightDecay: number;
  readonly nesterov?: boolean;
}

export interface SgdState {
  readonly momentumBuffer: number[];
}

export interface AdamOptions {
  readonly lr: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  readonly weightDecay: number;
}

export interface AdamState {
  readonly step: number;
  readonly m: number[];
  readonly v: number[];
}

export function sgdStep(
  params: number[],
  grads: number[],
  state: SgdState,
  options: SgdOptions,
): { params: number[]; state: SgdState } {
  const { lr, momentum, weightDecay, nesterov = false } = options;
  const next = new Array<number>(params.length);
  const buffer = new Array<number>(params.length);
  for (let i = 0; i < params.length; i++) {
    // L2 regularisation: the gradient of (λ/2)·‖p‖² joins the loss's gradient.
    const g = grads[i] + weightDecay * params[i];
    // torch.optim.SGD, dampening 0: b ← μ·b + g (the first step, from b = 0, sets b = g).
    const b = momentum * state.momentumBuffer[i] + g;
    buffer[i] = b;
    next[i] = params[i] - lr * (nesterov ? g + momentum * b : b);
  }
  return { params: next, state: { momentumBuffer: buffer } };
}

/** One Adam update of params with gradients g, no weight decay: shared by Adam (after L2) and AdamW (after decay). */
function adamUpdate(
  params: number[],
  g: number[],
  state: AdamState,
  options: AdamOptions,
): { params: number[]; state: AdamState } {
  const { lr, beta1, beta2, eps } = options;
  const t = state.step + 1;
  const bc1 = 1 - beta1 ** t;
  const bc2 = 1 - beta2 ** t;
  const m = state.m.map((mi, i) => beta1 * mi + (1 - beta1) * g[i]);
  const v = state.v.map((vi, i) => beta2 * vi + (1 - beta2) * g[i] * g[i]);
  const next = params.map((p, i) => p - (lr * (m[i] / bc1)) / (Math.sqrt(v[i] / bc2) + eps));
  return { params: next, state: { step: t, m, v } };
}

export function adamStep(
  params: number[],
  grads: number[],
  state: AdamState,
  options: AdamOptions,
): { params: number[]; state: AdamState } {
  // torch.optim.Adam's weight_decay is L2: λ·p is added to the gradient, then normalised with it.
  const g = grads.map((gi, i) => gi + options.weightDecay * params[i]);
  return adamUpdate(params, g, state, options);
}

export function adamwStep(
  params: number[],
  grads: number[],
  state: AdamState,
  options: AdamOptions,
): { params: number[]; state: AdamState } {
  // torch.optim.AdamW: decoupled decay p ← p·(1 − lr·λ) first, then Adam on the untouched gradient.
  const decayed = params.map((p) => p * (1 - options.lr * options.weightDecay));
  return adamUpdate(decayed, grads, state, options);
}
