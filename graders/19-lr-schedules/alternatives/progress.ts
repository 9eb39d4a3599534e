// Correct, written differently: each decay as a function of a progress
// p ∈ [0, 1] clamped once, the cosine factor by the half-angle identity
// (1 + cos πp)/2 = cos²(πp/2), powers as exp(k·log γ), and warmupCosine as
// one piecewise expression of p.
export interface StepDecayOptions {
  readonly baseLr: number;
  readonly stepSize: number;
  readonly gamma: number;
}

export interface ExponentialDecayOptions {
  readonly baseLr: number;
  readonly gamma: number;
}

export interface CosineDecayOptions {
  readonly baseLr: number;
  readonly minLr: number;
  readonly totalSteps: number;
}

export interface LinearWarmupOptions {
  readonly baseLr: number;
  readonly warmupSteps: number;
}

export interface WarmupCosineOptions {
  readonly baseLr: number;
  readonly minLr: number;
  readonly warmupSteps: number;
  readonly totalSteps: number;
}

const isStep = (t: number): boolean => Number.isSafeInteger(t) && t >= 0;

const power = (gamma: number, k: number): number => (k === 0 ? 1 : Math.exp(k * Math.log(gamma)));

/** The fraction of [start, end] behind t, held in [0, 1]. */
const progress = (t: number, start: number, end: number): number =>
  Math.min(1, Math.max(0, (t - start) / (end - start)));

const halfCos = (p: number): number => Math.cos((Math.PI * p) / 2) ** 2;

export function stepDecay(t: number, { baseLr, stepSize, gamma }: StepDecayOptions): number {
  if (!isStep(t) || stepSize <= 0) throw new RangeError('stepDecay needs an integer t ≥ 0 and stepSize ≥ 1');
  return baseLr * power(gamma, Math.trunc(t / stepSize));
}

export function exponentialDecay(t: number, { baseLr, gamma }: ExponentialDecayOptions): number {
  if (!isStep(t)) throw new RangeError('exponentialDecay needs an integer t ≥ 0');
  return baseLr * power(gamma, t);
}

export function cosineDecay(t: number, { baseLr, minLr, totalSteps }: CosineDecayOptions): number {
  if (!isStep(t) || totalSteps <= 0) throw new RangeError('cosineDecay needs an integer t ≥ 0 and totalSteps ≥ 1');
  return minLr + (baseLr - minLr) * halfCos(progress(t, 0, totalSteps));
}

export function linearWarmup(t: number, { baseLr, warmupSteps }: LinearWarmupOptions): number {
  if (!isStep(t)) throw new RangeError('linearWarmup needs an integer t ≥ 0');
  return warmupSteps === 0 ? baseLr : baseLr * progress(t, 0, warmupSteps);
}

export function warmupCosine(t: number, { baseLr, minLr, warmupSteps, totalSteps }: WarmupCosineOptions): number {
  if (!isStep(t) || totalSteps <= warmupSteps) throw new RangeError('warmupCosine needs an integer t ≥ 0 and T > W');
  return t < warmupSteps
    ? baseLr * progress(t, 0, warmupSteps)
    : minLr + (baseLr - minLr) * halfCos(progress(t, warmupSteps, totalSteps));
}
