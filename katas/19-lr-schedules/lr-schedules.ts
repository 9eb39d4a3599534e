import { notImplemented } from '#lib';

// Learning-rate schedules as pure functions of the step t: the optimizer's
// first update is t = 0, and lr(t) is the learning rate that update uses.
// Every function throws an Error (any Error, any wording) when t is not an
// integer ≥ 0, and on the invalid settings its own comment names.

export interface StepDecayOptions {
  readonly baseLr: number;
  /** Steps between two drops: an integer ≥ 1 (throw an Error when stepSize ≤ 0). */
  readonly stepSize: number;
  /** The factor of each drop, 0 < γ < 1. */
  readonly gamma: number;
}

/**
 * PyTorch's StepLR: lr(t) = baseLr·γ^⌊t/stepSize⌋, a staircase that keeps
 * baseLr for t = 0 … stepSize − 1 and is multiplied by γ at t = stepSize,
 * 2·stepSize, …
 */
export function stepDecay(t: number, options: StepDecayOptions): number {
  return notImplemented('stepDecay');
}

export interface ExponentialDecayOptions {
  readonly baseLr: number;
  /** The factor of every step, 0 < γ < 1. */
  readonly gamma: number;
}

/** PyTorch's ExponentialLR: lr(t) = baseLr·γ^t. */
export function exponentialDecay(t: number, options: ExponentialDecayOptions): number {
  return notImplemented('exponentialDecay');
}

export interface CosineDecayOptions {
  readonly baseLr: number;
  /** The floor, 0 ≤ minLr < baseLr (PyTorch's eta_min). */
  readonly minLr: number;
  /** T, the step at which the floor is reached: an integer ≥ 1 (throw an Error when totalSteps ≤ 0). */
  readonly totalSteps: number;
}

/**
 * Cosine annealing without restarts (PyTorch's CosineAnnealingLR, closed form):
 *   lr(t) = minLr + (baseLr − minLr)·(1 + cos(π·t/T))/2   for 0 ≤ t ≤ T,
 *   lr(t) = minLr                                        for t > T.
 * baseLr at t = 0, (baseLr + minLr)/2 at t = T/2, minLr from t = T on.
 */
export function cosineDecay(t: number, options: CosineDecayOptions): number {
  return notImplemented('cosineDecay');
}

export interface LinearWarmupOptions {
  readonly baseLr: number;
  /** W, an integer ≥ 0; W = 0 means no warmup (baseLr from t = 0). */
  readonly warmupSteps: number;
}

/**
 * Hugging Face's linear warmup (get_linear_schedule_with_warmup's ramp):
 *   lr(t) = baseLr·t/W   for t < W,
 *   lr(t) = baseLr       for t ≥ W.
 * The first step t = 0 has lr 0, and baseLr is reached at t = W exactly
 * (not baseLr·(t + 1)/W: that ramp is one step early, and is graded as wrong).
 */
export function linearWarmup(t: number, options: LinearWarmupOptions): number {
  return notImplemented('linearWarmup');
}

export interface WarmupCosineOptions {
  readonly baseLr: number;
  /** The floor, 0 ≤ minLr < baseLr. */
  readonly minLr: number;
  /** W, an integer ≥ 0. */
  readonly warmupSteps: number;
  /** T, an integer > W (throw an Error when totalSteps ≤ warmupSteps). */
  readonly totalSteps: number;
}

/**
 * Linear warmup, then cosine decay over the remaining T − W steps:
 *   lr(t) = baseLr·t/W                                   for t < W,
 *   lr(t) = minLr + (baseLr − minLr)·(1 + cos(π·p))/2    for W ≤ t ≤ T, p = (t − W)/(T − W),
 *   lr(t) = minLr                                        for t > T.
 * It reaches baseLr at t = W and minLr at t = T.
 */
export function warmupCosine(t: number, options: WarmupCosineOptions): number {
  return notImplemented('warmupCosine');
}
