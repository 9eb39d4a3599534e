// Correct, written differently: Adam in Kingma & Ba's efficient form (Algorithm 1's
// note, §2), the bias corrections folded into one step size and into ε; and
// Nesterov's step written from the buffer's change. Equal to PyTorch's form
// in exact arithmetic: lr·(m/bc1)/(√(v/bc2) + ε) = (lr·√bc2/bc1)·m/(√v + ε·√bc2).
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
  const { lr, momentum: mu, weightDecay, nesterov } = options;
  const before = state.momentumBuffer;
  const buffer = params.map((p, i) => mu * before[i] + (grads[i] + weightDecay * p));
  // g + μ·b with g = b − μ·b_prev is b + μ·(b − b_prev).
  const direction = nesterov ? buffer.map((b, i) => b + mu * (b - before[i])) : buffer;
  return { params: params.map((p, i) => p - lr * direction[i]), state: { momentumBuffer: buffer } };
}

function adam(
  params: number[],
  grads: number[],
  state: AdamState,
  options: AdamOptions,
): { params: number[]; state: AdamState } {
  const { lr, beta1, beta2, eps } = options;
  const step = state.step + 1;
  const root = Math.sqrt(1 - beta2 ** step);
  const alpha = (lr * root) / (1 - beta1 ** step);
  const epsHat = eps * root;
  const m = grads.map((g, i) => beta1 * state.m[i] + (1 - beta1) * g);
  const v = grads.map((g, i) => beta2 * state.v[i] + (1 - beta2) * g ** 2);
  return { params: params.map((p, i) => p - (alpha * m[i]) / (Math.sqrt(v[i]) + epsHat)), state: { step, m, v } };
}

export function adamStep(
  params: number[],
  grads: number[],
  state: AdamState,
  options: AdamOptions,
): { params: number[]; state: AdamState } {
  return adam(
    params,
    grads.map((g, i) => g + options.weightDecay * params[i]),
    state,
    options,
  );
}

export function adamwStep(
  params: number[],
  grads: number[],
  state: AdamState,
  options: AdamOptions,
): { params: number[]; state: AdamState } {
  const keep = 1 - options.lr * options.weightDecay;
  return adam(
    params.map((p) => keep * p),
    grads,
    state,
    options,
  );
}
