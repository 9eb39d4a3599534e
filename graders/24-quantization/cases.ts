import fc from 'fast-check';
import type * as Kata from '../../katas/24-quantization/quantization';
import {
  extremes,
  type FakeCase,
  INT8,
  type LinearCase,
  params64,
  type Range,
  type StaticCase,
  weights64,
} from './oracle';

export type K = typeof Kata;

/**
 * Uniform on [lo, hi), on a grid of 2³⁰ points: fc.double leans on the ends
 * and on subnormals, which would make most ranges degenerate (scale floored
 * at 2⁻²³) instead of the layers a network has.
 */
export const uniform = (lo: number, hi: number): fc.Arbitrary<number> =>
  fc.integer({ min: 0, max: 2 ** 30 - 1 }).map((k) => lo + ((hi - lo) * (k + 0.5)) / 2 ** 30);

/** The ranges a learner is given: int8 both ways, uint8, int8 without −128, int4. */
export const RANGES: readonly Range[] = [
  INT8,
  { scheme: 'symmetric', qmin: -128, qmax: 127 },
  { scheme: 'asymmetric', qmin: 0, qmax: 255 },
  { scheme: 'symmetric', qmin: -127, qmax: 127 },
  { scheme: 'asymmetric', qmin: -8, qmax: 7 },
  { scheme: 'symmetric', qmin: -8, qmax: 7 },
];
const asymmetricRange = fc.constantFrom(...RANGES.filter((r) => r.scheme === 'asymmetric'));
const symmetricRange = fc.constantFrom(...RANGES.filter((r) => r.scheme === 'symmetric'));

/**
 * v/scale further than 10⁻⁶ from a half-integer: there, any float64 order of
 * the division (x/scale, x·(1/scale), a scale computed another way) rounds
 * to the same integer. Exact ties are drawn on purpose elsewhere, with
 * power-of-two scales that make them exact.
 */
export const offTie = (v: number, scale: number): boolean => {
  const t = Math.abs(v / scale);
  return Math.abs(t - Math.floor(t) - 0.5) > 1e-6;
};

/** 10^−2 … 10^1.7 in magnitude. */
const magnitude = uniform(-2, 1.7).map((e) => 10 ** e);

export interface RangeCase {
  readonly min: number;
  readonly max: number;
  readonly range: Range;
}

/** Params from a range are compared exactly (zeroPoint): its lo/scale kept off ties. */
const paramsOffTie = ({ min, max, range }: RangeCase): boolean => {
  if (range.scheme === 'symmetric') return true;
  const p = params64(min, max, range);
  return offTie(Math.min(min, 0), p.scale) && offTie(min, (max - min) / (range.qmax - range.qmin));
};

const mixed = (range: fc.Arbitrary<Range>, negativeFirst = false): fc.Arbitrary<RangeCase> =>
  fc
    .record({ a: magnitude, b: magnitude, range })
    .map(({ a, b, range: r }) =>
      negativeFirst ? { min: -Math.max(a, b), max: Math.min(a, b), range: r } : { min: -a, max: b, range: r },
    );
const oneSided = (sign: 1 | -1): fc.Arbitrary<RangeCase> =>
  fc.record({ a: magnitude, b: magnitude, range: asymmetricRange }).map(({ a, b, range }) => {
    const [lo, hi] = a < b ? [a, b] : [b, a];
    return sign > 0 ? { min: lo, max: hi, range } : { min: -hi, max: -lo, range };
  });

export interface ParamsCase {
  readonly ranges: RangeCase[];
}

/** A range of every kind in each case, so that every mistake of quantParams shows in every case. */
export const paramsCases: fc.Arbitrary<ParamsCase> = fc
  .tuple(
    mixed(asymmetricRange),
    oneSided(1),
    oneSided(-1),
    mixed(symmetricRange, true),
    mixed(symmetricRange),
    mixed(fc.constantFrom(...RANGES)),
  )
  .filter((rs) => rs.every(paramsOffTie))
  .map((ranges) => ({ ranges }));

/** Given scale, zero point and range, and the x to quantize. */
export interface QuantCase {
  readonly x: number[];
  readonly scale: number;
  readonly zeroPoint: number;
  readonly range: Range;
}

const ofRange = fc.constantFrom(...RANGES);
/** x = t·scale with t an exact tie k + ½, in or past the range. */
const tiesFor = (lo: number, hi: number, n: number) =>
  fc.array(
    fc.integer({ min: lo - 3, max: hi + 2 }).map((k) => k + 0.5),
    { minLength: n, maxLength: n },
  );
const offTiesFor = (lo: number, hi: number, n: number) =>
  fc.array(
    fc
      .tuple(fc.integer({ min: lo, max: hi }), uniform(0, 1))
      .filter(([, f]) => Math.abs(f - 0.5) > 1e-5)
      .map(([k, f]) => k + f),
    { minLength: n, maxLength: n },
  );

/**
 * A power-of-two scale (x/scale is exact) with an even zero point, or any
 * scale with any zero point: exact ties, values inside the range, and values
 * past both ends. Ties only with an even zero point, where round(x/s) + zp
 * and round(x/s + zp) agree (PyTorch's kernel and its docs' formula).
 */
