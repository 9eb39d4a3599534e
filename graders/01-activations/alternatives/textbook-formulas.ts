// Correct, written differently: the textbook formulas as an interviewee writes them —
// 1/(1 + e⁻ˣ) (IEEE's 1/(1 + ∞) = 0 keeps it finite), σ(1 − σ), Math.tanh and 1 − tanh²,
// Math.max for the ReLUs, ½x(1 + tanh u) for GELU, x/3 + ½ for hardSwish′.
import { erf } from '#lib';

const sigma = (v: number): number => 1 / (1 + Math.exp(-v));

export function sigmoid(x: number[]): number[] {
  return x.map(sigma);
}

export function sigmoidPrime(x: number[]): number[] {
  return x.map((v) => sigma(v) * (1 - sigma(v)));
}

export function tanh(x: number[]): number[] {
  return x.map(Math.tanh);
}

export function tanhPrime(x: number[]): number[] {
  return x.map((v) => 1 - Math.tanh(v) ** 2);
}

export function relu(x: number[]): number[] {
  return x.map((v) => Math.max(0, v));
}

export function reluPrime(x: number[]): number[] {
  return x.map((v) => Number(v > 0));
}

export function leakyRelu(x: number[], alpha: number): number[] {
  return x.map((v) => Math.max(v, alpha * v)); // right for 0 ≤ α < 1
}

export function leakyReluPrime(x: number[], alpha: number): number[] {
  return x.map((v) => (v > 0 ? 1 : alpha));
}

export function elu(x: number[], alpha: number): number[] {
  return x.map((v) => (v > 0 ? v : alpha * (Math.exp(v) - 1)));
}

export function eluPrime(x: number[], alpha: number): number[] {
  return x.map((v) => (v > 0 ? 1 : alpha * (Math.exp(v) - 1) + alpha));
}

const k = Math.sqrt(2 / Math.PI);

export function geluTanh(x: number[]): number[] {
  return x.map((v) => 0.5 * v * (1 + Math.tanh(k * (v + 0.044715 * v ** 3))));
}

export function geluTanhPrime(x: number[]): number[] {
  return x.map((v) => {
    const t = Math.tanh(k * (v + 0.044715 * v ** 3));
    return 0.5 * (1 + t) + 0.5 * v * (1 - t * t) * k * (1 + 0.134145 * v * v);
  });
}

export function geluErf(x: number[]): number[] {
  return x.map((v) => 0.5 * v * (1 + erf(v / Math.SQRT2)));
}

export function geluErfPrime(x: number[]): number[] {
  return x.map((v) => 0.5 * (1 + erf(v / Math.SQRT2)) + (v * Math.exp((-v * v) / 2)) / Math.sqrt(2 * Math.PI));
}

export function hardSwish(x: number[]): number[] {
  return x.map((v) => (v <= -3 ? 0 : v >= 3 ? v : (v * (v + 3)) / 6));
}

export function hardSwishPrime(x: number[]): number[] {
  return x.map((v) => (v <= -3 ? 0 : v >= 3 ? 1 : v / 3 + 0.5));
}
