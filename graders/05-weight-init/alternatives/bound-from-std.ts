// Correct, written differently: the fans by a loop, the std first and the
// uniform bound as gain·√3·std, w = a·(2u − 1); flat loops, then a reshape;
// normals by Box–Muller using both branches, one pair of draws filling two
// elements (the cosine one, then the sine one).
import type { Matrix, Tensor4 } from '#lib';

export type Weights = Matrix | Tensor4;

export interface Fans {
  readonly fanIn: number;
  readonly fanOut: number;
}

export function fans(shape: number[]): Fans {
  let field = 1;
  for (let d = 2; d < shape.length; d++) field *= shape[d];
  return { fanIn: shape[1] * field, fanOut: shape[0] * field };
}

function reshape(flat: number[], shape: number[]): any {
  if (shape.length === 1) return flat;
  const inner = flat.length / shape[0];
  const rows = [];
  for (let i = 0; i < shape[0]; i++) rows.push(reshape(flat.slice(i * inner, (i + 1) * inner), shape.slice(1)));
  return rows;
}

const count = (shape: number[]): number => shape.reduce((a, b) => a * b, 1);

function uniform(shape: number[], std: number, rng: () => number): Weights {
  const a = Math.sqrt(3) * std;
  const flat: number[] = [];
  for (let k = 0; k < count(shape); k++) flat.push(a * (2 * rng() - 1));
  return reshape(flat, shape);
}

function normal(shape: number[], std: number, rng: () => number): Weights {
  const n = count(shape);
  const flat: number[] = [];
  while (flat.length < n) {
    const r = Math.sqrt(-2 * Math.log(1 - rng()));
    const theta = 2 * Math.PI * rng();
    flat.push(std * r * Math.cos(theta));
    if (flat.length < n) flat.push(std * r * Math.sin(theta));
  }
  return reshape(flat, shape);
}

const xavierStd = (shape: number[]): number => {
  const f = fans(shape);
  return Math.sqrt(2 / (f.fanIn + f.fanOut));
};
const heStd = (shape: number[]): number => Math.sqrt(2) * Math.sqrt(1 / fans(shape).fanIn);

export const xavierUniform = (shape: number[], rng: () => number): Weights => uniform(shape, xavierStd(shape), rng);
export const xavierNormal = (shape: number[], rng: () => number): Weights => normal(shape, xavierStd(shape), rng);
export const heUniform = (shape: number[], rng: () => number): Weights => uniform(shape, heStd(shape), rng);
export const heNormal = (shape: number[], rng: () => number): Weights => normal(shape, heStd(shape), rng);
