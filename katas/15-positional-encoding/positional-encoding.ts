import { notImplemented } from '#lib';

// Pairing convention, for both functions: dimensions (2i, 2i + 1) are pair i
// (interleaved, as in the RoFormer paper), with frequency θ_i = base^(−2i/d),
// i = 0 … d/2 − 1. d is even.

/**
 * The Transformer's sinusoidal encoding for positions 0 … length − 1, shape [length, d]:
 *   PE[pos][2i]     = sin(pos · θ_i)
 *   PE[pos][2i + 1] = cos(pos · θ_i),   θ_i = 10000^(−2i/d).
 * Throw an error when d is odd: sin and cos come in pairs.
 */
export function sinusoidalEncoding(length: number, d: number): number[][] {
  return notImplemented('sinusoidalEncoding');
}

/**
 * Rotary embedding of the rows of x ([L, d], queries or keys): row r sits at
 * position m = positions[r], and each pair (x[2i], x[2i + 1]) turns by the angle m·θ_i:
 *   out[2i]     = x[2i]·cos(mθ_i) − x[2i + 1]·sin(mθ_i)
 *   out[2i + 1] = x[2i]·sin(mθ_i) + x[2i + 1]·cos(mθ_i),   θ_i = base^(−2i/d).
 * Return a new array; leave x unchanged.
 */
export function ropeRotate(x: number[][], positions: number[], base = 10000): number[][] {
  return notImplemented('ropeRotate');
}

/** Given dout = ∂L/∂out of ropeRotate(x, positions, base), return dx = ∂L/∂x (shape [L, d]). */
export function ropeBackward(dout: number[][], positions: number[], base = 10000): number[][] {
  return notImplemented('ropeBackward');
}