const quantCase = (withTies: boolean, nTies = 4, ranges: fc.Arbitrary<Range> = ofRange): fc.Arbitrary<QuantCase> =>
  ranges.chain((range) =>
    fc
      .record({
        scale: withTies ? fc.integer({ min: -8, max: 4 }).map((e) => 2 ** e) : uniform(0.003, 3),
        zeroPoint:
          range.scheme === 'symmetric'
            ? fc.constant(0)
            : withTies
              ? fc.integer({ min: Math.ceil(range.qmin / 2), max: Math.floor(range.qmax / 2) }).map((z) => 2 * z)
              : fc.integer({ min: range.qmin, max: range.qmax }),
      })
      .chain(({ scale, zeroPoint }) => {
        const lo = range.qmin - zeroPoint;
        const hi = range.qmax - zeroPoint;
        return fc
          .tuple(
            withTies ? tiesFor(lo, hi, nTies) : fc.constant([]),
            offTiesFor(lo, hi, 4),
            offTiesFor(lo - 40, lo - 2, 2),
            offTiesFor(hi + 2, hi + 40, 2),
          )
          .map((parts) => ({ x: parts.flat().map((t) => t * scale), scale, zeroPoint, range }));
      }),
  );

export const quantCases: fc.Arbitrary<QuantCase> = fc.oneof(
  { weight: 2, arbitrary: quantCase(true) },
  { weight: 1, arbitrary: quantCase(false) },
);

/** Exact ties only (and a few values past the ends), power-of-two scales, even zero points. */
export const tieCases: fc.Arbitrary<QuantCase> = quantCase(true, 8).map((c) => ({
  ...c,
  x: c.x.filter((v) => Number.isInteger(v / c.scale - 0.5)),
}));

export interface RoundTripCase extends RangeCase {
  readonly x: number[];
}

/** A range (every kind), and x inside it, past both ends, and 0. */
export const roundTripCases: fc.Arbitrary<RoundTripCase> = fc
  .oneof(mixed(ofRange), oneSided(1), oneSided(-1), mixed(symmetricRange, true))
  .chain((r) => {
    const lo = Math.min(r.min, 0);
    const hi = Math.max(r.max, 0);
    const width = hi - lo;
    return fc
      .tuple(
        fc.array(uniform(lo, hi), { minLength: 6, maxLength: 6 }),
        fc.array(uniform(0.2, 3), { minLength: 2, maxLength: 2 }),
      )
      .map(([inside, past]) => ({
        ...r,
        x: [...inside, r.min, r.max, 0, lo - past[0] * width, hi + past[1] * width],
      }));
  });

export interface PerChannelCase {
  readonly W: number[][];
  readonly range: Range;
}

/** [out, in] with out ≠ in, rows of very different sizes. */
const weightMatrix = (rows: number, cols: number): fc.Arbitrary<number[][]> =>
  fc.array(
    fc
      .tuple(magnitude, fc.array(uniform(-1, 1), { minLength: cols, maxLength: cols }))
      .map(([m, row]) => row.map((v) => v * m)),
    { minLength: rows, maxLength: rows },
  );

const nonSquare = fc
  .tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 1, max: 3 }), fc.boolean())
  .map(([a, d, tall]) => (tall ? [a + d, a] : [a, a + d]));

/** Every element of every row off a tie, the symmetric +max (127.5 → 128 → clamped to 127 either way) aside. */
const rowOffTies = (row: readonly number[], range: Range): boolean => {
  const { min, max } = extremes(row);
  const p = params64(min, max, range);
  const reach = Math.max(-Math.min(min, 0), Math.max(max, 0));
  const onlyClampedTie = (v: number) => range.scheme === 'symmetric' && v === reach;
  return row.every((v) => onlyClampedTie(v) || offTie(v, p.scale)) && paramsOffTie({ min, max, range });
};

/** A symmetric row's largest magnitude positive: its −max would sit on the tie −127.5. */
const positiveReach = (W: number[][]): number[][] =>
  W.map((row) => {
    const { min, max } = extremes(row);
    return -min > max ? row.map((v) => -v) : row;
  });

export const perChannelCases: fc.Arbitrary<PerChannelCase> = fc
  .tuple(nonSquare, ofRange)
  .chain(([[o, i], range]) => weightMatrix(o, i).map((W) => ({ W: positiveReach(W), range })))
  .filter(({ W, range }) => W.every((row) => rowOffTies(row, range)));

const activations = (batch: number, n: number, shift: number) =>
  fc.array(fc.array(uniform(-3 + shift, 3 + shift), { minLength: n, maxLength: n }), {
    minLength: batch,
    maxLength: batch,
  });

/** Every quantized value of the layer off a tie. */
const linearOffTies = ({ x, W, perChannel }: LinearCase, xs: readonly (readonly number[])[]): boolean => {
  const w = weights64(W, perChannel);
  const all = xs.flat();
  const { min, max } = extremes(all);
  const p = params64(min, max, INT8);
  const weightsOk = W.every((row, o) => {
    const reach = extremes(row.map(Math.abs)).max;
    return row.every((v) => v === reach || offTie(v, w.scale[o]));
  });
  return weightsOk && paramsOffTie({ min, max, range: INT8 }) && x.flat().every((v) => offTie(v, p.scale));
};

