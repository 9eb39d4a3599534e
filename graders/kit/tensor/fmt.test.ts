import { describe, expect, it } from 'vitest';
import { fmt, fmtFloat32, fmtPair } from './fmt';

describe('fmt, fmtFloat32, fmtPair', () => {
  it('gives a message six significant digits', () => {
    expect(fmt(Math.PI)).toBe('3.14159');
    expect(fmt(1e-4)).toBe('0.0001');
    expect(fmt(Number.NaN)).toBe('NaN');
  });

  it('prints a float32 as its shortest round-tripping decimal, a float64 not at all', () => {
    expect(fmtFloat32(Math.fround(1e-4))).toBe('0.0001');
    expect(fmtFloat32(Math.fround(-1e-4))).toBe('-0.0001');
    expect(fmtFloat32(Math.fround(1 / 3))).toBe('0.33333334');
    expect(fmtFloat32(0.5)).toBe('0.5');
    expect(fmtFloat32(0.1)).toBeUndefined();
    expect(fmtFloat32(Number.POSITIVE_INFINITY)).toBeUndefined();
  });

  it('never prints two different numbers alike', () => {
    // What a learner saw: "got 0.5 vs expected 0.5" for 0.50000025.
    expect(fmtPair(0.50000025, 0.5)).toEqual(['0.5000003', '0.5']);
    // The float32 reference as the float32 it is, not 0.0000999999975.
    expect(fmtPair(0, Math.fround(-1e-4))).toEqual(['0', '-0.0001']);
    expect(fmtPair(1.0000001, 1)).toEqual(['1.0000001', '1']);
    expect(fmtPair(1 + 2 ** -52, 1)).toEqual(['1.0000000000000002', '1']);
    const third = Math.fround(1 / 3);
    const ulp = 2 ** -25;
    expect(fmtPair(third + 4 * ulp, third)).toEqual(['0.33333346', '0.33333334']);
    expect(fmtPair(Math.fround(1e-4) + 1e-11, Math.fround(1e-4))).toEqual(['0.00010000001', '0.0001']);
    // When the float32's shortest form reads like yours, digits enough for both.
    expect(fmtPair(0.1, Math.fround(0.1))).toEqual(['0.1', '0.100000001']);
    expect(fmtPair(2, 2)).toEqual(['2', '2']);
    for (let k = 0; k < 2000; k++) {
      const e = Math.fround((k - 1000) / 7);
      const g = e * (1 + (k % 13) * 2 ** -50) + (k % 3) * 1e-12;
      if (g === e) continue;
      const [gs, es] = fmtPair(g, e);
      expect(gs, `${g} vs ${e}`).not.toBe(es);
    }
  });
});
