import { describe, expect, it } from 'vitest';
import { tensor64 } from '../kit/tensor';
import { GradingFailure } from '../kit/toolkit';
import type { Case } from './cases';
import { expectHiddenKeys } from './expectHiddenKeys';

const hiddenRow: Case = {
  Q: [[[[0]]]],
  K: [[[[0], [0]]]],
  V: [[[[0], [0]]]],
  mask: [[[[0, 0]]]],
  dout: [[[[0]]]],
};

function summary(run: () => void): string {
  try {
    run();
  } catch (e) {
    if (e instanceof GradingFailure) return e.detail.summary;
    throw e;
  }
  return 'passed';
}

describe('expectHiddenKeys', () => {
  it('shows a weight that is off in the seventh digit as different from 1/Sk', () => {
    // What a learner saw: "weights[0][0][0][0] is 0.5, … uniform: 1/2".
    const truth = tensor64([[[[0.5, 0.5]]]]);
    const text = summary(() => expectHiddenKeys([[[[0.50000025, 0.49999975]]]], hiddenRow, truth, [1e-9, 1e-9]));
    expect(text).toBe(
      'weights[0][0][0][0] is 0.5000003, but every key of row 0 (batch 0, head 0) is hidden, so the row is uniform: 1/2 = 0.5',
    );
  });
});
