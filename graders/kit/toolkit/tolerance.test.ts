import { describe, expect, it } from 'vitest';
import { closeness } from './expectClose';
import { referenceBackend } from './referenceBackend';
import { FD_STEP, FLOAT32_UNIT_ROUNDOFF, KINK_MARGIN, referenceTolerance, TRANSCENDENTAL_OPS } from './tolerance';

// GELU, tanh form, in float64: the measurement from dependencies.md redone here.
const gelu = (c: number) => (x: number) => 0.5 * x * (1 + Math.tanh(c * (x + 0.044715 * x ** 3)));
const geluRight = gelu(Math.sqrt(2 / Math.PI));
const geluWithPointEight = gelu(0.8);
const xs = Array.from({ length: 2001 }, (_, i) => -10 + i / 100);
// Rounding budget of the composed tfjs GELU, counted as a grader would:
// cube (2), ·0.044715, +x, ·c, tanh, +1, ·x, ·0.5 → 7 roundings + 1 tanh;
// condition ≈ |x| ≤ 10 for the tanh argument near its knee.
const geluTolerance = referenceTolerance({ ops: 7 + TRANSCENDENTAL_OPS, condition: 10 });

describe('referenceTolerance', () => {
  it('is γₙ of float32 for n = ops + condition + 1', () => {
    const n = 5 + 1 + 1;
    expect(referenceTolerance({ ops: 5 })).toBeCloseTo(
      (n * FLOAT32_UNIT_ROUNDOFF) / (1 - n * FLOAT32_UNIT_ROUNDOFF),
      20,
    );
  });

  it('grows with the size of the computation', () => {
    expect(referenceTolerance({ ops: 64 })).toBeGreaterThan(referenceTolerance({ ops: 4 }));
  });

  it('is 2²⁹ times tighter for a float64 reference', () => {
    expect(
      referenceTolerance({ ops: 3, precision: 'float32' }) / referenceTolerance({ ops: 3, precision: 'float64' }),
    ).toBeCloseTo(2 ** 29, -3);
  });

  it('rejects nonsense budgets with a message naming the function', () => {
    expect(() => referenceTolerance({ ops: 0 })).toThrow(/referenceTolerance/);
  });

  it('accepts the float32 reference GELU and rejects √(2/π) written as 0.8', () => {
    const tf = referenceBackend();
    const ref = tf.value(
      (t, x) =>
        t.mul(t.mul(x, 0.5), t.add(1, t.tanh(t.mul(Math.sqrt(2 / Math.PI), t.add(x, t.mul(0.044715, t.pow(x, 3))))))),
      [xs],
    ) as number[];
    const right = closeness(xs.map(geluRight), ref, geluTolerance);
    const wrong = closeness(xs.map(geluWithPointEight), ref, geluTolerance);
    // Measured here: the float32 error uses under a tenth of the bound, the
    // wrong constant exceeds it more than tenfold; tfjs's own 1e-3 would accept it.
    expect(right.ratio).toBeLessThan(0.1);
    expect(wrong.ratio).toBeGreaterThan(10);
    expect(Math.abs(wrong.got - wrong.expected)).toBeLessThan(1e-3);
  });
});

describe('closeness', () => {
  it('is norm-wise: tiny expected values are judged against the output magnitude', () => {
    // GELU(−10) ≈ −1e-22: an absolute error of 1e-9 there is float32 noise next to GELU(10) = 10.
    expect(closeness([10, 1e-9], [10, -1e-22], 1e-7).ratio).toBeLessThan(1);
  });

  it('names the worst element', () => {
    const c = closeness([1, 2, 3.5, 4], [1, 2, 3, 4], 1e-6);
    expect(c.worst).toBe(2);
    expect(c.got).toBe(3.5);
  });

  it('accepts only exact zeros when everything expected is zero', () => {
    expect(closeness([0, 0], [0, 0], 1e-6).ratio).toBe(0);
    expect(closeness([1e-300, 0], [0, 0], 1e-6).ratio).toBe(Infinity);
  });
});

describe('finite-difference constants', () => {
  it('keep kinks well outside any difference step at our input magnitudes', () => {
    expect(KINK_MARGIN).toBeGreaterThan(10 * FD_STEP * 10);
  });
});
