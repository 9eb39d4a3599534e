// Correct, written differently: for-loops into preallocated arrays; σ through tanh,
// σ(x) = (1 + tanh(x/2))/2 and σ′ = (1 − tanh²(x/2))/4; tanh as 2σ(2x) − 1 with a
// sign-branching σ and tanh′ = 4σ(2x)σ(−2x); ELU′ from the forward (elu + α); GELU (tanh
// form) through the product rule on x·σ(2u); GELU (erf form) with Φ(x) = ½·(1 − erf(−x/√2));
// hardSwish through hard-sigmoid, x·hσ(x) with hσ(x) = relu6(x + 3)/6.
import { erf } from '#lib';

function each(x: number[], f: (v: number) => number): number[] {
  const out = new Array<number>(x.length);
  for (let i = 0; i < x.length; i++) out[i] = f(x[i]);
  return out;
}

function stableSigma(v: number): number {
  if (v >= 0) return 1 / (1 + Math.exp(-v));
  const e = Math.exp(v);
  return e / (1 + e);
}

const tanhOf = (v: number): number => 2 * stableSigma(2 * v) - 1;

export function sigmoid(x: number[]): number[] {
  return each(x, (v) => (1 + Math.tanh(v / 2)) / 2);
}

export function sigmoidPrime(x: number[]): number[] {
  return each(x, (v) => (1 - Math.tanh(v / 2) ** 2) / 4);
}

export function tanh(x: number[]): number[] {
  return each(x, tanhOf);
}

export function tanhPrime(x: number[]): number[] {
  return each(x, (v) => 4 * stableSigma(2 * v) * stableSigma(-2 * v));
}

export function relu(x: number[]): number[] {
  return each(x, (v) => (v > 0 ? v : 0));
}

export function reluPrime(x: number[]): number[] {
  return each(x, (v) => (v > 0 ? 1 : 0));
}

export function leakyRelu(x: number[], alpha: number): number[] {
  return each(x, (v) => (v > 0 ? 1 : alpha) * v);
}

export function leakyReluPrime(x: number[], alpha: number): number[] {
  return each(x, (v) => (v > 0 ? 1 : alpha));
}

export function elu(x: number[], alpha: number): number[] {
  return each(x, (v) => Math.max(v, 0) + alpha * Math.expm1(Math.min(v, 0)));
}

export function eluPrime(x: number[], alpha: number): number[] {
  const y = elu(x, alpha);
  const out = new Array<number>(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i] > 0 ? 1 : y[i] + alpha;
  return out;
}

const k = Math.sqrt(2 / Math.PI);

export function geluTanh(x: number[]): number[] {
  return each(x, (v) => v * stableSigma(2 * k * (v + 0.044715 * v * v * v)));
}

export function geluTanhPrime(x: number[]): number[] {
  return each(x, (v) => {
    const s = stableSigma(2 * k * (v + 0.044715 * v * v * v));
    const ds = s * (1 - s) * 2 * k * (1 + 3 * 0.044715 * v * v);
    return s + v * ds;
  });
}

const Phi = (v: number): number => 0.5 * (1 - erf(-v / Math.SQRT2));

export function geluErf(x: number[]): number[] {
  return each(x, (v) => v * Phi(v));
}

export function geluErfPrime(x: number[]): number[] {
  return each(x, (v) => Phi(v) + v * Math.exp(-0.5 * v * v) * ((0.5 * Math.SQRT2) / Math.sqrt(Math.PI)));
}

const hardSigmoid = (v: number): number => Math.min(Math.max(v + 3, 0), 6) / 6;

export function hardSwish(x: number[]): number[] {
  return each(x, (v) => v * hardSigmoid(v));
}

export function hardSwishPrime(x: number[]): number[] {
  return each(x, (v) => hardSigmoid(v) + (v > -3 && v < 3 ? v / 6 : 0));
}
