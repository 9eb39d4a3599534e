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

function checkStep(t: number): void {
  if (!Number.isInteger(t) || t < 0) throw new RangeError(`the step t must be an integer ≥ 0, got ${t}`);
}

/** From baseLr at progress p = 0 down to minLr at p = 1, along half a cosine period. */
function halfCosine(p: number, baseLr: number, minLr: number): number {
  return minLr + ((baseLr - minLr) * (1 + Math.cos(Math.PI * p))) / 2;
}

export function stepDecay(t: number, { baseLr, stepSize, gamma }: StepDecayOptions): number {
  checkStep(t);
  if (stepSize <= 0) throw new RangeError(`stepSize must be ≥ 1, got ${stepSize}`);
  return baseLr * gamma ** Math.floor(t / stepSize);
}

export function exponentialDecay(t: number, { baseLr, gamma }: ExponentialDecayOptions): number {
  checkStep(t);
  return baseLr * gamma ** t;
}

export function cosineDecay(t: number, { baseLr, minLr, totalSteps }: CosineDecayOptions): number {
  checkStep(t);
  if (totalSteps <= 0) throw new RangeError(`totalSteps must be ≥ 1, got ${totalSteps}`);
  return halfCosine(Math.min(t, totalSteps) / totalSteps, baseLr, minLr);
}

export function linearWarmup(t: number, { baseLr, warmupSteps }: LinearWarmupOptions): number {
  checkStep(t);
  return t < warmupSteps ? (baseLr * t) / warmupSteps : baseLr;
}

export function warmupCosine(t: number, { baseLr, minLr, warmupSteps, totalSteps }: WarmupCosineOptions): number {
  checkStep(t);
  if (totalSteps <= warmupSteps)
    throw new RangeError(`totalSteps (${totalSteps}) must exceed warmupSteps (${warmupSteps})`);
  if (t < warmupSteps) return linearWarmup(t, { baseLr, warmupSteps });
  return halfCosine((Math.min(t, totalSteps) - warmupSteps) / (totalSteps - warmupSteps), baseLr, minLr);
}
