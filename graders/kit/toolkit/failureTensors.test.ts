import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatValue } from '../engine/formatValue';
import { runProperty } from '../engine/runProperty';
import type { Nested } from '../tensor/nested';
import { tensor } from './arbitraries';
import { callLearner, type KataModule } from './callLearner';
import { type Property, property } from './defineGrader';
import { expectClose } from './expectClose';
import { failureOf } from './failureOf';
import { FAILURE_TENSOR_LIMIT, tensorInputs } from './failureTensors';

type Kata = { double: (x: number[]) => number[] };

// A learner who adds 1 to every element above 0.5: fast-check shrinks the
// failing input, and the tensors must be the shrunk case's, not the first failure's.
const wrong: Kata = { double: (x) => x.map((v) => 2 * v + (v > 0.5 ? 1 : 0)) };

const doubles = property<Kata, { x: number[]; label: string }>({
  id: 'double',
  name: 'doubles',
  points: 1,
  arbitrary: fc
    .integer({ min: 1, max: 6 })
    .chain((n) => fc.record({ x: tensor([n]), label: fc.constant('not a tensor') })),
  check: (kata, { x }) => {
    expectClose(
      callLearner(kata, 'double', { x }),
      x.map((v) => 2 * v),
      { fn: 'double', argument: 'y', bound: 1e-12 },
    );
  },
});

describe('FailureDetail.tensors', () => {
  it('carries the learner and reference values of the shrunk counterexample, with its inputs', () => {
    const env = {
      get reference(): never {
        throw new Error('no reference here');
      },
    };
    const r = runProperty(doubles as Property<KataModule, unknown>, wrong, { seed: 7, env });
    const f = r.failure!;
    const t = f.detail.tensors!;
    expect(f.shrinks).toBeGreaterThan(0);
    const x = t.inputs!.x as number[];
    expect(formatValue({ x, label: 'not a tensor' })).toBe(f.counterexample);
    expect(Object.keys(t.inputs!)).toEqual(['x']);
    expect(t.got).toEqual(wrong.double(x));
    expect(t.expected).toEqual(x.map((v) => 2 * v));
    const i = f.detail.index![0];
    expect([(t.got as number[])[i], (t.expected as number[])[i]]).toEqual([f.detail.got, f.detail.expected]);
    // It crosses to the main thread by structured clone.
    expect(structuredClone(f.detail)).toEqual(f.detail);
  });

  it('leaves out tensors above the limit', () => {
    const big = Array.from({ length: FAILURE_TENSOR_LIMIT + 1 }, () => 1);
    const f = failureOf(() =>
      expectClose(
        big.map(() => 0),
        big,
        { fn: 'f', argument: 'y', bound: 0 },
      ),
    );
    expect(f.detail.got).toBe(0);
    expect(f.detail.tensors).toBeUndefined();
    expect(tensorInputs({ big, small: [[1, 2]] })).toEqual({ small: [[1, 2]] });
  });

  it('takes only numeric tensors from a case', () => {
    const input: Record<string, unknown> = {
      A: [
        [1, 2],
        [3, 4],
      ],
      perm: [1, 0],
      c: { Q: [1] },
      s: 'x',
      n: 3,
      empty: [],
    };
    expect(tensorInputs(input)).toEqual({
      A: [
        [1, 2],
        [3, 4],
      ],
      perm: [1, 0],
    } satisfies Record<string, Nested>);
    expect(tensorInputs([1, 2])).toBeUndefined();
  });
});
