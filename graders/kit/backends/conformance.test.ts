import { describe, expect, it } from 'vitest';
import { checkConformance } from './conformance';
import { conformanceCases, fixedValues } from './conformanceCases';
import { refusal } from './judgeBackend';
import { loadTf } from './loadTf';
import { startRemoteBackend } from './startRemoteBackend';

// The wasm backend computes a wrong max-pool gradient where a window's max is
// negative, and lacks three gradient kernels (README, Reference backends): the check
// must refuse it and say which op, every time, not only from a cache.

describe('conformance check', () => {
  const tf = loadTf();

  it('refuses wasm for the max-pool gradient and names the missing kernels', () => {
    startRemoteBackend(tf, 'wasm');
    const found = checkConformance(tf, 'wasm');
    const maxPool = found.find((d) => d.op === 'maxPool');
    expect(maxPool?.what).toMatch(/^gradient for input 0: element \d+ is .*, cpu says/);
    expect(found.map((d) => d.what).join('\n')).toMatch(
      /kernel Conv2DBackpropFilter is not implemented by the wasm backend/,
    );
    const line = refusal({ backend: 'wasm', device: 'wasm', disagreements: found, shares: {}, precisionFactor: NaN });
    expect(line).toMatch(
      /^KATA_BACKEND=wasm is refused as reference: it disagrees with cpu on maxPool, .*unset KATA_BACKEND to grade on cpu$/,
    );
    expect(line).not.toContain('\n');
  }, 60_000);

  it('accepts cpu against itself', () => {
    expect(checkConformance(tf, 'cpu')).toEqual([]);
  });

  it('max-pool windows in the negative case have a negative maximum and no ties', () => {
    const c = conformanceCases().find((k) => k.op === 'maxPool')!;
    const x = fixedValues(32, 1, c.range);
    expect(Math.max(...x)).toBeLessThan(0);
    const window = (n: number, h: number, w: number): number[] =>
      [0, 1].flatMap((dy) => [0, 1].map((dx) => x[((2 * h + dy) * 4 + 2 * w + dx) * 2 + n]));
    for (const n of [0, 1])
      for (const h of [0, 1])
        for (const w of [0, 1]) {
          const v = window(n, h, w);
          expect(new Set(v).size).toBe(4);
        }
  });

  it('fixed values stay off the kinks at 0 and 6', () => {
    const x = fixedValues(10_000, 3, [-9, 9]);
    expect(x.some((v) => v === 0 || Math.abs(v) === 6)).toBe(false);
  });
});
