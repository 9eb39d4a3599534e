import { type Matrix, notImplemented } from '#lib';

/** What layerNormForward keeps for layerNormBackward (change it if you like: only your own code reads it). */
export interface LayerNormCache {
  /** x̂ = (x − μ)/√(σ² + ε), [N, D]. */
  readonly xhat: Matrix;
  /** 1/√(σᵢ² + ε) of each row, [N]. */
  readonly invStd: number[];
  readonly gamma: number[];
}

/**
 * LayerNorm over the last dimension, PyTorch's nn.LayerNorm(D) on x of
 * shape [N, D] (a [B, T, D] activation is its B·T rows): for each row i,
 *
 *   μᵢ = (1/D)·Σⱼ xᵢⱼ,   σᵢ² = (1/D)·Σⱼ (xᵢⱼ − μᵢ)²   (biased: divided by D),
 *   x̂ᵢⱼ = (xᵢⱼ − μᵢ)/√(σᵢ² + ε),   outᵢⱼ = γⱼ·x̂ᵢⱼ + βⱼ.
 *
 * gamma and beta have shape [D]; eps ≥ 0 (PyTorch's default is 1e-5).
 * Return new arrays; leave the inputs unchanged.
 */
export function layerNormForward(
  x: Matrix,
  gamma: number[],
  beta: number[],
  eps: number,
): { out: Matrix; cache: LayerNormCache } {
  return notImplemented('layerNormForward');
}

/**
 * Given dout = ∂L/∂out [N, D], return dx = ∂L/∂x [N, D], dgamma = ∂L/∂γ [D]
 * and dbeta = ∂L/∂β [D] (γ and β are shared by every row: sum over the rows).
 */
export function layerNormBackward(
  dout: Matrix,
  cache: LayerNormCache,
): { dx: Matrix; dgamma: number[]; dbeta: number[] } {
  return notImplemented('layerNormBackward');
}
