import type { Box, Images, Labels } from '../../katas/30-data-augmentation/data-augmentation';
import { seededRng } from '../../katas/lib/rng';
import { add, dilatePad, div, float64Bounds, mul, scalar64, sub, type Tensor64, tensor64 } from '../kit/tensor';
import { gathered } from './pixels';

// The kata in float64 with kit/tensor. Crops and flips only move pixels or
// write zeros (exact, each value keeps the bound of reading it into
// float32); the crop's padded image is kit/tensor's dilatePad with stride 1.
// mixup and the CutMix labels are λ·a + (1 − λ)·b with λ and 1 − λ rounded
// to float32 as the reference reads them. The random choices follow the
// documented rng order, on the stream the case scripts. A `Slip` is one
// mistake: what code that makes it returns.

export interface Case {
  /** [N, C, H, W]. */
  readonly x: Images;
  /** [N, K], rows summing to 1. */
  readonly y: Labels;
  /** The crop's zero padding p on each side. */
  readonly padding: number;
  /** What rng() returns first, call after call (2N numbers). */
  readonly us: number[];
  /** Seeds the stream rng() continues with after `us`. */
  readonly seed: number;
  /** The flip probability. */
  readonly p: number;
  readonly lambda: number;
  /** A permutation of 0 … N − 1. */
  readonly perm: number[];
  readonly box: Box;
}

export interface Slip {
  /** Offsets floor(rng()·2p). */
  readonly offByOne?: true;
  /** Border pixels repeated instead of zeros. */
  readonly edgePadding?: true;
  /** The window read at x[i + top][j + left]. */
  readonly notShifted?: true;
  /** Rows mirrored instead of columns. */
  readonly vertical?: true;
  /** One rng() call for the whole batch. */
  readonly oncePerBatch?: true;
  readonly labels?: 'unmixed' | 'swapped';
  /** λ from the box's own h·w. */
  readonly unclipped?: true;
  /** Pasted from x[n] itself. */
  readonly self?: true;
  /** top/height read as columns, left/width as rows. */
  readonly transposed?: true;
}

const shapeOf = (x: Images): [number, number, number, number] => [
  x.length,
  x[0].length,
  x[0][0].length,
  x[0][0][0].length,
];

/** The first `count` numbers rng() returns on the case: `us`, then seededRng(seed). */
export function stream(c: Case, count: number): number[] {
  const rest = seededRng(c.seed);
  return Array.from({ length: count }, (_, k) => (k < c.us.length ? c.us[k] : rest()));
}

/** [top, left] of each image, in the documented order. */
export function cropOffsets(c: Case, slip: Slip = {}): [number, number][] {
  const span = slip.offByOne ? 2 * c.padding : 2 * c.padding + 1;
  const u = stream(c, 2 * c.x.length);
  return c.x.map((_, n) => [Math.floor(u[2 * n] * span), Math.floor(u[2 * n + 1] * span)]);
}

/** randomCrop as code with the slip computes it. */
export function cropOracle(c: Case, slip: Slip = {}): Tensor64 {
  const [N, C, H, W] = shapeOf(c.x);
  const p = c.padding;
  const offsets = cropOffsets(c, slip);
  const x = tensor64(c.x);
  if (slip.edgePadding || slip.notShifted) {
    const shift = slip.notShifted ? 0 : p;
    const clamp = (v: number, n: number): number => Math.min(Math.max(v, 0), n - 1);
    return gathered(x, [N, C, H, W], (n, ch, i, j) => {
      const r = i + offsets[n][0] - shift;
      const q = j + offsets[n][1] - shift;
      if (slip.notShifted && (r >= H || q >= W)) return -1;
      return ((n * C + ch) * H + clamp(r, H)) * W + clamp(q, W);
    });
  }
  const padded = dilatePad(x, 1, [p, p], [p, p]);
  const [Hp, Wp] = [H + 2 * p, W + 2 * p];
  return gathered(
    padded,
    [N, C, H, W],
    (n, ch, i, j) => ((n * C + ch) * Hp + i + offsets[n][0]) * Wp + j + offsets[n][1],
  );
}

/** Which images randomHorizontalFlip flips: image n iff its own draw is < p. */
export function flipped(c: Case, slip: Slip = {}): boolean[] {
  const u = stream(c, c.x.length);
  return c.x.map((_, n) => (slip.oncePerBatch ? u[0] : u[n]) < c.p);
}

