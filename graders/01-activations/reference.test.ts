import { describe, expect, it } from 'vitest';
import { erf } from '../../katas/lib/erf';
import { checkReference, type Nested } from '../kit/toolkit';
import { activations } from './grader';
import { type ActivationName, activationReference, activationVjp, derivativeReference } from './reference';
import { type Budget, tolerances } from './tolerances';

// Independent float64 activations and derivatives, written plainly from
// their textbook definitions.
const c = Math.sqrt(2 / Math.PI);
const sigma = (v: number): number => 1 / (1 + Math.exp(-v));
const gelu = (v: number): number => 0.5 * v * (1 + Math.tanh(c * (v + 0.044715 * v ** 3)));
const Phi = (v: number): number => 0.5 * (1 + erf(v / Math.SQRT2));

const float64: Record<ActivationName, { f: (v: number, a: number) => number; d: (v: number, a: number) => number }> = {
  sigmoid: { f: sigma, d: (v) => sigma(v) * sigma(-v) },
  tanh: { f: Math.tanh, d: (v) => 1 / Math.cosh(v) ** 2 },
  relu: { f: (v) => Math.max(v, 0), d: (v) => (v > 0 ? 1 : 0) },
  leakyRelu: { f: (v, a) => (v > 0 ? v : a * v), d: (v, a) => (v > 0 ? 1 : a) },
  elu: { f: (v, a) => (v > 0 ? v : a * Math.expm1(v)), d: (v, a) => (v > 0 ? 1 : a * Math.exp(v)) },
  geluTanh: {
    f: gelu,
    d: (v) => {
      const u = c * (v + 0.044715 * v ** 3);
      return 0.5 * (1 + Math.tanh(u)) + (0.5 * v * c * (1 + 0.134145 * v * v)) / Math.cosh(u) ** 2;
    },
  },
  geluErf: { f: (v) => v * Phi(v), d: (v) => Phi(v) + (v * Math.exp((-v * v) / 2)) / Math.sqrt(2 * Math.PI) },
  hardSwish: {
    f: (v) => (v * Math.min(Math.max(v + 3, 0), 6)) / 6,
    d: (v) => (v < -3 ? 0 : v > 3 ? 1 : (2 * v + 3) / 6),
  },
};

// Hand-picked inputs: 0, small and large magnitudes up to the grader's ±10,
// the saturating tails, and samples 1e-3 from a kink as the grader draws them.
const smooth = [
  [0, 0.5, -0.5, 1, -1],
  [2.25, -3.5, 5, -6, 10, -10],
  [0.001, -0.01, 0.75, -1.7, 3.3],
  [-8.25, 7.5, -4.4, 4.4, 0.125],
];
const kinked = [
  [0.001, -0.001, 1.5, -2.5, 9.75, -9.75],
  [3.001, 2.999, -2.999, -3.001, 0.2, -0.2],
  [6, -6, 1.25, -1.25, 4.5, -7],
];
const alphas: Partial<Record<ActivationName, number[]>> = { leakyRelu: [0.01, 0.2, 0.9], elu: [0.1, 1.5, 3] };

function casesFor(name: ActivationName, kinks: boolean): [number[], number][] {
  const xs = kinks ? [...smooth.slice(1), ...kinked] : smooth;
  const as = alphas[name] ?? [0];
  return xs.flatMap((x) => as.map((a): [number[], number] => [x, a]));
}

type Elementwise = (x: number[], a: number) => number[];

/**
 * One checkReference per case, so that a budget's condition and scale follow
 * its input as in the grader. The vjps' gradients f′(x)·dy (|dy| ≤ 1) are
 * held to `gradientScale`, the slope budget's scale, as derivatives are.
 */
