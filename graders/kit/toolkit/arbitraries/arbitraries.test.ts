import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatten, shapeOf } from '../../tensor/nested';
import { KINK_MARGIN } from '../../tensor/tolerance';
import { boundedFloat, classLabels, dim, mask, shape, tensor } from '.';

const seed = 42;

describe('arbitraries', () => {
  it('boundedFloat stays in range, finite, and keeps away from kinks', () => {
    fc.assert(
      fc.property(
        boundedFloat({ min: -2, max: 3, awayFrom: [0, 1] }),
        (x) => x >= -2 && x <= 3 && Number.isFinite(x) && Math.abs(x) >= KINK_MARGIN && Math.abs(x - 1) >= KINK_MARGIN,
      ),
      { seed, numRuns: 2000 },
    );
  });

  it('boundedFloat sends magnitudes float32 cannot hold to exactly 0', () => {
    fc.assert(
      fc.property(boundedFloat(), (x) => x === 0 || Math.abs(x) >= 2 ** -10),
      { seed, numRuns: 2000 },
    );
  });

  it('boundedFloat rejects bad options naming itself', () => {
    expect(() => boundedFloat({ min: 1, max: 0 })).toThrow(/boundedFloat/);
    expect(() => boundedFloat({ min: -1e-4, max: 1e-4, awayFrom: [0] })).toThrow(/boundedFloat/);
  });

  it('tensor has exactly the shape asked for', () => {
    fc.assert(
      fc.property(
        shape(3).chain((s) => fc.tuple(fc.constant(s), tensor(s))),
        ([s, t]) => {
          expect(shapeOf(t)).toEqual(s);
          expect(flatten(t)).toHaveLength(s[0] * s[1] * s[2]);
        },
      ),
      { seed, numRuns: 200 },
    );
  });

  it('dim and shape respect their bounds', () => {
    fc.assert(
      fc.property(dim({ min: 2, max: 4 }), (d) => d >= 2 && d <= 4),
      { seed },
    );
    expect(() => dim({ min: 3, max: 2 })).toThrow(/dim/);
  });

  it('classLabels are integers in [0, classes)', () => {
    fc.assert(
      fc.property(
        classLabels(5, 3),
        (ys) => ys.length === 5 && ys.every((y) => Number.isInteger(y) && y >= 0 && y < 3),
      ),
      { seed },
    );
  });

  it('mask is 0/1 and can keep a visible key in every row', () => {
    fc.assert(
      fc.property(mask([3, 4], { oneVisiblePerRow: true }), (m: number[][]) =>
        m.every((row) => row.every((v) => v === 0 || v === 1) && row.includes(1)),
      ),
      { seed, numRuns: 500 },
    );
  });
});

describe('boundedFloat distribution', () => {
  it('draws most samples from the interior, not just 0 and the bounds', () => {
    const xs = fc.sample(boundedFloat({ min: -10, max: 10 }), { seed, numRuns: 5000 });
    const interior = xs.filter((x) => Math.abs(x) > 0.01 && Math.abs(x) < 9.99).length / xs.length;
    expect(interior).toBeGreaterThan(0.7);
    expect(xs.filter((x) => x === 0).length).toBeGreaterThan(50);
  });
});
