import { describe, expect, it } from 'vitest';
import { FINITE_HALF_CODES, HALF_GRID, half64, halfUlp, scalerRun64, update64 } from './oracle';

// The oracle against facts that do not come from it: the IEEE 754 binary16
// layout, values worked out by hand, and (where Node has it) the engine's own
// Math.f16round.

const opts = { growthFactor: 2, backoffFactor: 0.5, growthInterval: 3 };

describe('float16 oracle', () => {
  it('lists the halves in order, from 0 through 2⁻²⁴, 2⁻¹⁴ and 1 to 65504', () => {
    expect(HALF_GRID.length).toBe(FINITE_HALF_CODES + 1);
    expect(HALF_GRID.every((v, c) => c === 0 || v > HALF_GRID[c - 1])).toBe(true);
    expect(HALF_GRID[0]).toBe(0);
    expect(HALF_GRID[1]).toBe(2 ** -24);
    expect(HALF_GRID[1023]).toBe(2 ** -14 - 2 ** -24);
    expect(HALF_GRID[1024]).toBe(2 ** -14);
    expect(HALF_GRID[0x3c00]).toBe(1);
    expect(HALF_GRID[0x3555]).toBe(0.333251953125);
    expect(HALF_GRID[0x7bff]).toBe(65504);
  });

  it('maps every half value to itself, and the midpoint of two neighbours to the even one', () => {
    const wrong: number[] = [];
    for (let c = 0; c < FINITE_HALF_CODES; c++) {
      const mid = (HALF_GRID[c] + HALF_GRID[c + 1]) / 2;
      const even = c + 1 === FINITE_HALF_CODES ? Number.POSITIVE_INFINITY : HALF_GRID[c % 2 === 0 ? c : c + 1];
      if (half64(HALF_GRID[c]) !== HALF_GRID[c] || half64(-HALF_GRID[c]) !== -HALF_GRID[c] || half64(mid) !== even)
        wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('gives the values worked out by hand', () => {
    expect(half64(65519.99)).toBe(65504);
    expect(half64(65520)).toBe(Number.POSITIVE_INFINITY);
    expect(half64(-1e300)).toBe(Number.NEGATIVE_INFINITY);
    expect(half64(2 ** -25)).toBe(0);
    expect(half64(3 * 2 ** -26)).toBe(2 ** -24);
    expect(half64(0.1)).toBe(0.0999755859375);
    expect(half64(1 / 3)).toBe(0.333251953125);
    expect(half64(1 + 2 ** -11)).toBe(1);
    expect(half64(1 + 3 * 2 ** -11)).toBe(1 + 2 ** -9);
    expect(Object.is(half64(-(2 ** -30)), -0)).toBe(true);
    expect(Object.is(half64(-0), -0)).toBe(true);
    expect(half64(Number.NaN)).toBeNaN();
  });

  it('switches each mistake on: truncation, ties away, overflow, FTZ, −0, float32 first', () => {
    expect(half64(1 + 3 * 2 ** -12, { rounding: 'truncate' })).toBe(1);
    expect(half64(1 + 2 ** -11, { rounding: 'ties-away' })).toBe(1 + 2 ** -10);
    expect(half64(65510, { overflow: 'above-max' })).toBe(Number.POSITIVE_INFINITY);
    expect(half64(-1e6, { overflow: 'saturate' })).toBe(-65504);
    expect(half64(2 ** -20, { flushSubnormals: true })).toBe(0);
    expect(Object.is(half64(-(2 ** -30), { loseNegativeZero: true }), 0)).toBe(true);
    // 1 + 2⁻¹¹ + 2⁻³⁰ is past the tie, but float32 (24 bits) rounds it onto the tie, which goes to even.
    expect(half64(1 + 2 ** -11 + 2 ** -30)).toBe(1 + 2 ** -10);
    expect(half64(1 + 2 ** -11 + 2 ** -30, { viaFloat32: true })).toBe(1);
  });

  it('has the spacing of the grid at x', () => {
    expect(halfUlp(1)).toBe(2 ** -10);
    expect(halfUlp(1.999)).toBe(2 ** -10);
    expect(halfUlp(65504)).toBe(32);
    expect(halfUlp(2 ** -14)).toBe(2 ** -24);
    expect(halfUlp(2 ** -20)).toBe(2 ** -24);
  });

  const f16round = (Math as unknown as { f16round?: (x: number) => number }).f16round;
  it.skipIf(!f16round)('agrees with Math.f16round where the engine has it', () => {
    const xs = [
      0.1,
      1 / 3,
      65519.99,
      65520,
      2 ** -25,
      3 * 2 ** -26,
      1 + 2 ** -11 + 2 ** -30,
      -(2 ** -30),
      1e-6,
      12345.678,
    ];
    for (const x of xs) expect(Object.is(half64(x), f16round?.(x))).toBe(true);
  });
});

describe('scaler oracle', () => {
  it('grows on the growthInterval-th clean step and backs off on an overflow, resetting the count', () => {
    expect(update64({ scale: 8, goodSteps: 2 }, false, opts)).toEqual({ scale: 16, goodSteps: 0 });
    expect(update64({ scale: 8, goodSteps: 1 }, false, opts)).toEqual({ scale: 8, goodSteps: 2 });
    expect(update64({ scale: 8, goodSteps: 2 }, true, opts)).toEqual({ scale: 4, goodSteps: 0 });
    const run = scalerRun64({ scale: 1024, goodSteps: 0 }, [false, false, false, true, false], opts);
    expect(run.map((s) => s.scale)).toEqual([1024, 1024, 2048, 1024, 1024]);
    expect(run.map((s) => s.goodSteps)).toEqual([1, 2, 0, 0, 1]);
  });
});
