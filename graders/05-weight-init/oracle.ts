import { seededRng } from '../../katas/lib/rng';
import { add, mul, type Nested, scalar64, sqrt, type Tensor64, tensor64, unflatten } from '../kit/tensor';

// The initialisers in float64. tfjs has no initialiser with an injected rng,
// so the truth is the definition: fans from the shape (PyTorch's
// _calculate_fan_in_and_fan_out), the target variance from the fans, and
// for a uniform the documented draw w = −a + 2a·u, one rng() per element in
// row-major order; the reference computes that last line in float32
// (reference.ts), so reference.bounds(uniform) is its tolerance. Normal
// draws are graded by their statistics only (expectStreamStatistics.ts):
// the Box–Muller layout here is the one the stub recommends, which lets the
// engine name a mistake from a learner's exact outputs. A `Slip` is one
// mistake: what code that makes it returns.

export type InitFn = 'xavierUniform' | 'xavierNormal' | 'heUniform' | 'heNormal';
export const UNIFORM_FNS = ['xavierUniform', 'heUniform'] as const;
export const NORMAL_FNS = ['xavierNormal', 'heNormal'] as const;

export interface Case {
  /** [out, in] or [Cout, Cin, kH, kW]. */
  readonly shape: readonly number[];
  /** What rng() returns first, call after call: 2·size(shape) numbers in [0, 1). */
  readonly us: readonly number[];
  /** Seeds the stream rng() continues with after `us`. */
  readonly seed: number;
}

export interface Fans {
  readonly fanIn: number;
  readonly fanOut: number;
}

/** One mistake, as code makes it; {} is every initialiser done right. */
export interface Slip {
  /** fanIn = Cin, fanOut = Cout for a conv. */
  readonly noReceptiveField?: true;
  /** The variance a function targets instead of its own, from the fans. */
  readonly variance?: Partial<Record<InitFn, (f: Fans) => number>>;
  /** Normal functions that scale z by the variance, not its square root. */
  readonly stdIsVariance?: readonly InitFn[];
  /** Uniform functions that return a·u, on [0, a). */
  readonly notCentred?: readonly InitFn[];
  /** Normal functions that return √3·σ·(2u − 1), one draw per element. */
  readonly uniformForNormal?: readonly InitFn[];
}

export const sizeOf = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

export function fansOf(shape: readonly number[], s: Slip = {}): Fans {
  const receptiveField = s.noReceptiveField ? 1 : sizeOf(shape.slice(2));
  return { fanIn: shape[1] * receptiveField, fanOut: shape[0] * receptiveField };
}

/** Var(w) each initialiser targets: Glorot's 2/(fanIn + fanOut), He's gain²/fanIn with the ReLU gain √2. */
const variances: Record<InitFn, (f: Fans) => number> = {
  xavierUniform: ({ fanIn, fanOut }) => 2 / (fanIn + fanOut),
  xavierNormal: ({ fanIn, fanOut }) => 2 / (fanIn + fanOut),
  heUniform: ({ fanIn }) => 2 / fanIn,
  heNormal: ({ fanIn }) => 2 / fanIn,
};

export function varianceOf(fn: InitFn, shape: readonly number[], s: Slip = {}): number {
  return (s.variance?.[fn] ?? variances[fn])(fansOf(shape, s));
}

/** a = √(3·Var(w)): √(6/(fanIn + fanOut)) for Xavier, √(6/fanIn) for He; as a tracked scalar. */
export function boundOf(fn: InitFn, shape: readonly number[], s: Slip = {}): Tensor64 {
  return sqrt(scalar64(3 * varianceOf(fn, shape, s)));
}

/** The first n numbers rng() returns on a case. */
export function drawsOf(c: Case, n: number): number[] {
  const rest = seededRng(c.seed);
  return Array.from({ length: n }, (_, k) => (k < c.us.length ? c.us[k] : rest()));
}

/** w = −a + 2a·u: the uniform draws as the reference composes them, u·(2a) + (−a). */
export function uniformFrom(us: Nested, a: number): Tensor64 {
  return add(mul(tensor64(us), scalar64(2 * a)), scalar64(-a));
}

/** A uniform initialiser's weights on a case, row-major, nested in the case's shape. */
export function uniformWeights(fn: InitFn, c: Case, s: Slip = {}): Tensor64 {
  const n = sizeOf(c.shape);
  const us = unflatten(Float64Array.from(drawsOf(c, n)), c.shape);
  const a = boundOf(fn, c.shape, s).data[0];
  if (s.notCentred?.includes(fn)) return mul(tensor64(us), scalar64(a));
  return uniformFrom(us, a);
}

/** A normal initialiser's weights on a case: the stub's Box–Muller, two draws per element, the cosine branch. */
export function normalWeights(fn: InitFn, c: Case, s: Slip = {}): Tensor64 {
  const n = sizeOf(c.shape);
  const variance = varianceOf(fn, c.shape, s);
  const std = s.stdIsVariance?.includes(fn) ? variance : Math.sqrt(variance);
  const draws = drawsOf(c, 2 * n);
  const flat = s.uniformForNormal?.includes(fn)
    ? draws.slice(0, n).map((u) => std * Math.sqrt(3) * (2 * u - 1))
    : Array.from(
        { length: n },
        (_, k) => std * Math.sqrt(-2 * Math.log(1 - draws[2 * k])) * Math.cos(2 * Math.PI * draws[2 * k + 1]),
      );
  return tensor64(unflatten(Float64Array.from(flat), c.shape));
}

/** A type, not an interface: named outputs for checkReference and confirmMistakes. */
export type UniformOutputs = {
  readonly fanIn: Tensor64;
  readonly fanOut: Tensor64;
  readonly xavierUniform: Tensor64;
  readonly heUniform: Tensor64;
};
export type NormalOutputs = { readonly xavierNormal: Tensor64; readonly heNormal: Tensor64 };

/** What code with the slip returns from fans and the uniform initialisers ({}: the truth). */
export function uniformSlipped(c: Case, s: Slip = {}): UniformOutputs {
  const { fanIn, fanOut } = fansOf(c.shape, s);
  return {
    fanIn: tensor64(fanIn, { exact: true }),
    fanOut: tensor64(fanOut, { exact: true }),
    xavierUniform: uniformWeights('xavierUniform', c, s),
    heUniform: uniformWeights('heUniform', c, s),
  };
}

/** What code with the slip returns from the normal initialisers, drawing as the stub recommends. */
export function normalSlipped(c: Case, s: Slip = {}): NormalOutputs {
  return { xavierNormal: normalWeights('xavierNormal', c, s), heNormal: normalWeights('heNormal', c, s) };
}

/** The uniform truth: the oracle the reference is proven against. */
export const oracle = (c: Case): { xavierUniform: Tensor64; heUniform: Tensor64 } => {
  const { xavierUniform, heUniform } = uniformSlipped(c);
  return { xavierUniform, heUniform };
};
