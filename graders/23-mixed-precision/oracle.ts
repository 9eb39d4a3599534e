// The kata from its definitions, written apart from the solution: float16
// rounding by looking the nearest value up in the list of every half
// (IEEE 754-2008 binary16, round to nearest, ties to even), the scaler as
// PyTorch's GradScaler documents its update (torch.cuda.amp.GradScaler:
// "scale is multiplied by backoff_factor if any inf/NaN is found, and by
// growth_factor after growth_interval unskipped iterations in a row"), each
// with a switch per mistake. There is no tfjs reference: tfjs has no float16
// rounding, so the truth is this file, proven in oracle.test.ts.

/** How a mistaken conversion rounds; the default is the truth. */
export interface HalfSlip {
  readonly rounding?: 'nearest-even' | 'truncate' | 'ties-away';
  /** 'above-max': every |x| > 65504 is infinite; 'saturate': clamps at ±65504. */
  readonly overflow?: 'ieee' | 'above-max' | 'saturate';
  /** Every |x| < 2⁻¹⁴ becomes a zero of x's sign. */
  readonly flushSubnormals?: boolean;
  /** Every zero result is +0. */
  readonly loseNegativeZero?: boolean;
  /** x goes through float32 first. */
  readonly viaFloat32?: boolean;
}

/**
 * The non-negative halves in order, by their 15 low bits: code c < 1024 is
 * the subnormal c·2⁻²⁴; code c ≥ 1024 has exponent field c >> 10 and
 * mantissa c & 1023, value (1024 + mantissa)·2^(field − 25). Code 31744 is
 * +Infinity's pattern; its place on the grid would be 2¹⁶ = 65536, which is
 * what the rounding compares with (and its code is even). Each value has at
 * most 11 significant bits, so it is exact in float64, and so is the midpoint
 * of two neighbours (12 bits).
 */
export const HALF_GRID: Float64Array = Float64Array.from({ length: 31745 }, (_, c) =>
  c < 1024 ? c * 2 ** -24 : (1024 + (c & 1023)) * 2 ** ((c >> 10) - 25),
);

/** Codes of the finite non-negative halves: 0…31743. */
export const FINITE_HALF_CODES = 31744;

/** The largest code whose value is ≤ a, for 0 ≤ a < 65536. */
function floorCode(a: number): number {
  let lo = 0;
  let hi = HALF_GRID.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (HALF_GRID[mid] <= a) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** |x| rounded onto the grid (a code), a ≥ 0 finite; codes ≥ 31744 overflow. */
function roundCode(a: number, rounding: HalfSlip['rounding']): number {
  if (a >= HALF_GRID[HALF_GRID.length - 1]) return HALF_GRID.length - 1;
  const below = floorCode(a);
  if (HALF_GRID[below] === a || rounding === 'truncate') return below;
  const mid = (HALF_GRID[below] + HALF_GRID[below + 1]) / 2;
  if (a < mid) return below;
  if (a > mid) return below + 1;
  if (rounding === 'ties-away') return below + 1;
  return below % 2 === 0 ? below : below + 1;
}

/** toFloat16 by the definition, or with a mistake switched on. */
export function half64(x: number, slip: HalfSlip = {}): number {
  if (Number.isNaN(x)) return Number.NaN;
  const v = slip.viaFloat32 ? Math.fround(x) : x;
  const negative = v < 0 || Object.is(v, -0);
  const a = Math.abs(v);
  let h: number;
  if (slip.overflow === 'above-max' && a > 65504) h = Number.POSITIVE_INFINITY;
  else if (slip.flushSubnormals && a < 2 ** -14) h = 0;
  else if (a === Number.POSITIVE_INFINITY) h = a;
  else {
    const code = roundCode(a, slip.rounding);
    h = code >= FINITE_HALF_CODES ? Number.POSITIVE_INFINITY : HALF_GRID[code];
    if (slip.overflow === 'saturate' && h === Number.POSITIVE_INFINITY) h = 65504;
  }
  if (!negative || (h === 0 && slip.loseNegativeZero)) return h;
  return -h;
}

/** The grid spacing at x: 2^(k − 10) for 2^k ≤ |x| < 2^(k+1), k ≥ −14; 2⁻²⁴ below 2⁻¹⁴. */
export function halfUlp(x: number): number {
  const a = Math.abs(x);
  let k = -14;
  while (k < 15 && 2 ** (k + 1) <= a) k++;
  return 2 ** (k - 10);
}

export interface State {
  readonly scale: number;
  readonly goodSteps: number;
}

export interface Options {
  readonly growthFactor: number;
  readonly backoffFactor: number;
  readonly growthInterval: number;
}

/** PyTorch's defaults (torch.cuda.amp.GradScaler): init_scale 2¹⁶, growth 2, backoff 0.5, interval 2000. */
export const GRAD_SCALER_DEFAULTS: Options & { readonly initScale: number } = {
  initScale: 2 ** 16,
  growthFactor: 2,
  backoffFactor: 0.5,
  growthInterval: 2000,
};

export interface ScalerSlip {
  /** Grows after growthInterval + 1 clean steps. */
  readonly growsLate?: boolean;
  /** An overflow leaves goodSteps as it was. */
  readonly keepsCount?: boolean;
}

/** One GradScaler.update: back off on an overflow, grow after growthInterval clean steps in a row. */
export function update64(s: State, foundInf: boolean, o: Options, slip: ScalerSlip = {}): State {
  if (foundInf) return { scale: s.scale * o.backoffFactor, goodSteps: slip.keepsCount ? s.goodSteps : 0 };
  const good = s.goodSteps + 1;
  const interval = slip.growsLate ? o.growthInterval + 1 : o.growthInterval;
  return good === interval ? { scale: s.scale * o.growthFactor, goodSteps: 0 } : { scale: s.scale, goodSteps: good };
}

/** The states after each flag of a sequence. */
export function scalerRun64(s0: State, flags: readonly boolean[], o: Options, slip: ScalerSlip = {}): State[] {
  const out: State[] = [];
  let s = s0;
  for (const f of flags) {
    s = update64(s, f, o, slip);
    out.push(s);
  }
  return out;
}

export interface AmpSlip extends ScalerSlip {
  readonly unscaleInFloat16?: boolean;
  readonly forgetsUnscale?: boolean;
  readonly stepsOnOverflow?: boolean;
  readonly masterInFloat16?: boolean;
}

export interface AmpCase {
  readonly master: number[];
  readonly grad16: number[];
  readonly state: State;
  readonly opts: Options & { readonly lr: number };
}

export interface AmpResult {
  readonly master: number[];
  readonly half: number[];
  readonly state: State;
  readonly skipped: boolean;
}

/** A mixed-precision SGD step: unscale in float64, skip on inf/NaN, update the float64 master, copy to half. */
export function ampStep64({ master, grad16, state, opts }: AmpCase, slip: AmpSlip = {}): AmpResult {
  const unscaled = grad16.map((g) => {
    if (slip.forgetsUnscale) return g;
    return slip.unscaleInFloat16 ? half64(g / state.scale) : g / state.scale;
  });
  const skipped = unscaled.some((g) => !Number.isFinite(g));
  const updated =
    skipped && !slip.stepsOnOverflow
      ? [...master]
      : master.map((w, i) => {
          const next = w - opts.lr * unscaled[i];
          return slip.masterInFloat16 ? half64(next) : next;
        });
  return {
    master: updated,
    half: updated.map((w) => half64(w)),
    state: update64(state, skipped, opts, slip),
    skipped,
  };
}