/** The images flagged in `which` mirrored (rows reversed under `vertical`), the others as they are. */
export function flipOracle(c: Case, which: readonly boolean[] = c.x.map(() => true), slip: Slip = {}): Tensor64 {
  const [N, C, H, W] = shapeOf(c.x);
  return gathered(tensor64(c.x), [N, C, H, W], (n, ch, i, j) => {
    const [r, q] = !which[n] ? [i, j] : slip.vertical ? [H - 1 - i, j] : [i, W - 1 - j];
    return ((n * C + ch) * H + r) * W + q;
  });
}

/** Row n of t moved to where perm says: [perm[0], perm[1], …]. */
function permuted(t: Tensor64, perm: readonly number[]): Tensor64 {
  const [N, ...rest] = t.shape;
  const size = rest.reduce((a, b) => a * b, 1);
  const flat = gathered(t, [N, 1, 1, size], (n, _c, _i, j) => perm[n] * size + j);
  return { ...flat, shape: t.shape };
}

/** λ·a + (1 − λ)·b, λ a tracked scalar. */
const mixed = (lambda: Tensor64, a: Tensor64, b: Tensor64): Tensor64 =>
  add(mul(lambda, a), mul(sub(scalar64(1), lambda), b));

export type MixupOutputs = { readonly x: Tensor64; readonly y: Tensor64 };

/** mixup as code with the slip computes it. */
export function mixupOracle(c: Case, slip: Slip = {}): MixupOutputs {
  const [x, y] = [tensor64(c.x), tensor64(c.y)];
  const lambda = scalar64(c.lambda);
  const rest = scalar64(1 - c.lambda);
  const mix = (a: Tensor64, b: Tensor64): Tensor64 => add(mul(lambda, a), mul(rest, b));
  const yMixed =
    slip.labels === 'unmixed'
      ? y
      : slip.labels === 'swapped'
        ? mix(permuted(y, c.perm), y)
        : mix(y, permuted(y, c.perm));
  return { x: mix(x, permuted(x, c.perm)), y: yMixed };
}

/** The box clipped to an H×W image: [r0, r1, c0, c1], ends exclusive. */
export function clipped(box: Box, H: number, W: number): [number, number, number, number] {
  const clamp = (v: number, n: number): number => Math.min(Math.max(v, 0), n);
  return [clamp(box.top, H), clamp(box.top + box.height, H), clamp(box.left, W), clamp(box.left + box.width, W)];
}

export type CutmixOutputs = { readonly x: Tensor64; readonly y: Tensor64; readonly lambda: Tensor64 };

/** cutmix as code with the slip computes it. */
export function cutmixOracle(c: Case, slip: Slip = {}): CutmixOutputs {
  const [N, C, H, W] = shapeOf(c.x);
  const b = c.box;
  const box = slip.transposed ? { top: b.left, left: b.top, height: b.width, width: b.height } : b;
  const [r0, r1, c0, c1] = clipped(box, H, W);
  const area = slip.unclipped ? box.height * box.width : (r1 - r0) * (c1 - c0);
  const exact = (v: number): Tensor64 => tensor64(v, { exact: true });
  const lambda = sub(scalar64(1), div(exact(area), exact(H * W)));
  const x = gathered(tensor64(c.x), [N, C, H, W], (n, ch, i, j) => {
    const from = !slip.self && i >= r0 && i < r1 && j >= c0 && j < c1 ? c.perm[n] : n;
    return ((from * C + ch) * H + i) * W + j;
  });
  const y = tensor64(c.y);
  return { x, y: mixed(lambda, y, permuted(y, c.perm)), lambda };
}

/**
 * Float64 bounds for a learner's mixup against the exact mix: the larger of
 * the bounds of λ·a + (1 − λ)·b and of b + λ·(a − b), two equally right ways
 * to write it whose roundings differ (at λ = 1 the second is a only up to
 * the rounding of a − b).
 */
export function mixupFloat64Bounds(c: Case): { x: Float64Array; y: Float64Array } {
  const lambda = scalar64(c.lambda);
  const other = (t: Tensor64, perm: readonly number[]): Tensor64 => {
    const b = permuted(t, perm);
    return add(b, mul(lambda, sub(t, b)));
  };
  const truth = mixupOracle(c);
  const larger = (a: Tensor64, b: Tensor64): Float64Array => {
    const [fa, fb] = [float64Bounds(a), float64Bounds(b)];
    return fa.map((v, i) => Math.max(v, fb[i]));
  };
  return { x: larger(truth.x, other(tensor64(c.x), c.perm)), y: larger(truth.y, other(tensor64(c.y), c.perm)) };
}
