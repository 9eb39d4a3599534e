import { type Matrix, notImplemented } from '#lib';

/** A BatchNorm layer's running statistics, one value per feature: PyTorch's running_mean and running_var. */
export interface RunningStats {
  readonly mean: number[];
  readonly var: number[];
}

/** What batchNormTrain keeps for batchNormBackward (change it if you like: only your own code reads it). */
export interface BatchNormCache {
  /** x̂ = (x − μ)/√(σ² + ε), [N, C]. */
  readonly xhat: Matrix;
  /** 1/√(σⱼ² + ε) of each feature, [C]. */
  readonly invStd: number[];
  readonly gamma: number[];
}

/**
 * BatchNorm in training mode, PyTorch's nn.BatchNorm1d(C) on x of shape
 * [N, C] (an image batch [N, C, H, W] is the same with N·H·W rows per
 * channel): for each feature j, over the N rows of the batch,
 *
 *   μⱼ = (1/N)·Σᵢ xᵢⱼ,   σⱼ² = (1/N)·Σᵢ (xᵢⱼ − μⱼ)²   (biased: divided by N),
 *   x̂ᵢⱼ = (xᵢⱼ − μⱼ)/√(σⱼ² + ε),   outᵢⱼ = γⱼ·x̂ᵢⱼ + βⱼ,
 *
 * and the new running statistics, PyTorch's convention (momentum = 0.1 by default):
 *
 *   running.mean ← (1 − momentum)·running.mean + momentum·μ,
 *   running.var  ← (1 − momentum)·running.var  + momentum·σ²·N/(N − 1)   (unbiased).
 *
 * Return them as a new object: leave `running` (and every input) unchanged.
 * A batch of one has no variance to normalise by: throw an Error for N = 1,
 * as PyTorch does ("Expected more than 1 value per channel when training").
 */
export function batchNormTrain(
  x: Matrix,
  gamma: number[],
  beta: number[],
  running: RunningStats,
  momentum: number,
  eps: number,
): { out: Matrix; cache: BatchNormCache; running: RunningStats } {
  return notImplemented('batchNormTrain');
}

/**
 * BatchNorm in eval mode: the running statistics only, never the batch's,
 * outᵢⱼ = γⱼ·(xᵢⱼ − running.meanⱼ)/√(running.varⱼ + ε) + βⱼ.
 */
export function batchNormEval(x: Matrix, gamma: number[], beta: number[], running: RunningStats, eps: number): Matrix {
  return notImplemented('batchNormEval');
}

/**
 * Given dout = ∂L/∂out [N, C] of a training-mode forward, return
 * dx = ∂L/∂x [N, C], dgamma = ∂L/∂γ [C] and dbeta = ∂L/∂β [C]. μ and σ²
 * depend on every row of the batch: the gradient flows through them too.
 */
export function batchNormBackward(
  dout: Matrix,
  cache: BatchNormCache,
): { dx: Matrix; dgamma: number[]; dbeta: number[] } {
  return notImplemented('batchNormBackward');
}