const layer = (shift: number) =>
  fc.tuple(nonSquare, fc.integer({ min: 1, max: 3 }), fc.boolean()).chain(([[out, inn], batch, perChannel]) =>
    fc.record({
      x: activations(batch, inn, shift),
      W: weightMatrix(out, inn).map(positiveReach),
      b: fc.array(uniform(-2, 2), { minLength: out, maxLength: out }),
      perChannel: fc.constant(perChannel),
    }),
  );

/** A layer, its activations sometimes all positive (after a ReLU). */
export const linearCases: fc.Arbitrary<LinearCase> = fc.oneof(layer(0), layer(3)).filter((c) => linearOffTies(c, c.x));

/** Calibration batches and a layer whose new batch reaches past the calibrated range. */
export const staticCases: fc.Arbitrary<StaticCase> = linearCases
  .chain((c) =>
    fc
      .array(fc.array(uniform(-1.5, 1.5), { minLength: 2, maxLength: 5 }), {
        minLength: 2,
        maxLength: 4,
      })
      .map((calibration) => ({ ...c, calibration })),
  )
  .filter((c) => linearOffTies(c, c.calibration) && c.x.flat().some((v) => Math.abs(v) > 1.6));

export interface ObserverCase {
  readonly batches: number[][];
}

/** 2 to 5 batches, extremes not in the last one as often as not. */
export const observerCases: fc.Arbitrary<ObserverCase> = fc
  .array(fc.array(uniform(-10, 10), { minLength: 1, maxLength: 5 }), {
    minLength: 2,
    maxLength: 5,
  })
  .map((batches) => ({ batches }));

/**
 * Fake quantization on exact values t·scale (power-of-two scale, even zero
 * point): ties, values exactly at qmin and qmax (gradient passes), one step
 * past them (it does not), and values further out.
 */
const fakeCasesOf = (ranges: fc.Arbitrary<Range>): fc.Arbitrary<FakeCase> =>
  quantCase(true, 3, ranges).chain((c) => {
    const lo = c.range.qmin - c.zeroPoint;
    const hi = c.range.qmax - c.zeroPoint;
    const x = [...c.x, lo, hi, lo - 1, hi + 1].map((t, i) => (i < c.x.length ? t : t * c.scale));
    return fc
      .array(
        uniform(-2, 2).filter((d) => d !== 0),
        {
          minLength: x.length,
          maxLength: x.length,
        },
      )
      .map((dout) => ({ x, scale: c.scale, zeroPoint: c.zeroPoint, qmin: c.range.qmin, qmax: c.range.qmax, dout }));
  });

export const fakeCases: fc.Arbitrary<FakeCase> = fakeCasesOf(ofRange);

/** What the defaults are checked on: int8 values to quantize and fake-quantize, a per-tensor layer. */
export interface DefaultsCase {
  readonly quant: QuantCase;
  readonly fake: FakeCase;
  readonly layer: LinearCase;
  readonly range: RangeCase;
}

export const defaultsCases: fc.Arbitrary<DefaultsCase> = fc.record({
  quant: quantCase(true, 4, fc.constant(INT8)),
  fake: fakeCasesOf(fc.constant(INT8)),
  layer: linearCases.map((c) => ({ ...c, perChannel: false })).filter((c) => linearOffTies(c, c.x)),
  range: mixed(fc.constant(INT8)).filter(paramsOffTie),
});

/** Inputs quantParams refuses, each with what is wrong with it. */
export interface RefusedCase {
  readonly min: number;
  readonly max: number;
  readonly opts: { qmin?: number; qmax?: number };
  readonly bad: string;
}

export const refusedCases: fc.Arbitrary<RefusedCase> = fc.constantFrom<RefusedCase>(
  { min: 1, max: -1, opts: {}, bad: 'min = 1 > max = -1' },
  { min: 0.5, max: 0.25, opts: {}, bad: 'min = 0.5 > max = 0.25' },
  { min: Number.NaN, max: 1, opts: {}, bad: 'min = NaN' },
  { min: -1, max: Number.NaN, opts: {}, bad: 'max = NaN' },
  { min: Number.NEGATIVE_INFINITY, max: 1, opts: {}, bad: 'min = -Infinity' },
  { min: -1, max: Number.POSITIVE_INFINITY, opts: {}, bad: 'max = Infinity' },
  { min: -1, max: 1, opts: { qmin: 5, qmax: 5 }, bad: 'qmin = qmax = 5' },
  { min: -1, max: 1, opts: { qmin: 10, qmax: -10 }, bad: 'qmin = 10 > qmax = -10' },
  { min: -1, max: 1, opts: { qmin: -8.5, qmax: 7 }, bad: 'qmin = -8.5, not an integer' },
  { min: -1, max: 1, opts: { qmin: -8, qmax: 7.5 }, bad: 'qmax = 7.5, not an integer' },
);
