import { notImplemented } from '#lib';

// Three optimizers as pure step functions on flat parameter vectors, with
// PyTorch's semantics exactly (the pseudo-code of torch.optim.SGD, Adam and
// AdamW). A step takes the parameters, their gradients, the optimizer state
// and the options, and returns NEW parameters and a NEW state: leave every
// argument unchanged (PyTorch updates in place; here nothing may be mutated).
// The state is plain data in the documented form, so a run can be saved and
// resumed from it.

/** Options of torch.optim.SGD (dampening 0). nesterov defaults to false. */
export interface SgdOptions {
  readonly lr: number;
  readonly momentum: number;
  readonly weightDecay: number;
  readonly nesterov?: boolean;
}

/**
 * SGD's state: PyTorch's momentum buffer b, one number per parameter. A run
 * starts from b = 0 (zeros), so the first step sets b = g, as PyTorch does.
 */
export interface SgdState {
  readonly momentumBuffer: number[];
}

/** Options of torch.optim.Adam and AdamW (PyTorch's defaults: lr 1e-3, β = (0.9, 0.999), ε = 1e-8). */
export interface AdamOptions {
  readonly lr: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  readonly weightDecay: number;
}

/**
 * Adam's and AdamW's state: the number of steps taken so far and the two
 * moment estimates. A run starts from { step: 0, m: zeros, v: zeros }; a step
 * returns step + 1, and t = step + 1 is the t of the bias correction.
 */
export interface AdamState {
  readonly step: number;
  readonly m: number[];
  readonly v: number[];
}

/**
 * TODO: one step of torch.optim.SGD.
 *   g ← grad + λ·p                   (weightDecay λ: L2, through the gradient)
 *   b ← μ·b + g                      (momentum μ; dampening 0)
 *   g ← g + μ·b if nesterov, else g ← b
 *   p ← p − lr·g
 * Return the new params and { momentumBuffer: b } (with μ = 0, b = g).
 */
export function sgdStep(
  params: number[],
  grads: number[],
  state: SgdState,
  options: SgdOptions,
): { params: number[]; state: SgdState } {
  return notImplemented('sgdStep');
}

/**
 * TODO: one step of torch.optim.Adam, t = state.step + 1.
 *   g ← grad + λ·p                   (weightDecay λ: L2, through the gradient)
 *   m ← β1·m + (1 − β1)·g,   v ← β2·v + (1 − β2)·g²
 *   m̂ = m/(1 − β1ᵗ),         v̂ = v/(1 − β2ᵗ)
 *   p ← p − lr·m̂/(√v̂ + ε)            (ε outside the square root)
 * Return the new params and { step: t, m, v } (m and v uncorrected).
 */
export function adamStep(
  params: number[],
  grads: number[],
  state: AdamState,
  options: AdamOptions,
): { params: number[]; state: AdamState } {
  return notImplemented('adamStep');
}

/**
 * TODO: one step of torch.optim.AdamW: decoupled weight decay first,
 *   p ← p·(1 − lr·λ),
 * then exactly Adam's step on the gradient, which λ does not touch.
 */
export function adamwStep(
  params: number[],
  grads: number[],
  state: AdamState,
  options: AdamOptions,
): { params: number[]; state: AdamState } {
  return notImplemented('adamwStep');
}
