/** PyTorch's clip_grad_norm_ divides by T + 1e-6 (torch/nn/utils/clip_grad.py: clip_coef = max_norm / (total_norm + 1e-6)). */
export const PYTORCH_EPS = 1e-6;

/**
 * How far PyTorch's factor c' = min(1, maxNorm/(T + ε)) may be from the exact
 * c = min(1, maxNorm/T): where T > maxNorm, c − c' = maxNorm·ε/(T(T + ε)) ≤
 * maxNorm·ε/T²; where T ≤ maxNorm < T + ε, c − c' = 1 − maxNorm/(T + ε) ≤
 * ε/T ≤ maxNorm·ε/T²; where T + ε ≤ maxNorm both are 1. Both conventions
 * are standard, so both are accepted, and nothing more: an element g moves
 * by at most |g|·maxNorm·ε/T², the norm after clipping by T·maxNorm·ε/T².
 * The grader's T ≥ 0.01 keeps this below 1e-4 relative.
 */
export function factorAllowance(t: number, maxNorm: number): number {
  return t + PYTORCH_EPS > maxNorm ? (maxNorm * PYTORCH_EPS) / (t * t) : 0;
}
