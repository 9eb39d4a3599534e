import { describe, expect, it } from 'vitest';
import { startReference } from '../kit/backends/startReference';
import { checkReference } from '../kit/toolkit';
import { domains } from './cases';
import { activations } from './grader';
import { type Case, truth64 } from './oracle';
import { type ActivationName, activationReference, derivativeReference } from './reference';

const reference = startReference('cpu');

// Hand-picked inputs: 0, small and large magnitudes up to the grader's ±10,
// samples 1e-3 from a kink as the grader draws them, and a sweep of [−10, 10]
// in steps of 0.05 that stays 0.0125 from every kink.
const smooth = [
  [0, 0.5, -0.5, 1, -1],
  [2.25, -3.5, 5, -6, 10, -10],
  [0.001, -0.01, 0.75, -1.7, 3.3],
  [-8.25, 7.5, -4.4, 4.4, 0.125, -0.7518],
];
const kinked = [
  [0.001, -0.001, 1.5, -2.5, 9.75, -9.75],
  [3.001, 2.999, -2.999, -3.001, 0.2, -0.2],
  [6, -6, 1.25, -1.25, 4.5, -7],
];
const sweep = Array.from({ length: 400 }, (_, k) => -10 + 0.0125 + 0.05 * k);
const alphas: Partial<Record<ActivationName, number[]>> = { leakyRelu: [0.01, 0.2, 0.9], elu: [0.1, 1.5, 3] };

function casesFor(name: ActivationName, kinks: boolean): Case[] {
  const xs = [...(kinks ? [...smooth.slice(1), ...kinked] : smooth), sweep];
  const as = alphas[name] ?? [0];
  return xs.flatMap((x) => as.map((alpha) => ({ x, alpha })));
}

describe('activations reference', () => {
  it('matches hand-checked values', () => {
    expect(activationReference(reference, 'sigmoid', [0])).toEqual([0.5]);
    expect(derivativeReference(reference, 'sigmoid', [0])).toEqual([0.25]);
    expect(derivativeReference(reference, 'tanh', [0])).toEqual([1]);
    expect(activationReference(reference, 'relu', [-2, 3])).toEqual([0, 3]);
    expect(activationReference(reference, 'leakyRelu', [-2, 3], 0.5)).toEqual([-1, 3]);
    expect(derivativeReference(reference, 'leakyRelu', [-2, 3], 0.5)).toEqual([0.5, 1]);
    expect(derivativeReference(reference, 'elu', [-2, 3], 0.5)[1]).toBe(1);
    // hardSwish(−1) = −1·2/6, hardSwish(4) = 4·6/6; slopes (2x + 3)/6 = ½ at 0, and 1 beyond 3.
    expect(activationReference(reference, 'hardSwish', [-1, 4])[0]).toBeCloseTo(-1 / 3, 7);
    expect(activationReference(reference, 'hardSwish', [-1, 4])[1]).toBe(4);
    expect(derivativeReference(reference, 'hardSwish', [0, 4, -4])).toEqual([0.5, 1, 0]);
    // Both GELUs: 0 at 0 with slope ½ (Φ(0) = ½, and ½(1 + tanh 0) = ½).
    expect(activationReference(reference, 'geluErf', [0])).toEqual([0]);
    expect(derivativeReference(reference, 'geluErf', [0])).toEqual([0.5]);
    expect(derivativeReference(reference, 'geluTanh', [0])).toEqual([0.5]);
  });

  for (const a of activations) {
    it(`${a.name}: values and derivatives (vjp with dy = ones) agree with the float64 oracle within its bounds; its derivative with central differences of its values`, () => {
      const margin = checkReference(reference, {
        name: a.name,
        cases: casesFor(a.name, domains[a.name].kinks !== undefined),
        reference: (r, c) => ({
          value: activationReference(r, a.name, c.x, c.alpha),
          slope: derivativeReference(r, a.name, c.x, c.alpha),
        }),
        oracle: (c) => truth64(a.name, c),
        gradients: { slope: { input: 'x', output: 'value' } },
      });
      expect(margin.reference).toBeLessThan(1);
      expect(margin.oracleGradients).toBeLessThan(1);
    });
  }
});
