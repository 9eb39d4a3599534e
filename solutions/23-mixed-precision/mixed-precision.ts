/** The largest finite float16: (2 − 2⁻¹⁰)·2¹⁵. */
const FLOAT16_MAX = 65504;

export function toFloat16(x: number): number {
  if (!Number.isFinite(x)) return x;
  const a = Math.abs(x);
  // The binade's exponent, clamped at the smallest normal one: below 2⁻¹⁴ the grid is the subnormals' 2⁻²⁴.
  // Math.log2 may round up just below a power of two; that value rounds up to the power in either grid.
  const e = Math.max(Math.floor(Math.log2(a)), -14);
  const ulp = 2 ** (e - 10);
  const q = a / ulp;
  let n = Math.floor(q);
  const r = q - n;
  if (r > 0.5 || (r === 0.5 && n % 2 === 1)) n += 1;
  const h = n * ulp;
  return Math.sign(x) * (h > FLOAT16_MAX ? Number.POSITIVE_INFINITY : h);
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
  const { growthFactor = 2, backoffFactor = 0.5, growthInterval = 2000 } = opts;
  if (!(state.scale > 0 && state.scale < Number.POSITIVE_INFINITY))
    throw new RangeError(`scale must be positive and finite, got ${state.scale}`);
  if (!(growthFactor > 1)) throw new RangeError(`growthFactor must be > 1, got ${growthFactor}`);
  if (!(backoffFactor > 0 && backoffFactor < 1))
    throw new RangeError(`backoffFactor must be in (0, 1), got ${backoffFactor}`);
  if (!(Number.isInteger(growthInterval) && growthInterval >= 1))
    throw new RangeError(`growthInterval must be an integer ≥ 1, got ${growthInterval}`);
  if (foundInf) return { scale: state.scale * backoffFactor, goodSteps: 0 };
  const good = state.goodSteps + 1;
  if (good >= growthInterval) return { scale: state.scale * growthFactor, goodSteps: 0 };
  return { scale: state.scale, goodSteps: good };
}

export function ampStep(
  master: number[],
  grad16: number[],
  state: ScalerState,
  opts: AmpOptions,
): { master: number[]; half: number[]; state: ScalerState; skipped: boolean } {
  // GradScaler multiplies by the reciprocal, in full precision.
  const inv = 1 / state.scale;
  const grads = grad16.map((g) => g * inv);
  const foundInf = grads.some((g) => !Number.isFinite(g));
  const next = scalerUpdate(state, foundInf, opts);
  const updated = foundInf ? [...master] : master.map((w, i) => w - opts.lr * grads[i]);
  return { master: updated, half: updated.map(toFloat16), state: next, skipped: foundInf };
}
