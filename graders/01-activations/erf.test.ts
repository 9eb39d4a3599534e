import { describe, expect, it } from 'vitest';
import { erf } from '../../katas/lib/erf';

// erf(x) rounded to the nearest double from a 50-digit evaluation (mpmath),
// at x = the double nearest to the literal.
const known: [number, number][] = [
  [1e-8, 1.1283791670955126e-8],
  [0.001, 0.0011283787909692365],
  [0.1, 0.1124629160182849],
  [0.25, 0.27632639016823696],
  [0.5, 0.5204998778130465],
  [Math.SQRT1_2, 0.682689492137086],
  [0.7999999999999999, 0.7421009647076604],
  [0.8, 0.7421009647076605],
  [1, 0.8427007929497149],
  [1.25, 0.9229001282564583],
  [1.5, 0.9661051464753108],
  [2, 0.9953222650189527],
  [2.5, 0.999593047982555],
  [3, 0.9999779095030014],
  [3.5, 0.9999992569016276],
  [4, 0.9999999845827421],
  [5, 0.9999999999984626],
  [5.9, 0.9999999999999999],
  [6, 1],
  [10, 1],
];

describe('erf', () => {
  it('gives the textbook values exactly', () => {
    expect(erf(0.5)).toBe(0.5204998778130465);
    expect(erf(1)).toBe(0.8427007929497149);
    expect(erf(2)).toBe(0.9953222650189527);
  });

  it('is within 2.2e-16 relative (about one ulp) of 50-digit values, on both series and fraction sides of 0.8', () => {
    for (const [x, want] of known) {
      for (const s of [1, -1]) {
        const got = erf(s * x);
        expect(Math.abs(got - s * want), `erf(${s * x})`).toBeLessThanOrEqual(Number.EPSILON * Math.abs(want));
      }
    }
  });

  it('is odd, keeps −0, and saturates to ±1 without NaN', () => {
    expect(Object.is(erf(-0), -0)).toBe(true);
    expect(erf(0)).toBe(0);
    for (const x of [27, 28, 1e3, 1e300, Infinity]) {
      expect(erf(x)).toBe(1);
      expect(erf(-x)).toBe(-1);
    }
    expect(erf(NaN)).toBeNaN();
  });

  it('increases monotonically across the switch between expansions', () => {
    let prev = erf(0.79);
    for (let i = 1; i <= 200; i++) {
      const x = 0.79 + i * 1e-4;
      const y = erf(x);
      expect(y).toBeGreaterThanOrEqual(prev);
      prev = y;
    }
  });
});
