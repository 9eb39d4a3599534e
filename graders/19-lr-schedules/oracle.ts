import { add, cos, div, fromParts, mul, scalar64, sub, type Tensor64, tensor64 } from '../kit/tensor';
import { pow64 } from './pow64';

// The schedules in float64, from their documented definitions (tfjs has no
// learning-rate schedules: these are the truth), each over the steps
// t = 0 … steps − 1 of one configuration:
//   StepLR             baseLr·γ^⌊t/stepSize⌋                      (PyTorch, torch.optim.lr_scheduler.StepLR)
//   ExponentialLR      baseLr·γ^t                                 (PyTorch, ExponentialLR)
//   CosineAnnealingLR  minLr + (baseLr − minLr)·(1 + cos(π·t/T))/2 (PyTorch's closed form, eta_min = minLr),
//                      held at minLr for t > T                     (as nanoGPT and timm hold the floor)
//   linear warmup      baseLr·t/W for t < W, then baseLr           (Hugging Face, get_linear_schedule_with_warmup)
//   warmup + cosine    the warmup, then the cosine over p = (t − W)/(T − W)
//                                                                  (Hugging Face, get_cosine_schedule_with_warmup)
// Learner and oracle are both float64, so float64Bounds of these tensors is
// the tolerance. The ops compose as the solution does; the rates and γ are
// counted as rounded on their way in (kit/tensor's default for an input),
// which is the rounding other correct compositions add at the inputs'
// magnitude — a midpoint (baseLr + minLr)/2 and a swing, cos²(πp/2), a loop
// of k products for γ^k — so one bound holds for all of them
// (oracle.test.ts measures the margin). Steps and counts are exact integers.
// A `Slip` switches on one mistake: what code that makes it returns.

export interface Case {
  readonly baseLr: number;
  /** The floor, 0 ≤ minLr < baseLr. */
  readonly minLr: number;
  /** 0 < γ < 1, for step and exponential decay. */
  readonly gamma: number;
  readonly stepSize: number;
  readonly warmupSteps: number;
  /** T > warmupSteps ≥ 0. */
  readonly totalSteps: number;
  /** How many steps are looked at: t = 0 … steps − 1, past T. */
  readonly steps: number;
}

/** One mistake, as code makes it; {} is every schedule done right. */
export interface Slip {
  /** stepDecay's exponent: t/stepSize unfloored, or ⌊(t + 1)/stepSize⌋. */
  readonly stepExponent?: 'unfloored' | 'one-early';
  /** exponentialDecay as baseLr·γ·t. */
  readonly exponentialTimesT?: boolean;
  /** The cosine factor (1 + cos)/2 as 1 + cos, or as cos alone. */
  readonly cosineFactor?: 'no-half' | 'not-shifted';
  readonly ignoresFloor?: boolean;
  /** cos(2π·p) for cos(π·p). */
  readonly fullPeriod?: boolean;
  /** Past T, the closed form instead of minLr. */
  readonly notHeld?: boolean;
  /** warmupCosine's progress t/(T − W) or (t − W)/T. */
  readonly progress?: 'no-offset' | 'over-total';
  /** baseLr·(t + 1)/W. */
  readonly warmupFromOne?: boolean;
}

const exact = (v: number): Tensor64 => tensor64(v, { exact: true });
const rate = (v: number): Tensor64 => tensor64(v);
export const stepsOf = (c: Case): number[] => Array.from({ length: c.steps }, (_, t) => t);

/** Scalars (rank 0) as one vector, [n]. */
function stack(scalars: readonly Tensor64[]): Tensor64 {
  return fromParts(
    [scalars.length],
    Float64Array.from(scalars, (s) => s.data[0]),
    Float64Array.from(scalars, (s) => s.err[0]),
    scalars.reduce((d, s) => Math.max(d, s.depth), 0),
  );
}

export function stepDecay64(c: Case, s: Slip = {}): Tensor64 {
  const k = stepsOf(c).map((t) =>
    s.stepExponent === 'unfloored'
      ? t / c.stepSize
      : Math.floor((s.stepExponent === 'one-early' ? t + 1 : t) / c.stepSize),
  );
  // An unfloored t/stepSize is itself rounded; ⌊·⌋ of integers is exact.
  return mul(rate(c.baseLr), pow64(rate(c.gamma), tensor64(k, { exact: s.stepExponent !== 'unfloored' })));
}

export function exponentialDecay64(c: Case, s: Slip = {}): Tensor64 {
  const t = tensor64(stepsOf(c), { exact: true });
  if (s.exponentialTimesT) return mul(mul(rate(c.baseLr), rate(c.gamma)), t);
  return mul(rate(c.baseLr), pow64(rate(c.gamma), t));
}

/** minLr + (baseLr − minLr)·(1 + cos(π·p))/2 for one progress p (a rank-0 tensor). */
function halfCosine64(p: Tensor64, c: Case, s: Slip): Tensor64 {
  const angle = mul(scalar64(s.fullPeriod ? 2 * Math.PI : Math.PI), p);
  const cosine = cos(angle);
  const rise = s.cosineFactor === 'not-shifted' ? cosine : add(1, cosine);
  const span = s.ignoresFloor ? rate(c.baseLr) : sub(rate(c.baseLr), rate(c.minLr));
  const scaled =
    s.cosineFactor === 'no-half' || s.cosineFactor === 'not-shifted' ? mul(span, rise) : div(mul(span, rise), 2);
  return s.ignoresFloor ? scaled : add(rate(c.minLr), scaled);
}

const cosineAt = (t: number, c: Case, s: Slip): Tensor64 =>
  halfCosine64(div(exact(s.notHeld ? t : Math.min(t, c.totalSteps)), exact(c.totalSteps)), c, s);

export function cosineDecay64(c: Case, s: Slip = {}): Tensor64 {
  return stack(stepsOf(c).map((t) => cosineAt(t, c, s)));
}

function warmupAt(t: number, c: Case, s: Slip): Tensor64 {
  if (t >= c.warmupSteps) return rate(c.baseLr);
  return div(mul(rate(c.baseLr), exact(s.warmupFromOne ? t + 1 : t)), exact(c.warmupSteps));
}

export function linearWarmup64(c: Case, s: Slip = {}): Tensor64 {
  return stack(stepsOf(c).map((t) => warmupAt(t, c, s)));
}

function warmupCosineAt(t: number, c: Case, s: Slip): Tensor64 {
  const { warmupSteps: W, totalSteps: T } = c;
  if (t < W) return warmupAt(t, c, s);
  const held = s.notHeld ? t : Math.min(t, T);
  const p =
    s.progress === 'no-offset'
      ? div(exact(held), exact(T - W))
      : div(exact(held - W), exact(s.progress === 'over-total' ? T : T - W));
  return halfCosine64(p, c, s);
}

export function warmupCosine64(c: Case, s: Slip = {}): Tensor64 {
  return stack(stepsOf(c).map((t) => warmupCosineAt(t, c, s)));
}

/** Each schedule's oracle, by the learner function's name. */
export const oracles = {
  stepDecay: stepDecay64,
  exponentialDecay: exponentialDecay64,
  cosineDecay: cosineDecay64,
  linearWarmup: linearWarmup64,
  warmupCosine: warmupCosine64,
} as const;

export type ScheduleFn = keyof typeof oracles;

/** Element i of a vector, as a rank-0 tensor with its bound. */
export function at(v: Tensor64, i: number): Tensor64 {
  return fromParts([], Float64Array.of(v.data[i]), Float64Array.of(v.err[i]), v.depth);
}
