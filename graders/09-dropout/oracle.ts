import { seededRng } from '../../katas/lib/rng';
import { mul, type Tensor64, tensor64 } from '../kit/tensor';

// Inverted dropout in float64. tfjs has no dropout with an injected rng, so
// the truth is the definition: the mask follows from the documented draws
// (one rng() per element, row-major, kept iff u ≥ p), and what remains is
// out = x·M and dx = dout·M with M = mask/(1 − p). M is computed in float64
// and read by the reference as float32 (tensor64 without `exact` carries
// that rounding), so reference.bounds(oracle) is tfjs's tf.mul(x, M). A
// `Slip` is one mistake: what code that makes it returns.

export type Matrix = number[][];

export interface Case {
  /** [N, D]. */
  readonly x: Matrix;
  /** The drop probability, in [0, 1]. */
  readonly p: number;
  /** [N, D]: what rng() returns, call after call, in row-major order; each in [0, 1). */
  readonly us: Matrix;
  /** Seeds the stream rng() continues with after the N·D numbers of `us`. */
  readonly seed: number;
  /** ∂L/∂out, [N, D]. */
  readonly dout: Matrix;
}

/** A type, not an interface: named outputs for checkReference and confirmMistakes. */
export type DropoutOutputs = { readonly out: Tensor64; readonly dx: Tensor64 };

/** One mistake, as code makes it; {} is inverted dropout done right. */
export interface Slip {
  /** What kept units are multiplied by, instead of 1/(1 − p). */
  readonly scale?: 'none' | 'one-over-p' | 'keep-probability';
  /** 'below-p': kept iff u < p. 'per-row': one draw per row, the i-th deciding row i. */
  readonly keep?: 'below-p' | 'per-row';
  /** M = m/(1 − p) as a product: 0/0 = NaN everywhere at p = 1. */
  readonly divideMask?: true;
  /** 'ignores-mask': dx = dout/(1 − p). 'no-scale': dx = dout·m. 'redraws': dx from the next N·D draws. */
  readonly backward?: 'ignores-mask' | 'no-scale' | 'redraws';
}

/** The rng() stream a case hands the learner: `us` row-major, then seededRng(seed). */
export function continuation(c: Case, count: number): number[] {
  const rest = seededRng(c.seed);
  return Array.from({ length: count }, () => rest());
}

const scaleOf = (p: number, s: Slip): number =>
  s.scale === 'none' ? 1 : s.scale === 'one-over-p' ? 1 / p : s.scale === 'keep-probability' ? 1 - p : 1 / (1 - p);

/** Which units are kept: 1 or 0, [N, D]. */
function keptUnits(c: Case, s: Slip, draws: Matrix = c.us): Matrix {
  const flat = draws.flat();
  return draws.map((row, i) =>
    row.map((u) => {
      if (s.keep === 'per-row') return flat[i] >= c.p ? 1 : 0;
      if (s.keep === 'below-p') return u < c.p ? 1 : 0;
      return u >= c.p ? 1 : 0;
    }),
  );
}

const scaledMask = (kept: Matrix, p: number, s: Slip): Matrix => {
  const k = scaleOf(p, s);
  return kept.map((row) => row.map((m) => (s.divideMask ? m / (1 - p) : m === 1 ? k : 0)));
};

/** M = mask/(1 − p) from the documented draws: what the reference multiplies by. */
export const maskOf = (c: Case): Matrix => scaledMask(keptUnits(c, {}), c.p, {});

/** What code with the slip returns in training mode ({}: the truth). */
export function slipped(c: Case, s: Slip): DropoutOutputs {
  const kept = keptUnits(c, s);
  const M = scaledMask(kept, c.p, s);
  let back = M;
  if (s.backward === 'ignores-mask') back = M.map((row) => row.map(() => scaleOf(c.p, s)));
  if (s.backward === 'no-scale') back = kept;
  if (s.backward === 'redraws') {
    const [N, D] = [c.x.length, c.x[0].length];
    const next = continuation(c, N * D);
    const redrawn = c.x.map((_, i) => next.slice(i * D, (i + 1) * D));
    back = scaledMask(keptUnits(c, s, redrawn), c.p, s);
  }
  return { out: mul(tensor64(c.x), tensor64(M)), dx: mul(tensor64(c.dout), tensor64(back)) };
}

/** The truth in training mode. */
export const oracle = (c: Case): DropoutOutputs => slipped(c, {});
