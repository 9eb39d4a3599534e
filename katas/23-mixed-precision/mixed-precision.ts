import { notImplemented } from '#lib';

/**
 * TODO: the float16 value nearest to x, as a number — IEEE 754 binary16
 * (sign 1 bit, exponent 5 bits with bias 15, mantissa 10 bits), round to
 * nearest, ties to even.
 *
 * - Normal halves: (1 + m/2¹⁰)·2^(e−15), e = 1…30; between 2^k and 2^(k+1)
 *   the grid spacing (ulp) is 2^(k−10).
 * - Subnormals: m·2⁻²⁴, m = 0…1023 (smallest 2⁻²⁴, largest 2⁻¹⁴ − 2⁻²⁴):
 *   below 2⁻¹⁴ the spacing stays 2⁻²⁴.
 * - Overflow: 65504 is the largest finite half; |x| ≥ 65520 (halfway to the
 *   would-be next value 65536, which is "even") rounds to ±Infinity, so
 *   65519.99 → 65504.
 * - NaN → NaN, ±Infinity → ±Infinity, and the sign of zero is kept: −0 → −0,
 *   and a negative x too small for half (−2⁻²⁶) → −0.
 *
 * Work on x itself (a float64): rounding it to float32 first (Math.fround)
 * rounds twice.
 */
export function toFloat16(x: number): number {
  return notImplemented('toFloat16');
}

/** A dynamic loss scaler's state: the current scale and the clean steps since it last changed. */
export interface ScalerState {
  readonly scale: number;
  readonly goodSteps: number;
}

/**
 * PyTorch's torch.cuda.amp.GradScaler defaults, used for any option left
 * out: growthFactor 2, backoffFactor 0.5, growthInterval 2000 (a new scaler
 * starts at { scale: 2 ** 16, goodSteps: 0 }).
 */
export interface ScalerOptions {
  readonly growthFactor?: number;
  readonly backoffFactor?: number;
  readonly growthInterval?: number;
}

export interface AmpOptions extends ScalerOptions {
  /** SGD's learning rate. */
  readonly lr: number;
}

/**
 * TODO: one update of the scaler after a step (GradScaler.update).
 *
 * - foundInf (some gradient was inf or NaN): scale ← scale·backoffFactor,
 *   goodSteps ← 0 (the step itself is skipped).
 * - otherwise goodSteps + 1; when that reaches growthInterval,
 *   scale ← scale·growthFactor and goodSteps ← 0.
 *
 * Throw an Error for a scale that is not positive and finite, growthFactor
 * ≤ 1, backoffFactor outside (0, 1), or a growthInterval that is not an
 * integer ≥ 1. Return a new state; leave the argument unchanged.
 */
export function scalerUpdate(state: ScalerState, foundInf: boolean, opts: ScalerOptions = {}): ScalerState {
  return notImplemented('scalerUpdate');
}

/**
 * TODO: one mixed-precision SGD step. `master` holds the full-precision
 * master weights; `grad16` the gradients of the scaled loss (loss·scale), as
 * float16 values.
 *
 * 1. Unscale in full precision: g = grad16 / scale (not rounded to float16).
 * 2. If any g is inf or NaN, skip the step: master unchanged, skipped true.
 *    Otherwise master ← master − lr·g.
 * 3. The scaler is updated as scalerUpdate(state, skipped, opts).
 * 4. half: the float16 copy of the (new) master weights, toFloat16 of each,
 *    for the next forward pass.
 *
 * Invalid options throw as in scalerUpdate. Return new arrays; leave the
 * arguments unchanged.
 */
export function ampStep(
  master: number[],
  grad16: number[],
  state: ScalerState,
  opts: AmpOptions,
): { master: number[]; half: number[]; state: ScalerState; skipped: boolean } {
  return notImplemented('ampStep');
}
