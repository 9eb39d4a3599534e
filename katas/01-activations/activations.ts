import { notImplemented } from '#lib';

// Every function here works elementwise: it takes a vector x and returns a
// new vector of the same length (leave x unchanged). A derivative fPrime(x)
// returns f′(xᵢ) for each element — multiply by an upstream gradient and you
// have the backward pass: dx = fPrime(x)·dout, elementwise. Deriving each f′
// is your part; the README's hints go from a nudge to the formulas.
//
// You may use Math (Math.exp, Math.expm1, Math.tanh, Math.sqrt, …) and `erf`
// from '#lib'. Math.tanh is allowed: it is accurate and cannot overflow. An
// interviewer may ask you to write tanh from exp instead; if you do, the
// grader's saturation test (|x| up to 1000) shows whether your formula holds.
//
// Kinks follow PyTorch (the grader checks relu′, leakyRelu′ and elu′ at 0,
// and keeps every other sample at least 1e-3 away from a kink).

/**
 * The logistic sigmoid σ(x) = 1/(1 + e^(−x)), in (0, 1).
 * Must stay finite for |x| up to 1000: e^x overflows to ∞ beyond x ≈ 709.8.
 */
export function sigmoid(x: number[]): number[] {
  return notImplemented('sigmoid');
}

/**
 * σ′(x), the derivative of sigmoid. Interviewers expect it written through σ
 * itself, σ′ = σ(1 − σ); like sigmoid, it must stay finite for |x| up to 1000.
 */
export function sigmoidPrime(x: number[]): number[] {
  return notImplemented('sigmoidPrime');
}

/**
 * tanh x = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ), in (−1, 1). Must stay finite for |x| up
 * to 1000, where the formula as written is ∞/∞.
 */
export function tanh(x: number[]): number[] {
  return notImplemented('tanh');
}

/** tanh′(x), the derivative of tanh; finite for |x| up to 1000. */
export function tanhPrime(x: number[]): number[] {
  return notImplemented('tanhPrime');
}

/** relu(x) = max(0, x). */
export function relu(x: number[]): number[] {
  return notImplemented('relu');
}

/** relu′(x). At the kink x = 0 return 0, as PyTorch does. */
export function reluPrime(x: number[]): number[] {
  return notImplemented('reluPrime');
}

/**
 * leakyRelu(x, α) = x for x > 0, α·x otherwise; 0 ≤ α < 1 is the slope on
 * the negative side (PyTorch's negative_slope, default 0.01).
 */
export function leakyRelu(x: number[], alpha: number): number[] {
  return notImplemented('leakyRelu');
}

/** leakyRelu′(x, α). At the kink x = 0 return α (PyTorch takes the x ≤ 0 side). */
export function leakyReluPrime(x: number[], alpha: number): number[] {
  return notImplemented('leakyReluPrime');
}

/**
 * elu(x, α) = x for x > 0, α·(eˣ − 1) for x ≤ 0, with α > 0; it tends to −α
 * as x → −∞. Must stay finite for |x| up to 1000.
 */
export function elu(x: number[], alpha: number): number[] {
  return notImplemented('elu');
}

/** elu′(x, α). At the kink x = 0 return the x ≤ 0 side's value, as PyTorch does. */
export function eluPrime(x: number[], alpha: number): number[] {
  return notImplemented('eluPrime');
}

/**
 * GELU, tanh approximation (Hendrycks & Gimpel; GPT-2, BERT):
 * ½·x·(1 + tanh(u)) with u = √(2/π)·(x + 0.044715·x³).
 * √(2/π) = 0.7978845608…: write it as Math.sqrt(2 / Math.PI).
 * Must stay finite for |x| up to 1000 (u reaches 3.6e7 there).
 */
export function geluTanh(x: number[]): number[] {
  return notImplemented('geluTanh');
}

/** Derivative of geluTanh with respect to x; finite for |x| up to 1000. */
export function geluTanhPrime(x: number[]): number[] {
  return notImplemented('geluTanhPrime');
}

/**
 * GELU, exact: x·Φ(x), where Φ(x) = ½·(1 + erf(x/√2)) is the standard
 * normal CDF (PyTorch's default nn.GELU()). Use `erf` from '#lib'.
 */
export function geluErf(x: number[]): number[] {
  return notImplemented('geluErf');
}

/** Derivative of geluErf with respect to x; finite for |x| up to 1000. */
export function geluErfPrime(x: number[]): number[] {
  return notImplemented('geluErfPrime');
}

/** Hard swish (MobileNetV3): x·relu6(x + 3)/6, where relu6(v) = min(max(v, 0), 6). */
export function hardSwish(x: number[]): number[] {
  return notImplemented('hardSwish');
}

/**
 * hardSwish′(x). It has kinks at x = ±3; take recent PyTorch's values there:
 * hardSwish′(−3) = 0 and hardSwish′(3) = 1.
 */
export function hardSwishPrime(x: number[]): number[] {
  return notImplemented('hardSwishPrime');
}
