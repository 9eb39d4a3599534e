import { type Matrix, notImplemented, type Tensor4 } from '#lib';

/** A dense weight [out, in] (number[][]) or a conv weight [Cout, Cin, kH, kW] (number[][][][]). */
export type Weights = Matrix | Tensor4;

export interface Fans {
  /** How many inputs each output sums: in, or Cin·kH·kW. */
  readonly fanIn: number;
  /** How many outputs each input reaches: out, or Cout·kH·kW. */
  readonly fanOut: number;
}

/**
 * The fans of a weight in PyTorch's layouts, as torch.nn.init's
 * _calculate_fan_in_and_fan_out:
 *
 *   dense [out, in]:             fanIn = in,           fanOut = out,
 *   conv  [Cout, Cin, kH, kW]:   fanIn = Cin·kH·kW,    fanOut = Cout·kH·kW
 *
 * (the receptive field kH·kW counts: each output of a convolution sums
 * Cin·kH·kW products).
 */
export function fans(shape: number[]): Fans {
  return notImplemented('fans');
}

/*
 * How the initialisers consume `rng` (uniform in [0, 1)):
 *
 * - Uniform U(−a, a): call rng() exactly once per element, in row-major
 *   order (w₀₀, w₀₁, …, then the next row; for a conv the last index moves
 *   fastest), and return w = −a + 2a·u. The same seed then gives the same
 *   weights, whoever wrote the code, and the grader checks them exactly.
 * - Normal N(0, σ²): any exact standard-normal sampler built on rng is
 *   accepted (the grader checks the statistics of normal weights, not their
 *   values). We recommend Box–Muller, two draws per element, row-major, the
 *   cosine branch: z = √(−2·ln(1 − u₁))·cos(2π·u₂) (1 − u₁ is in (0, 1], so
 *   the log is finite), w = σ·z. With that layout the grader can also tell
 *   you which mistake your code makes.
 *
 * Never use Math.random: every number comes from rng.
 */

/** Xavier/Glorot uniform (gain 1): U(−a, a) with a = √(6/(fanIn + fanOut)), so Var(w) = 2/(fanIn + fanOut). */
export function xavierUniform(shape: number[], rng: () => number): Weights {
  return notImplemented('xavierUniform');
}

/** Xavier/Glorot normal (gain 1): N(0, σ²) with σ = √(2/(fanIn + fanOut)). */
export function xavierNormal(shape: number[], rng: () => number): Weights {
  return notImplemented('xavierNormal');
}

/**
 * He/Kaiming uniform, PyTorch's kaiming_uniform_ with mode 'fan_in' and the
 * ReLU gain √2: U(−a, a) with a = √2·√(3/fanIn) = √(6/fanIn), so Var(w) = 2/fanIn.
 */
export function heUniform(shape: number[], rng: () => number): Weights {
  return notImplemented('heUniform');
}

/** He/Kaiming normal, mode 'fan_in', ReLU gain √2: N(0, σ²) with σ = √2/√fanIn. */
export function heNormal(shape: number[], rng: () => number): Weights {
  return notImplemented('heNormal');
}
