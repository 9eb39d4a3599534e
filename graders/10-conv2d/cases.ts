import fc from 'fast-check';
import type * as Kata from '../../katas/10-conv2d/conv2d';
import { convOutputSize } from '../kit/tensor';
import { tensor } from '../kit/toolkit';
import type { Case, Tensor4 } from './oracle';

export type K = typeof Kata;

/** The arguments of conv2dOutputSize. */
export interface SizeCase {
  readonly size: number;
  readonly kernel: number;
  readonly stride: number;
  readonly padding: number;
  readonly dilation: number;
}

interface Layout {
  readonly N: number;
  readonly Cin: number;
  readonly Cout: number;
  readonly kH: number;
  readonly kW: number;
  readonly stride: number;
  readonly padding: number;
  readonly dilation: number;
  readonly H: number;
  readonly W: number;
}

/** Values for a layout: x in [−3, 3], w and b in [−1, 1], dout in [−2, 2]. */
function valuesOf(l: Layout): fc.Arbitrary<Case> {
  const Ho = convOutputSize(l.H, l.kH, l.stride, l.padding, l.dilation);
  const Wo = convOutputSize(l.W, l.kW, l.stride, l.padding, l.dilation);
  return fc.record({
    x: tensor([l.N, l.Cin, l.H, l.W], { min: -3, max: 3 }) as fc.Arbitrary<Tensor4>,
    w: tensor([l.Cout, l.Cin, l.kH, l.kW], { min: -1, max: 1 }) as fc.Arbitrary<Tensor4>,
    b: tensor([l.Cout], { min: -1, max: 1 }) as fc.Arbitrary<number[]>,
    dout: tensor([l.N, l.Cout, Math.max(Ho, 1), Math.max(Wo, 1)], { min: -2, max: 2 }) as fc.Arbitrary<Tensor4>,
    stride: fc.constant(l.stride),
    padding: fc.constant(l.padding),
    dilation: fc.constant(l.dilation),
  });
}

/** The smallest input along an axis whose output is not empty: d(k − 1) + 1 − 2p, at least 1. */
const smallest = (k: number, p: number, d: number): number => Math.max(1, d * (k - 1) + 1 - 2 * p);

interface LayoutConstraints {
  readonly kernel?: { readonly min: number; readonly max: number };
  readonly stride?: { readonly min: number; readonly max: number };
  readonly padding?: { readonly min: number; readonly max: number };
}

/**
 * N 1–2, Cin and Cout 1–3, kernels 1–3 (kH ≠ kW often), stride 1–3,
 * padding 0–2, dilation 1–2, H and W up to 9 and large enough for an
 * output: small, but every mistake below shows on them, and strides of 2
 * and 3 mostly leave the division inexact.
 */
function layouts({
  kernel = { min: 1, max: 3 },
  stride = { min: 1, max: 3 },
  padding = { min: 0, max: 2 },
}: LayoutConstraints = {}): fc.Arbitrary<Layout> {
  return fc
    .record({
      N: fc.integer({ min: 1, max: 2 }),
      Cin: fc.integer({ min: 1, max: 3 }),
      Cout: fc.integer({ min: 1, max: 3 }),
      kH: fc.integer(kernel),
      kW: fc.integer(kernel),
      stride: fc.integer(stride),
      padding: fc.integer(padding),
      dilation: fc.integer({ min: 1, max: 2 }),
    })
    .chain(
      (l) =>
        fc.record({
          ...Object.fromEntries(Object.entries(l).map(([k, v]) => [k, fc.constant(v)])),
          H: fc.integer({ min: smallest(l.kH, l.padding, l.dilation), max: 9 }),
          W: fc.integer({ min: smallest(l.kW, l.padding, l.dilation), max: 9 }),
        }) as fc.Arbitrary<Layout>,
    );
}

export const cases: fc.Arbitrary<Case> = layouts().chain(valuesOf);

/** 1×1 kernels, no padding: out[n, :, i, j] = w[:, :, 0, 0]·x[n, :, i·s, j·s] + b. */
export const oneByOneCases: fc.Arbitrary<Case> = layouts({
  kernel: { min: 1, max: 1 },
  stride: { min: 1, max: 2 },
  padding: { min: 0, max: 0 },
}).chain(valuesOf);

