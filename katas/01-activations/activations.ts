import { notImplemented } from '#lib';

// Every function here works elementwise: it takes a vector x and returns a
// new vector of the same length (leave x unchanged). A derivative fPrime(x)
// returns f′(xᵢ) for each element — multiply by an upstream gradient and you
// have the backward pass: dx = fPrime(x)·dout, elementwise.
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

/** σ′(x) = σ(x)·(1 − σ(x)). Its maximum is 1/4, at x = 0. */
export function sigmoidPrime(x: number[]): number[] {
  return notImplemented('sigmoidPrime');
}

/** tanh x = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ) = 2σ(2x) − 1, in (−1, 1). */
export function tanh(x: number[]): number[] {
  return notImplemented('tanh');
}

/** tanh′(x) = 1 − tanh²(x). */
export function tanhPrime(x: number[]): number[] {
  return notImplemented('tanhPrime');
}

/** relu(x) = max(0, x). */
export function relu(x: number[]): number[] {
  return notImplemented('relu');
}

/** relu′(x) = 1 for x > 0, 0 for x ≤ 0 (PyTorch: relu′(0) = 0). */
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

/** leakyRelu′(x, α) = 1 for x > 0, α for x ≤ 0 (PyTorch: α at 0). */
export function leakyReluPrime(x: number[], alpha: number): number[] {
  return notImplemented('leakyReluPrime');
}

/** elu(x, α) = x for x > 0, α·(eˣ − 1) for x ≤ 0, with α > 0; it tends to −α as x → −∞. */
export function elu(x: number[], alpha: number): number[] {
  return notImplemented('elu');
}

/** elu′(x, α) = 1 for x > 0, α·eˣ for x ≤ 0 (PyTorch: α at 0). */
export function eluPrime(x: number[], alpha: number): number[] {
  return notImplemented('eluPrime');
}

/**
 * GELU, tanh approximation (Hendrycks & Gimpel; GPT-2, BERT):
 * ½·x·(1 + tanh(u)) with u = √(2/π)·(x + 0.044715·x³).
 * √(2/π) = 0.7978845608…: write it as Math.sqrt(2 / Math.PI).
 */
export function geluTanh(x: number[]): number[] {
  return notImplemented('geluTanh');
}

/** Derivative of geluTanh: ½(1 + tanh u) + ½·x·(1 − tanh² u)·u′, u′ = √(2/π)·(1 + 3·0.044715·x²). */
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

/** Derivative of geluErf: Φ(x) + x·φ(x), with φ(x) = e^(−x²/2)/√(2π) the normal density. */
export function geluErfPrime(x: number[]): number[] {
  return notImplemented('geluErfPrime');
}

/** Hard swish (MobileNetV3): x·relu6(x + 3)/6, where relu6(v) = min(max(v, 0), 6). */
export function hardSwish(x: number[]): number[] {
  return notImplemented('hardSwish');
}

/**
 * hardSwish′(x) = 0 for x < −3, (2x + 3)/6 for −3 < x < 3, 1 for x > 3.
 * At x = ±3 PyTorch has changed its choice between versions, so the grader
 * never samples there.
 */
export function hardSwishPrime(x: number[]): number[] {
  return notImplemented('hardSwishPrime');
}
