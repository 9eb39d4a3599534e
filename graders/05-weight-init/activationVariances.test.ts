import { describe, expect, it } from 'vitest';
import { seededRng } from '../../katas/lib/rng';
import { heNormal, heUniform, xavierNormal, xavierUniform } from '../../solutions/05-weight-init/weight-init';
import { activationVariances } from './activationVariances';

// The bands are generous on purpose, and here is why they are enough: over
// 20 seeds at width 128 and batch 32, log2(v₃₀/v₁) had mean −0.9 and
// standard deviation 1.3 for He (a finite-width drift: the mean of a log is
// below the log of the mean), −29.9 and 1.4 for Xavier. The spread shrinks
// as 1/√width, so at width 256 ±4 around the expected value is more than
// four standard deviations, and the two bands are 20 halvings apart.
const WIDTH = 256;
const BATCH = 64;
const log2Drop = (v: number[]): number => Math.log2(v[v.length - 1] / v[0]);

describe('activation variance through 30 ReLU layers', () => {
  it.each([
    ['heNormal', heNormal],
    ['heUniform', heUniform],
  ] as const)('stays level with %s', (_name, init) => {
    const v = activationVariances(init, { width: WIDTH, batch: BATCH, rng: seededRng(5) });
    expect(v).toHaveLength(30);
    // Layer 1 sums a standard normal input: E[y₁²] = width·(2/width)·1 = 2.
    expect(v[0]).toBeGreaterThan(1.5);
    expect(v[0]).toBeLessThan(2.5);
    expect(Math.abs(log2Drop(v))).toBeLessThan(4);
  });

  it.each([
    ['xavierNormal', xavierNormal],
    ['xavierUniform', xavierUniform],
  ] as const)('halves at every layer with %s', (_name, init) => {
    const v = activationVariances(init, { width: WIDTH, batch: BATCH, rng: seededRng(5) });
    // Var(w) = 2/(width + width) = 1/width: E[y₁²] = 1, then ½ per layer, 29 halvings to layer 30.
    expect(v[0]).toBeGreaterThan(0.75);
    expect(v[0]).toBeLessThan(1.25);
    expect(Math.abs(log2Drop(v) + 29)).toBeLessThan(4);
  });
});
