import { describe, expect, it } from 'vitest';
import { geluToleranceCase } from './geluToleranceCase';
import { startReference } from './startReference';

describe('the derived tolerance on GELU (tanh form) over [−10, 10]', () => {
  const { right, wrong } = geluToleranceCase(startReference('cpu'));

  it('accepts the float32 reference with a wide margin', () => {
    expect(right.ratio).toBeLessThan(0.5);
  });

  it('rejects √(2/π) written as 0.8 many times over, an error tfjs’s own 1e-3 would accept', () => {
    expect(wrong.ratio).toBeGreaterThan(10);
    expect(Math.abs(wrong.got - wrong.expected)).toBeLessThan(1e-3);
  });
});
