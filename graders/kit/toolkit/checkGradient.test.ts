import { describe, expect, it } from 'vitest';
import type { Nested } from '../tensor/nested';
import { checkGradient, gradientCheckCost } from './checkGradient';
import { failureOf } from './failureOf';
import { GradingFailure } from './gradingFailure';

const matmul = (A: number[][], B: number[][]): number[][] =>
  A.map((row) => B[0].map((_, j) => row.reduce((s, a, p) => s + a * B[p][j], 0)));
const T = (X: number[][]): number[][] => X[0].map((_, j) => X.map((r) => r[j]));
const random = (m: number, n: number, seed: number): number[][] =>
  Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, j) => Math.sin(seed + 7 * i + 13 * j) * 3));

function check(
  n: number,
  planted?: (dB: number[][]) => number[][],
  mode?: 'directional' | 'elementwise' | 'auto',
): void {
  const A = random(n, n, 1);
  const B = random(n, n, 2);
  const dC = random(n, n, 3);
  const dB = matmul(T(A), dC);
  checkGradient({
    fn: 'matmulBackward',
    inputs: { A, B },
    forward: (x) => matmul(x.A as number[][], x.B as number[][]),
    dout: dC,
    gradients: { A: matmul(dC, T(B)), B: planted ? planted(dB) : dB },
    mode,
  });
}

describe('checkGradient', () => {
  it('passes a correct gradient', () => {
    expect(() => check(4)).not.toThrow();
    expect(() => check(4, undefined, 'elementwise')).not.toThrow();
  });

  it('catches a planted error in one element and names it (elementwise pinpoints)', () => {
    const f = failureOf(() => check(4, (dB) => dB.map((r, i) => r.map((v, j) => (i === 2 && j === 1 ? v + 0.01 : v)))));
    expect(f.detail.argument).toBe('dB');
    expect(f.detail.index).toEqual([2, 1]);
  });

  it('catches a transposed gradient', () => {
    expect(failureOf(() => check(3, T)).detail.summary).toMatch(/dB/);
  });

  it('catches a gradient off by a factor of 1 + 1e-4', () => {
    expect(() => check(3, (dB) => dB.map((r) => r.map((v) => v * (1 + 1e-4))))).toThrow(GradingFailure);
  });

  it('costs the same number of forward passes for 4×4 and 64×64 (directional)', () => {
    const cost = (n: number): number => {
      const before = gradientCheckCost.forwardPasses;
      check(n, undefined, 'directional');
      return gradientCheckCost.forwardPasses - before;
    };
    expect(cost(4)).toBe(cost(64));
  });

  it('reports a gradient of the wrong shape', () => {
    const f = failureOf(() =>
      checkGradient({
        fn: 'f',
        inputs: { x: [1, 2] as Nested },
        forward: (i) => i.x,
        dout: [1, 1],
        gradients: { x: [1] },
      }),
    );
    expect(f.detail.summary).toMatch(/dx has shape \[1\], expected shape \[2\]/);
  });
});
