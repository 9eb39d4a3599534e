// Correct, written differently: the binade found by halving and doubling,
// Math.round for the rounding (it sends ties up, which is undone when the
// result is odd), and the gradients unscaled by dividing by the scale.
export function toFloat16(x: number): number {
  if (Number.isNaN(x)) return x;
  const negative = x < 0 || Object.is(x, -0);
  let a = negative ? -x : x;
  if (a >= 65520) a = Number.POSITIVE_INFINITY;
  else if (a > 0) {
    // ulp = 2^(k − 10) for 2^k ≤ a < 2^(k+1), k ≥ −14.
    let k = -14;
    while (2 ** (k + 1) <= a) k++;
    const ulp = 2 ** (k - 10);
    const q = a / ulp;
    let n = Math.round(q);
    if (n - q === 0.5 && n % 2 !== 0) n -= 1;
    a = n * ulp;
  }
  return negative ? -a : a;
}

export interface ScalerState {
  readonly scale: number;
  readonly goodSteps: number;
}

export interface ScalerOptions {
  readonly growthFactor?: number;
  readonly backoffFactor?: number;
  readonly growthInterval?: number;
}

export interface AmpOptions extends ScalerOptions {
  readonly lr: number;
}

export function scalerUpdate(state: ScalerState, foundInf: boolean, opts: ScalerOptions = {}): ScalerState {
  const growth = opts.growthFactor ?? 2;
  const backoff = opts.backoffFactor ?? 0.5;
  const interval = opts.growthInterval ?? 2000;
  if (!(state.scale > 0) || state.scale === Number.POSITIVE_INFINITY) throw new Error('bad scale');
  if (!(growth > 1) || !(backoff > 0) || !(backoff < 1)) throw new Error('bad growth or backoff factor');
  if (!(interval >= 1) || Math.floor(interval) !== interval) throw new Error('bad growth interval');
  if (foundInf) return { scale: state.scale * backoff, goodSteps: 0 };
  return state.goodSteps === interval - 1
    ? { scale: state.scale * growth, goodSteps: 0 }
    : { scale: state.scale, goodSteps: state.goodSteps + 1 };
}

export function ampStep(
  master: number[],
  grad16: number[],
  state: ScalerState,
  opts: AmpOptions,
): { master: number[]; half: number[]; state: ScalerState; skipped: boolean } {
  const grads = grad16.map((g) => g / state.scale);
  const skipped = !grads.every(Number.isFinite);
  const nextState = scalerUpdate(state, skipped, opts);
  const weights = master.map((w, i) => (skipped ? w : w - opts.lr * grads[i]));
  return { master: weights, half: weights.map(toFloat16), state: nextState, skipped };
}
