// Correct, written differently: powers by loops (step decay multiplies γ in
// at each boundary it passes), the cosine as its midpoint plus a swing,
// guards before any arithmetic.
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

function assertStep(t: number): void {
  if (t < 0 || Math.floor(t) !== t) throw new Error(`bad step ${t}`);
}

export function stepDecay(t: number, options: StepDecayOptions): number {
  assertStep(t);
  if (!(options.stepSize >= 1)) throw new Error('stepSize must be positive');
  let lr = options.baseLr;
  for (let boundary = options.stepSize; boundary <= t; boundary += options.stepSize) lr *= options.gamma;
  return lr;
}

export function exponentialDecay(t: number, options: ExponentialDecayOptions): number {
  assertStep(t);
  let lr = options.baseLr;
  for (let i = 0; i < t; i++) lr *= options.gamma;
  return lr;
}

function cosineFrom(baseLr: number, minLr: number, step: number, span: number): number {
  if (step >= span) return minLr;
  const mid = (baseLr + minLr) / 2;
  const swing = (baseLr - minLr) / 2;
  return mid + swing * Math.cos((Math.PI * step) / span);
}

export function cosineDecay(t: number, options: CosineDecayOptions): number {
  assertStep(t);
  if (!(options.totalSteps >= 1)) throw new Error('totalSteps must be positive');
  return cosineFrom(options.baseLr, options.minLr, t, options.totalSteps);
}

export function linearWarmup(t: number, options: LinearWarmupOptions): number {
  assertStep(t);
  if (t >= options.warmupSteps) return options.baseLr;
  return options.baseLr * (t / options.warmupSteps);
}

export function warmupCosine(t: number, options: WarmupCosineOptions): number {
  assertStep(t);
  const { baseLr, minLr, warmupSteps, totalSteps } = options;
  if (!(totalSteps > warmupSteps)) throw new Error('no steps left to decay');
  if (t < warmupSteps) return linearWarmup(t, options);
  return cosineFrom(baseLr, minLr, t - warmupSteps, totalSteps - warmupSteps);
}
