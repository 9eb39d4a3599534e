import { describe, expect, it } from 'vitest';
import { expectFinite } from './expectFinite';
import { failureOf } from './failureOf';
import { fail } from './gradingFailure';
import { withMisconception } from './withMisconception';

describe('withMisconception', () => {
  it('names the misconception when the check names none, and adds the context', () => {
    const f = failureOf(() =>
      withMisconception(
        'the mask was applied after the softmax',
        () => fail({ summary: 'row 2 sums to 0.4' }),
        'weights',
      ),
    );
    expect(f.detail).toMatchObject({
      summary: 'weights: row 2 sums to 0.4',
      misconception: 'the mask was applied after the softmax',
    });
  });

  it('keeps a more specific misconception found by the check', () => {
    const f = failureOf(() => withMisconception('general', () => fail({ summary: 's', misconception: 'specific' })));
    expect(f.detail.misconception).toBe('specific');
  });

  it('passes values through and lets other errors escape', () => {
    expect(withMisconception('m', () => 3)).toBe(3);
    expect(() =>
      withMisconception('m', () => {
        throw new TypeError('grader bug');
      }),
    ).toThrow(TypeError);
  });
});

describe('expectFinite', () => {
  it('names the first non-finite element, its index and the mistake', () => {
    const f = failureOf(() =>
      expectFinite(
        [
          [1, 2],
          [3, NaN],
        ],
        { fn: 'softmax', argument: 'p', misconception: 'no max-subtraction', context: 'for scores of 1e3' },
      ),
    );
    expect(f.detail).toMatchObject({
      summary: 'p[1][1] is NaN for scores of 1e3',
      index: [1, 1],
      misconception: 'no max-subtraction',
    });
  });

  it('accepts finite values and leaves shape problems to validateTensor', () => {
    expect(() => expectFinite([[1], [2, 3]], { fn: 'f', argument: 'x', misconception: 'm' })).not.toThrow();
    expect(() => expectFinite(Infinity, { fn: 'f', argument: 'loss', misconception: 'overflow' })).toThrow(
      /loss is Infinity/,
    );
  });
});
