import { describe, expect, it } from 'vitest';
import { erf } from '../../../katas/lib/erf';
import { ERF_ABSOLUTE_ERROR, FLOAT32_UNIT_ROUNDOFF } from '../tensor';
import { startReference } from './startReference';

describe("tfjs cpu's erf", () => {
  it('is within one rounding plus ERF_ABSOLUTE_ERROR of erf on every float32 grid point of [−6, 6]', () => {
    const xs = Array.from({ length: 120001 }, (_, i) => Math.fround(-6 + i / 10000));
    const got = startReference('cpu').value((tf, x) => tf.erf(x), [xs]) as number[];
    let worst = 0;
    xs.forEach((x, i) => {
      worst = Math.max(worst, Math.abs(got[i] - erf(x)) - FLOAT32_UNIT_ROUNDOFF * Math.abs(erf(x)));
    });
    expect(worst).toBeLessThanOrEqual(ERF_ABSOLUTE_ERROR);
    // The constant is the measurement rounded up, not a margin picked to pass.
    expect(worst).toBeGreaterThan(0.8 * ERF_ABSOLUTE_ERROR);
  });
});
