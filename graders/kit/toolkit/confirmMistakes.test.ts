import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tensor64 } from '../tensor';
import { callLearner } from './callLearner';
import { confirmMistakes } from './confirmMistakes';
import { defineMisconceptions } from './defineMisconceptions';
import { mistake, probe, THROWS } from './mistake';

// A toy kata, y = 2x element-wise, and three mistakes people could make.
type Kata = { double(x: number[]): number[] };
const m = defineMisconceptions('toy', {
  'plus-two': 'y = x + 2 is not 2x',
  squared: 'y = x² is not 2x',
  'throws-on-empty': 'an empty input is an empty output',
});
const cases = fc.record({ x: fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 5 }) });
const doubling = probe<Kata, { x: number[] }>({
  cases,
  observe: (kata, { x }) => ({ y: callLearner(kata, 'double', { x }) }),
  truth: ({ x }) => ({ y: tensor64(x.map((v) => 2 * v)) }),
});
const plusTwo = mistake(doubling, m['plus-two'], ({ x }) => ({ y: x.map((v) => v + 2) }));
const squared = mistake(doubling, m.squared, ({ x }) => ({ y: x.map((v) => v * v) }));
const throwsOnEmpty = mistake(doubling, m['throws-on-empty'], ({ x }) =>
  x.length === 0 ? THROWS : { y: x.map((v) => 2 * v) },
);
const all = [plusTwo, squared, throwsOnEmpty];
const kata = (f: (v: number) => number): Kata => ({ double: (x) => x.map(f) });
const ctx = (x: number[]) => ({ original: { x }, shrunk: { x }, seed: 1 });

describe('confirmMistakes', () => {
  it('names the mistake the code makes, and only that one', () => {
    expect(
      confirmMistakes(
        kata((v) => v + 2),
        all,
        ctx([3]),
      ),
    ).toEqual(['toy.plus-two']);
    expect(
      confirmMistakes(
        kata((v) => v * v),
        all,
        ctx([3]),
      ),
    ).toEqual(['toy.squared']);
  });

  it('does not believe a degenerate case: at x = 2, x + 2, x² and 2x all give 4', () => {
    // Code that is wrong some other way (x³) matches no mistake anywhere else.
    expect(
      confirmMistakes(
        kata((v) => v ** 3),
        all,
        ctx([2]),
      ),
    ).toEqual([]);
    // Code that adds 2 is still recognised from that same degenerate case.
    expect(
      confirmMistakes(
        kata((v) => v + 2),
        all,
        ctx([2]),
      ),
    ).toEqual(['toy.plus-two']);
  });

  it('names nothing for code with two mistakes at once', () => {
    expect(
      confirmMistakes(
        kata((v) => v * v + 2),
        all,
        ctx([3]),
      ),
    ).toEqual([]);
  });

  it('a mistake that never differs from the truth on the cases drawn is never confirmed', () => {
    const invisible = mistake(doubling, m['plus-two'], ({ x }) => ({ y: x.map((v) => 2 * v) }));
    expect(
      confirmMistakes(
        kata((v) => 2 * v),
        [invisible],
        ctx([1]),
      ),
    ).toEqual([]);
  });

  it('a predicted throw is confirmed by code that throws there and is right elsewhere', () => {
    const throwing = mistake(doubling, m['throws-on-empty'], ({ x }) =>
      x.length < 3 ? THROWS : { y: x.map((v) => 2 * v) },
    );
    const code: Kata = {
      double: (x) => {
        if (x.length < 3) throw new RangeError('too short');
        return x.map((v) => 2 * v);
      },
    };
    expect(confirmMistakes(code, [throwing], ctx([1, 2, 3]))).toEqual(['toy.throws-on-empty']);
    expect(
      confirmMistakes(
        kata((v) => 2 * v + 1),
        [throwing],
        ctx([1]),
      ),
    ).toEqual([]);
  });

  it('is deterministic for a seed', () => {
    const a = confirmMistakes(
      kata((v) => v + 2),
      all,
      { ...ctx([5]), seed: 9 },
    );
    const b = confirmMistakes(
      kata((v) => v + 2),
      all,
      { ...ctx([5]), seed: 9 },
    );
    expect(a).toEqual(b);
  });
});
