import fc from 'fast-check';
import type * as Kata from '../../katas/15-positional-encoding/positional-encoding';
import { dim, tensor } from '../kit/toolkit';

export type K = typeof Kata;
export type M = number[][];

/** sinusoidalEncoding(length, d). */
export interface EncodingCase {
  readonly length: number;
  readonly d: number;
}

/** ropeRotate(x, positions, base) and ropeBackward(dout, positions, base); base undefined is the default 10000. */
export interface RopeCase {
  readonly x: M;
  readonly positions: number[];
  readonly base?: number;
  readonly dout: M;
}

/**
 * Positions up to 320: far enough that pos·θ_0 is hundreds of radians, where
 * float32 rounding of the angle is what limits the reference (kit/tensor's sin and cos).
 */
export const MAX_POSITION = 320;

/** An even d, 2 to 2·half. */
export const evenD = (half = 8): fc.Arbitrary<number> => dim({ max: half }).map((h) => 2 * h);

/** Short tables (readable) and long ones (large angles). */
const length = fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 200, max: MAX_POSITION }));

export const encodingCases: fc.Arbitrary<EncodingCase> = fc.record({ length, d: evenD() });

/** An odd d, where sin and cos cannot be paired. */
export const oddCases: fc.Arbitrary<EncodingCase> = fc.record({
  length: fc.integer({ min: 1, max: 4 }),
  d: dim({ max: 8 }).map((h) => 2 * h - 1),
});

/** PE at three positions and at each shifted by k: the table is long enough for both. */
export interface ShiftCase {
  readonly d: number;
  readonly positions: number[];
  readonly k: number;
}

export const shiftCases: fc.Arbitrary<ShiftCase> = fc.record({
  d: evenD(),
  positions: fc.array(fc.integer({ min: 0, max: 250 }), { minLength: 1, maxLength: 3 }),
  k: fc.integer({ min: 1, max: 60 }),
});

const position = fc.integer({ min: 0, max: MAX_POSITION });
/** The default (undefined), the paper's 10000 passed explicitly, a small base, and Llama 3's 500000. */
const base = fc.constantFrom(undefined, 10000, 100, 500000);

export function ropeCases(L = dim({ max: 4 })): fc.Arbitrary<RopeCase> {
  return fc.tuple(L, evenD(4)).chain(([n, d]) =>
    fc.record({
      x: tensor([n, d], { min: -3, max: 3 }) as fc.Arbitrary<M>,
      positions: fc.array(position, { minLength: n, maxLength: n }),
      base,
      dout: tensor([n, d], { min: -3, max: 3 }) as fc.Arbitrary<M>,
    }),
  );
}

/** Every row at position 0. */
export const zeroCases: fc.Arbitrary<RopeCase> = ropeCases().map((c) => ({
  ...c,
  positions: c.positions.map(() => 0),
}));

/** A query at m and a key at n, and both moved by the same offset. */
export interface ScoreCase {
  readonly q: number[];
  readonly k: number[];
  readonly m: number;
  readonly n: number;
  readonly offset: number;
  readonly base?: number;
}

export const scoreCases: fc.Arbitrary<ScoreCase> = evenD(4).chain((d) =>
  fc.record({
    q: tensor([d], { min: -3, max: 3 }) as fc.Arbitrary<number[]>,
    k: tensor([d], { min: -3, max: 3 }) as fc.Arbitrary<number[]>,
    m: fc.integer({ min: 0, max: 200 }),
    n: fc.integer({ min: 0, max: 200 }),
    offset: fc.integer({ min: 1, max: 120 }),
    base,
  }),
);
