import type { Matrix, Tensor4 } from '#lib';

export type Weights = Matrix | Tensor4;

export interface Fans {
  readonly fanIn: number;
  readonly fanOut: number;
}

/** The ReLU gain: a ReLU keeps half of the second moment, so He doubles the variance. */
const RELU_GAIN = Math.SQRT2;

export function fans(shape: number[]): Fans {
  const receptiveField = shape.slice(2).reduce((a, b) => a * b, 1);
  return { fanIn: shape[1] * receptiveField, fanOut: shape[0] * receptiveField };
}

/** Nested arrays of `shape`, one call of `draw` per element in row-major order. */
function fill(shape: number[], draw: () => number): any {
  if (shape.length === 0) return draw();
  return Array.from({ length: shape[0] }, () => fill(shape.slice(1), draw));
}

function uniform(shape: number[], bound: number, rng: () => number): Weights {
  return fill(shape, () => -bound + 2 * bound * rng());
}

// Box–Muller, the cosine branch: two draws per element; 1 − u is in (0, 1], so the log is finite.
function normal(shape: number[], std: number, rng: () => number): Weights {
  return fill(shape, () => std * Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng()));
}

export function xavierUniform(shape: number[], rng: () => number): Weights {
  const { fanIn, fanOut } = fans(shape);
  return uniform(shape, Math.sqrt(6 / (fanIn + fanOut)), rng);
}

export function xavierNormal(shape: number[], rng: () => number): Weights {
  const { fanIn, fanOut } = fans(shape);
  return normal(shape, Math.sqrt(2 / (fanIn + fanOut)), rng);
}

export function heUniform(shape: number[], rng: () => number): Weights {
  const { fanIn } = fans(shape);
  return uniform(shape, RELU_GAIN * Math.sqrt(3 / fanIn), rng);
}

export function heNormal(shape: number[], rng: () => number): Weights {
  const { fanIn } = fans(shape);
  return normal(shape, RELU_GAIN / Math.sqrt(fanIn), rng);
}