/** Which axis the input is shifted along by one pixel, and a stride-1 case with an interior that survives it. */
export interface ShiftCase {
  readonly c: Case;
  readonly axis: 2 | 3;
}

/** Output rows (or columns) i ≥ 1 whose window does not reach the input's last row: out′[i] = out[i − 1] there. */
export const shiftedInterior = (c: Case, axis: 2 | 3): number[] => {
  const size = axis === 2 ? c.x[0][0].length : c.x[0][0][0].length;
  const k = axis === 2 ? c.w[0][0].length : c.w[0][0][0].length;
  const outSize = convOutputSize(size, k, 1, c.padding, c.dilation);
  const rows: number[] = [];
  for (let i = 1; i < outSize; i++) if (i - 1 - c.padding + c.dilation * (k - 1) <= size - 2) rows.push(i);
  return rows;
};

export const shiftCases: fc.Arbitrary<ShiftCase> = fc
  .record({ c: layouts({ stride: { min: 1, max: 1 } }).chain(valuesOf), axis: fc.constantFrom(2 as const, 3 as const) })
  .filter(({ c, axis }) => shiftedInterior(c, axis).length > 0);

/**
 * Inputs too small for the dilated kernel along at least one axis, H + 2p <
 * d(k − 1) + 1: an output of 0 rows (or fewer) that PyTorch refuses. Kernels
 * of 2–3, so some reach exists.
 */
export const emptyCases: fc.Arbitrary<Case> = fc
  .record({
    N: fc.constant(1),
    Cin: fc.integer({ min: 1, max: 2 }),
    Cout: fc.integer({ min: 1, max: 2 }),
    kH: fc.integer({ min: 2, max: 3 }),
    kW: fc.integer({ min: 2, max: 3 }),
    stride: fc.integer({ min: 1, max: 3 }),
    padding: fc.integer({ min: 0, max: 1 }),
    dilation: fc.integer({ min: 1, max: 3 }),
    H: fc.integer({ min: 1, max: 6 }),
    W: fc.integer({ min: 1, max: 6 }),
  })
  .filter(
    (l) =>
      convOutputSize(l.H, l.kH, l.stride, l.padding, l.dilation) < 1 ||
      convOutputSize(l.W, l.kW, l.stride, l.padding, l.dilation) < 1,
  )
  .chain(valuesOf);

const anySize: fc.Arbitrary<SizeCase> = fc
  .record({
    size: fc.integer({ min: 1, max: 32 }),
    kernel: fc.integer({ min: 1, max: 7 }),
    stride: fc.integer({ min: 1, max: 4 }),
    padding: fc.integer({ min: 0, max: 3 }),
    dilation: fc.integer({ min: 1, max: 3 }),
  })
  .filter((s) => span(s) >= 0);

/** H + 2p − d(k − 1) − 1: how far the last window can start, ≥ 0 when the output is not empty. */
export const span = (s: SizeCase): number => s.size + 2 * s.padding - s.dilation * (s.kernel - 1) - 1;

/**
 * Output sizes of at least 1, three in four with an inexact division
 * (span not a multiple of s), where floor and ceil part.
 */
export const sizeCases: fc.Arbitrary<SizeCase> = fc.oneof(
  { arbitrary: anySize.filter((s) => span(s) % s.stride !== 0), weight: 3 },
  { arbitrary: anySize, weight: 1 },
);

/**
 * Where rounding up and forgetting the − 1 part: ⌈m/s⌉ and ⌊(m + 1)/s⌋
 * coincide at s = 2, so ceil shows at s ≥ 3 with m mod s in [1, s − 2], and
 * the missing − 1 at s = 1 (where ceil is right).
 */
export const ceilCases = anySize.filter(
  (s) => s.stride >= 3 && span(s) % s.stride >= 1 && span(s) % s.stride <= s.stride - 2,
);
export const minusOneCases = anySize.filter((s) => s.stride === 1);
