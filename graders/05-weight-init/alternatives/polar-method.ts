// Correct, written differently: fans by destructuring; uniform weights as
// (u − ½)·2a; normals by Marsaglia's polar method, which rejects points
// outside the unit disc and so draws a variable number of numbers, keeping
// the second normal of each accepted pair for the next element.
import type { Matrix, Tensor4 } from '#lib';

export type Weights = Matrix | Tensor4;

export interface Fans {
  readonly fanIn: number;
  readonly fanOut: number;
}

export function fans(shape: number[]): Fans {
  const [out, inp, ...kernel] = shape;
  const field = kernel.reduce((a, b) => a * b, 1);
  return { fanIn: inp * field, fanOut: out * field };
}

function build(shape: number[], next: () => number): any {
  const [n, ...rest] = shape;
  const xs = [];
  for (let i = 0; i < n; i++) xs.push(rest.length === 0 ? next() : build(rest, next));
  return xs;
}

function standardNormals(rng: () => number): () => number {
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const z = spare;
      spare = undefined;
      return z;
    }
    for (;;) {
      const x = 2 * rng() - 1;
      const y = 2 * rng() - 1;
      const s = x * x + y * y;
      if (s > 0 && s < 1) {
        const f = Math.sqrt((-2 * Math.log(s)) / s);
        spare = y * f;
        return x * f;
      }
    }
  };
}

function uniform(shape: number[], a: number, rng: () => number): Weights {
  return build(shape, () => (rng() - 0.5) * 2 * a);
}

function normal(shape: number[], std: number, rng: () => number): Weights {
  const z = standardNormals(rng);
  return build(shape, () => std * z());
}

export function xavierUniform(shape: number[], rng: () => number): Weights {
  const { fanIn, fanOut } = fans(shape);
  return uniform(shape, Math.sqrt(6 / (fanIn + fanOut)), rng);
}

export function xavierNormal(shape: number[], rng: () => number): Weights {
  const { fanIn, fanOut } = fans(shape);
  return normal(shape, Math.sqrt(2 / (fanIn + fanOut)), rng);
}

export function heUniform(shape: number[], rng: () => number): Weights {
  return uniform(shape, Math.sqrt(6 / fans(shape).fanIn), rng);
}

export function heNormal(shape: number[], rng: () => number): Weights {
  return normal(shape, Math.sqrt(2 / fans(shape).fanIn), rng);
}
