// Mistake: older PyTorch's values at the kinks, hardSwish′(−3) = −0.5 and hardSwish′(3) = 1.5.
import { erf } from '#lib';

/** σ(v) through e^(−|v|) ≤ 1, so no exponential overflows. */
function sigmoidOf(v: number): number {
  const e = Math.exp(-Math.abs(v));
  return v >= 0 ? 1 / (1 + e) : e / (1 + e);
}

export function sigmoid(x: number[]): number[] {
  return x.map(sigmoidOf);
}

/** σ′ = σ·(1 − σ), with 1 − σ(v) = σ(−v): no cancellation when σ ≈ 1. */
export function sigmoidPrime(x: number[]): number[] {
  return x.map((v) => sigmoidOf(v) * sigmoidOf(-v));
}

/** tanh v = sign(v)·(1 − e^(−2|v|))/(1 + e^(−2|v|)); expm1 keeps small |v| exact. */
function tanhOf(v: number): number {
  const m = Math.expm1(-2 * Math.abs(v));
  const t = -m / (2 + m);
  return v < 0 ? -t : t;
}

export function tanh(x: number[]): number[] {
  return x.map(tanhOf);
}

/** 1 − tanh² v = 4e^(−2|v|)/(1 + e^(−2|v|))², which does not cancel when tanh ≈ ±1. */
export function tanhPrime(x: number[]): number[] {
  return x.map((v) => {
    const e = Math.exp(-2 * Math.abs(v));
    return (4 * e) / ((1 + e) * (1 + e));
  });
}

export function relu(x: number[]): number[] {
  return x.map((v) => (v > 0 ? v : 0));
}

/** PyTorch: relu′(0) = 0. */
export function reluPrime(x: number[]): number[] {
  return x.map((v) => (v > 0 ? 1 : 0));
}

export function leakyRelu(x: number[], alpha: number): number[] {
  return x.map((v) => (v > 0 ? v : alpha * v));
}

/** PyTorch: leakyRelu′(0) = α. */
export function leakyReluPrime(x: number[], alpha: number): number[] {
  return x.map((v) => (v > 0 ? 1 : alpha));
}

export function elu(x: number[], alpha: number): number[] {
  return x.map((v) => (v > 0 ? v : alpha * Math.expm1(v)));
}

/** PyTorch: elu′(0) = α. */
export function eluPrime(x: number[], alpha: number): number[] {
  return x.map((v) => (v > 0 ? 1 : alpha * Math.exp(v)));
}

const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
const GELU_CUBIC = 0.044715;

/** ½·(1 + tanh u) = σ(2u), so GELU ≈ x·σ(2u) with u = √(2/π)·(x + 0.044715x³): no tanh cancellation. */
export function geluTanh(x: number[]): number[] {
  return x.map((v) => v * sigmoidOf(2 * SQRT_2_OVER_PI * (v + GELU_CUBIC * v * v * v)));
}

/** d/dx [x·σ(2u)] = σ(2u) + x·σ(2u)·σ(−2u)·2u′, u′ = √(2/π)·(1 + 3·0.044715x²). */
export function geluTanhPrime(x: number[]): number[] {
  return x.map((v) => {
    const u = SQRT_2_OVER_PI * (v + GELU_CUBIC * v * v * v);
    const du = SQRT_2_OVER_PI * (1 + 3 * GELU_CUBIC * v * v);
    const s = sigmoidOf(2 * u);
    return s + v * s * sigmoidOf(-2 * u) * 2 * du;
  });
}

const normalCdf = (v: number): number => 0.5 * (1 + erf(v / Math.SQRT2));
const normalPdf = (v: number): number => Math.exp(-0.5 * v * v) / Math.sqrt(2 * Math.PI);

export function geluErf(x: number[]): number[] {
  return x.map((v) => v * normalCdf(v));
}

/** d/dx [x·Φ(x)] = Φ(x) + x·φ(x). */
export function geluErfPrime(x: number[]): number[] {
  return x.map((v) => normalCdf(v) + v * normalPdf(v));
}

export function hardSwish(x: number[]): number[] {
  return x.map((v) => (v * Math.min(Math.max(v + 3, 0), 6)) / 6);
}

/** 0 for x ≤ −3, (2x + 3)/6 between, 1 for x ≥ 3 (PyTorch today). */
export function hardSwishPrime(x: number[]): number[] {
  return x.map((v) => (v < -3 ? 0 : v > 3 ? 1 : (2 * v + 3) / 6));
}
