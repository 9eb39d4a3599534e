import {
  add,
  cos,
  div,
  exp,
  log,
  matmul,
  mul,
  type Nested,
  scalar64,
  sin,
  type Tensor64,
  tensor64,
} from '../kit/tensor';
import type { RopeCase } from './cases';

// The kata in float64, carrying the float32 reference's error bounds
// (kit/tensor's sin and cos), composed as reference.ts gives tfjs:
//   θ_j = exp((2⌊j/2⌋ / −d) · log(base))            one frequency per dimension j
//   PE  = sin(pos·θ)·even + cos(pos·θ)·odd           even/odd: 0/1 masks of the dimensions
//   out = x·cos(mθ) + (x·P)·sin(mθ)                  P: (x·P)[2i] = −x[2i+1], (x·P)[2i+1] = x[2i]
//   dx  = dout·cos(mθ) + (dout·sin(mθ))·Pᵀ           tfjs's autodiff of out
// A `Slip` switches on one mistake: what code that makes it returns.

export const DEFAULT_BASE = 10000;

/** One mistake, as code makes it; {} is the kata done right. */
export interface Slip {
  /** θ_i = base^(−2j/d) with the dimension index j = 2i, or base^(+2i/d). */
  readonly frequency?: 'dimension-index' | 'base-in-numerator';
  /** θ_i = θ_0 = 1 for every pair. */
  readonly sameAngle?: boolean;
  /** Pairs (i, i + d/2), as rotate_half (and [sin | cos] concatenated in the encoding). */
  readonly halfSplit?: boolean;
  readonly encoding?: 'swapped' | 'from-one';
  /** ropeRotate turns by −mθ (and ropeBackward, its transpose, by +mθ). */
  readonly reversed?: boolean;
  /** ropeBackward turns dout by +mθ, the forward rotation. */
  readonly backwardForward?: boolean;
}

/** The pair dimension j belongs to, and whether it is the pair's first member. */
function pairOf(j: number, d: number, s: Slip): { i: number; first: boolean } {
  return s.halfSplit ? { i: j % (d / 2), first: j < d / 2 } : { i: Math.floor(j / 2), first: j % 2 === 0 };
}

/** θ for each of the d dimensions, [d]. */
export function frequencies64(d: number, base: number, s: Slip = {}): Tensor64 {
  if (s.sameAngle)
    return tensor64(
      Array.from({ length: d }, () => 1),
      { exact: true },
    );
  const twoI = Array.from({ length: d }, (_, j) => 2 * pairOf(j, d, s).i * (s.frequency === 'dimension-index' ? 2 : 1));
  const exponent = div(tensor64(twoI, { exact: true }), s.frequency === 'base-in-numerator' ? d : -d);
  return exp(mul(exponent, log(scalar64(base))));
}

/** Positions as a column [L, 1], exact integers. */
const column = (positions: readonly number[]): Tensor64 =>
  tensor64(
    positions.map((p) => [p]),
    { exact: true },
  );

/** 1 where dimension j is the first member of its pair (sin in the encoding), [d]. */
export function firstMask(d: number, s: Slip = {}): number[] {
  return Array.from({ length: d }, (_, j) => (pairOf(j, d, s).first ? 1 : 0));
}

/** PE [length, d]. */
export function encoding64(length: number, d: number, s: Slip = {}): Tensor64 {
  const start = s.encoding === 'from-one' ? 1 : 0;
  const angles = mul(column(Array.from({ length }, (_, p) => p + start)), frequencies64(d, DEFAULT_BASE, s));
  const first = firstMask(d, s);
  const [sinMask, cosMask] =
    s.encoding === 'swapped' ? [first.map((v) => 1 - v), first] : [first, first.map((v) => 1 - v)];
  return add(
    mul(sin(angles), tensor64(sinMask, { exact: true })),
    mul(cos(angles), tensor64(cosMask, { exact: true })),
  );
}

/** P [d, d], exact: x·P puts −x[partner] on a pair's first member and x[partner] on its second. */
export function pairSwap(d: number, s: Slip = {}): number[][] {
  const P = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (let j = 0; j < d; j++) {
    const { i, first } = pairOf(j, d, s);
    if (!first) continue;
    const partner = s.halfSplit ? i + d / 2 : j + 1;
    P[partner][j] = -1;
    P[j][partner] = 1;
  }
  return P;
}

/** cos(mθ) and sin(mθ) for each row and dimension, [L, d]; a reversed rotation has −sin. */
function angles64(c: RopeCase, s: Slip): { cos: Tensor64; sin: Tensor64 } {
  const d = c.x[0].length;
  const a = mul(column(c.positions), frequencies64(d, c.base ?? DEFAULT_BASE, s));
  return { cos: cos(a), sin: sin(a) };
}

/** R(mθ)·v row by row: v·cos + (v·P)·sin, with P negated for the opposite turn; or its transpose, v·cos + (v·sin)·Pᵀ. */
export function turn(v: Tensor64, cos: Tensor64, sin: Tensor64, P: Nested, transposeB: boolean): Tensor64 {
  return add(
    mul(v, cos),
    transposeB
      ? matmul(mul(v, sin), tensor64(P, { exact: true }), { transposeB })
      : mul(matmul(v, tensor64(P, { exact: true })), sin),
  );
}

/** ropeBackward(ropeRotate(x)) in float64 with its bound: x again, up to rounding. */
export function roundTrip64(c: RopeCase): Tensor64 {
  const P = pairSwap(c.x[0].length);
  const { cos, sin } = angles64(c, {});
  return turn(turn(tensor64(c.x), cos, sin, P, false), cos, sin, P, true);
}

/** ropeRotate's out and ropeBackward's dx for the case, [L, d] each. */
export function rope64(c: RopeCase, s: Slip = {}): { out: Tensor64; dx: Tensor64 } {
  const d = c.x[0].length;
  const { cos, sin } = angles64(c, s);
  const P = pairSwap(d, s);
  const Pr = s.reversed ? P.map((row) => row.map((v) => -v)) : P;
  const x = tensor64(c.x);
  const dout = tensor64(c.dout);
  return {
    out: turn(x, cos, sin, Pr, false),
    // The transpose of the forward's turn, or (a mistake) the forward's turn itself.
    dx: s.backwardForward ? turn(dout, cos, sin, Pr, false) : turn(dout, cos, sin, Pr, true),
  };
}
