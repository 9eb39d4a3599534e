import { describe, expect, it } from 'vitest';
import { startReference } from '../kit/backends/startReference';
import { checkReference } from '../kit/toolkit';
import { floatLinear64, type LinearCase } from './oracle';
import { floatLinearReference } from './reference';

// Fixed cases: a non-square W (rows and columns not to be confused), values
// of very different sizes per output channel, and a batch of one.
const cases: Pick<LinearCase, 'x' | 'W' | 'b'>[] = [
  {
    x: [
      [0.5, -2, 3],
      [1.25, 0, -0.75],
    ],
    W: [
      [0.1, -0.2, 0.3],
      [40, 25, -60],
    ],
    b: [0.01, -3],
  },
  { x: [[1e3, -1e-3, 7, 0.3]], W: [[1e-3, 2, -0.5, 0.25]], b: [100] },
];

describe('quantization reference', () => {
  it('the float linear agrees with the float64 oracle within its bounds', () => {
    const margin = checkReference(startReference('cpu'), {
      name: 'quantization',
      cases,
      reference: (r, c) => floatLinearReference(r, c.x, c.W, c.b),
      oracle: (c) => ({ y: floatLinear64(c) }),
    });
    expect(margin.reference).toBeLessThan(1);
  });
});
