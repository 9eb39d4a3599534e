// Correct, written differently: one loop over per-parameter records
// { p, g, m, v }, Math.pow for βᵗ, L2 decay from one shared helper, and
// AdamW as Adam with a flag that moves the decay out of the gradient.
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

interface Slot {
  p: number;
  g: number;
  m: number;
  v: number;
}

const withL2 = (g: number, p: number, lambda: number): number => g + lambda * p;

export function sgdStep(
  params: number[],
  grads: number[],
  state: SgdState,
  options: SgdOptions,
): { params: number[]; state: SgdState } {
  const out: number[] = [];
  const buffer: number[] = [];
  for (let i = 0; i < params.length; i++) {
    const g = withL2(grads[i], params[i], options.weightDecay);
    const b = g + options.momentum * state.momentumBuffer[i];
    const d = options.nesterov === true ? g + options.momentum * b : b;
    buffer.push(b);
    out.push(params[i] - options.lr * d);
  }
  return { params: out, state: { momentumBuffer: buffer } };
}

function adamFamily(
  params: number[],
  grads: number[],
  state: AdamState,
  o: AdamOptions,
  decoupled: boolean,
): { params: number[]; state: AdamState } {
  const t = state.step + 1;
  const c1 = 1 - o.beta1 ** t;
  const c2 = 1 - o.beta2 ** t;
  const slots: Slot[] = params.map((p, i) => ({
    p: decoupled ? p - o.lr * o.weightDecay * p : p,
    g: decoupled ? grads[i] : withL2(grads[i], p, o.weightDecay),
    m: state.m[i],
    v: state.v[i],
  }));
  for (const s of slots) {
    s.m = o.beta1 * s.m + (1 - o.beta1) * s.g;
    s.v = o.beta2 * s.v + (1 - o.beta2) * (s.g * s.g);
    const mHat = s.m / c1;
    const vHat = s.v / c2;
    s.p -= (o.lr * mHat) / (Math.sqrt(vHat) + o.eps);
  }
  return {
    params: slots.map((s) => s.p),
    state: { step: t, m: slots.map((s) => s.m), v: slots.map((s) => s.v) },
  };
}

export function adamStep(
  params: number[],
  grads: number[],
  state: AdamState,
  options: AdamOptions,
): { params: number[]; state: AdamState } {
  return adamFamily(params, grads, state, options, false);
}

export function adamwStep(
  params: number[],
  grads: number[],
  state: AdamState,
  options: AdamOptions,
): { params: number[]; state: AdamState } {
  return adamFamily(params, grads, state, options, true);
}