function prove(
  name: string,
  cases: [number[], number][],
  b: Budget,
  value: Elementwise,
  f64: Elementwise,
  vjp?: (x: number[], dy: number[], a: number) => number[],
  gradientScale?: Budget['scale'],
) {
  let worst = { value: 0, gradients: 0 };
  for (const [x, a] of cases) {
    const m = checkReference({
      name,
      cases: [[x, a]],
      value: (xx: Nested, aa: Nested) => value(xx as number[], aa as number),
      float64: (xx: Nested, aa: Nested) => f64(xx as number[], aa as number),
      vjp: vjp && (([xx, aa], dy) => [vjp(xx as number[], dy as number[], aa as number)]),
      differentiable: [0],
      ops: b.ops,
      condition: b.condition?.(x),
      scale: b.scale && ((xx: Nested, aa: Nested) => b.scale!(xx as number[], aa as number)),
      gradientScale:
        gradientScale && ((_i: number, xx: Nested, aa: Nested) => gradientScale(xx as number[], aa as number)),
    });
    worst = { value: Math.max(worst.value, m.value), gradients: Math.max(worst.gradients, m.gradients) };
  }
  return worst;
}

describe('activations reference', () => {
  it('matches hand-checked values', () => {
    expect(activationReference('sigmoid', [0])).toEqual([0.5]);
    expect(derivativeReference('sigmoid', [0])).toEqual([0.25]);
    expect(derivativeReference('tanh', [0])).toEqual([1]);
    expect(activationReference('relu', [-2, 3])).toEqual([0, 3]);
    expect(activationReference('leakyRelu', [-2, 3], 0.5)).toEqual([-1, 3]);
    expect(derivativeReference('leakyRelu', [-2, 3], 0.5)).toEqual([0.5, 1]);
    expect(derivativeReference('elu', [-2, 3], 0.5)[1]).toBe(1);
    // hardSwish(−1) = −1·2/6, hardSwish(4) = 4·6/6; slopes (2x + 3)/6 = ½ at 0, and 1 beyond 3.
    expect(activationReference('hardSwish', [-1, 4])[0]).toBeCloseTo(-1 / 3, 7);
    expect(activationReference('hardSwish', [-1, 4])[1]).toBe(4);
    expect(derivativeReference('hardSwish', [0, 4, -4])).toEqual([0.5, 1, 0]);
    // Both GELUs: 0 at 0 with slope ½ (Φ(0) = ½, and ½(1 + tanh 0) = ½).
    expect(activationReference('geluErf', [0])).toEqual([0]);
    expect(derivativeReference('geluErf', [0])).toEqual([0.5]);
    expect(derivativeReference('geluTanh', [0])).toEqual([0.5]);
  });

  for (const a of activations) {
    const f = float64[a.name];
    const t = tolerances[a.name];
    const cases = casesFor(a.name, a.kinks !== undefined);
    const forward = (x: number[], al: number) => activationReference(a.name, x, al);
    const f64 = (x: number[], al: number) => x.map((v) => f.f(v, al));

    it(`${a.name}: values agree with float64 within the grader's budget`, () => {
      const m = prove(a.name, cases, t.value, forward, f64);
      expect(m.value).toBeLessThan(1);
    });

    it(`${a.name}: the derivative (vjp with dy = ones) agrees with the float64 derivative within the grader's budget`, () => {
      const m = prove(
        `${a.name}′`,
        cases,
        t.slope,
        (x, al) => derivativeReference(a.name, x, al),
        (x, al) => x.map((v) => f.d(v, al)),
      );
      expect(m.value).toBeLessThan(1);
    });

    it(`${a.name}: vjps with a random dy agree with central differences of float64`, () => {
      // Every row, the all-tails one too: held to the slope's scale, a tiny
      // f′ in the tails no longer sets a bound float32 cannot meet.
      const m = prove(
        a.name,
        cases,
        { ...t.slope, scale: t.value.scale },
        forward,
        f64,
        (x, dy, al) => activationVjp(a.name, x, dy, al),
        t.slope.scale,
      );
      expect(m.gradients).toBeLessThan(1);
    });
  }
});
