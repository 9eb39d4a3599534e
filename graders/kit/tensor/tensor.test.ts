import { describe, expect, it } from 'vitest';
import {
  add,
  bounds,
  closeness,
  conv2d,
  convOutputSize,
  div,
  FLOAT32_UNIT_ROUNDOFF,
  float64Bounds,
  forEachIndex,
  logSoftmax,
  map,
  matmul,
  max,
  mean,
  mul,
  norm2,
  normInf,
  offsetOf,
  reshape,
  softmax,
  softmaxBackward,
  sub,
  sum,
  tensor64,
  toNested,
  transpose,
  where,
} from '.';

const values = (t: { data: Float64Array }) => Array.from(t.data);

describe('float64 tensors: values', () => {
  it('matmul multiplies, batched and with transposes', () => {
    const A = tensor64([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const B = tensor64([
      [7, 8],
      [9, 10],
      [11, 12],
    ]);
    expect(toNested(matmul(A, B))).toEqual([
      [58, 64],
      [139, 154],
    ]);
    // Bᵀ·Aᵀ = (A·B)ᵀ
    expect(toNested(matmul(B, A, { transposeA: true, transposeB: true }))).toEqual([
      [58, 139],
      [64, 154],
    ]);
    const batch = tensor64([[[1, 2]], [[3, 4]]]);
    expect(toNested(matmul(batch, batch, { transposeB: true }))).toEqual([[[5]], [[25]]]);
  });

  it('transpose swaps the last two axes by default and permutes any', () => {
    const x = tensor64([
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
    ]);
    expect(toNested(transpose(x))).toEqual([
      [
        [1, 4],
        [2, 5],
        [3, 6],
      ],
    ]);
    expect(transpose(x, [2, 0, 1]).shape).toEqual([3, 1, 2]);
    expect(() => transpose(x, [0, 0, 1])).toThrow(/transpose/);
  });

  it('binary ops broadcast like NumPy', () => {
    const x = tensor64([
      [1, 2],
      [3, 4],
    ]);
    expect(toNested(add(x, tensor64([10, 20])))).toEqual([
      [11, 22],
      [13, 24],
    ]);
    expect(toNested(sub(x, tensor64([[1], [2]])))).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(toNested(div(mul(x, 2), 4))).toEqual([
      [0.5, 1],
      [1.5, 2],
    ]);
    expect(() => add(x, tensor64([1, 2, 3]))).toThrow(/do not broadcast/);
  });

  it('reductions take an axis, keep it on request, and default to everything', () => {
    const x = tensor64([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(toNested(sum(x, { axis: 0 }))).toEqual([5, 7, 9]);
    expect(toNested(sum(x, { axis: -1, keepDims: true }))).toEqual([[6], [15]]);
    expect(toNested(mean(x))).toBe(3.5);
    expect(toNested(max(x, { axis: 1 }))).toEqual([3, 6]);
  });

  it('softmax rows sum to 1, are stable at 1e3, and log-softmax agrees', () => {
    const x = tensor64([
      [1000, 999, -1000],
      [0, 0, 0],
    ]);
    const p = softmax(x);
    expect(values(sum(p, { axis: -1 })).every((s) => Math.abs(s - 1) < 1e-15)).toBe(true);
    expect(values(p).every(Number.isFinite)).toBe(true);
    expect(values(logSoftmax(x)).map(Math.exp)).toEqual(values(p).map((v) => expect.closeTo(v, 12)));
  });

  it('the softmax backward is orthogonal to the ones vector, row by row', () => {
    const y = softmax(tensor64([[0.3, -1.2, 2]]));
    const dx = softmaxBackward(tensor64([[1, 2, 3]]), y);
    expect(Math.abs(values(sum(dx))[0])).toBeLessThan(1e-15);
  });

  it('where picks by a 0/1 mask with broadcasting; reshape keeps the order', () => {
    const x = where([1, 0], tensor64([[1, 2]]), -5);
    expect(toNested(x)).toEqual([[1, -5]]);
    expect(reshape(tensor64([1, 2, 3, 4, 5, 6]), [2, -1]).shape).toEqual([2, 3]);
  });

  it('indexing helpers agree with each other', () => {
    const seen: number[] = [];
    forEachIndex([2, 3], (index, offset) => {
      expect(offsetOf(index, [2, 3])).toBe(offset);
      seen.push(offset);
    });
    expect(seen).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('float64 tensors: sizes past the engine argument limit', () => {
  it('norms, sums and products never spread a tensor into arguments', () => {
    const n = 2_000_000;
    const big = new Float64Array(n).fill(1);
    expect(normInf(big)).toBe(1);
    expect(norm2(big)).toBeCloseTo(Math.sqrt(n), 6);
    const t = { shape: [n], data: big, err: new Float64Array(n), depth: 0 };
    expect(toNested(sum(t))).toBe(n);
    expect(toNested(max(t))).toBe(1);
    expect(matmul(reshape(t, [1, n]), reshape(t, [n, 1])).data[0]).toBe(n);
  });
});

describe('error bounds', () => {
  it('an input is off by its float32 rounding; an exact one is not', () => {
    expect(values(tensor64([0.1]))[0]).toBe(0.1);
    expect(Array.from(tensor64([0.1]).err)).toEqual([0.1]);
    expect(Array.from(tensor64([1, 0], { exact: true }).err)).toEqual([0, 0]);
  });

  it('a dot product of k terms is bounded by k·Σ|aᵢbᵢ| roundings, in any order', () => {
    const a = tensor64([[1, -1, 1, -1]], { exact: true });
    const c = matmul(a, transpose(a));
    expect(c.data[0]).toBe(4);
    expect(c.err[0]).toBeCloseTo(4 + 3 * 4, 6);
  });

  it('bounds are u·e/(1 − depth·u), and twice float64’s for two float64 computations', () => {
    const t = tensor64([2, -4]);
    const b = bounds(t, FLOAT32_UNIT_ROUNDOFF);
    expect(b[1]).toBeCloseTo((4 * FLOAT32_UNIT_ROUNDOFF) / (1 - FLOAT32_UNIT_ROUNDOFF), 20);
    expect(float64Bounds(t)[0]).toBeCloseTo(2 * 2 * 2 ** -53, 30);
    expect(() => bounds({ ...t, depth: 2 ** 23 }, FLOAT32_UNIT_ROUNDOFF)).toThrow(/no significant digit/);
  });

  it('a value from map has no bound, so it can never be a tolerance', () => {
    const m = map(tensor64([1, 2]), (v) => v * 3);
    expect(values(m)).toEqual([3, 6]);
    expect(closeness([3, 6], m.data, bounds(m, FLOAT32_UNIT_ROUNDOFF)).ratio).toBe(0);
    expect(closeness([3, 6.5], m.data, bounds(m, FLOAT32_UNIT_ROUNDOFF)).ratio).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('closeness', () => {
  it('names the worst element and treats NaN as infinitely wrong', () => {
    const c = closeness([1, 2, 3.5, 4], [1, 2, 3, 4], [0.1, 0.1, 0.1, 0.1]);
    expect(c.worst).toBe(2);
    expect(c.ratio).toBeCloseTo(5, 10);
    expect(closeness([Number.NaN], [1], [1]).ratio).toBe(Number.POSITIVE_INFINITY);
    expect(closeness([Number.POSITIVE_INFINITY], [Number.POSITIVE_INFINITY], [0]).ratio).toBe(0);
  });

  it('a zero bound accepts only the exact value', () => {
    expect(closeness([0, 0], [0, 0], [0, 0]).ratio).toBe(0);
    expect(closeness([1e-300, 0], [0, 0], [0, 0]).ratio).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('conv2d', () => {
  it('is a cross-correlation with PyTorch’s output size, stride, padding, dilation and groups', () => {
    const x = tensor64([
      [
        [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ],
      ],
    ]);
    const w = tensor64([
      [
        [
          [1, 0],
          [0, -1],
        ],
      ],
    ]);
    expect(toNested(conv2d(x, w))).toEqual([
      [
        [
          [-4, -4],
          [-4, -4],
        ],
      ],
    ]);
    expect(conv2d(x, w, { padding: [1, 1] }).shape).toEqual([1, 1, 4, 4]);
    expect(toNested(conv2d(x, w, { stride: [2, 2], padding: [1, 1] }))).toEqual([
      [
        [
          [-1, -3],
          [-7, -4],
        ],
      ],
    ]);
    expect(toNested(conv2d(x, tensor64([[[[1, 1]]]]), { dilation: [1, 2] }))).toEqual([[[[4], [10], [16]]]]);
    expect(convOutputSize(7, 3, 2, 1, 2)).toBe(3);
    // Two groups of one channel each: each output channel sees its own input channel.
    const two = tensor64([[[[1]], [[10]]]]);
    expect(toNested(conv2d(two, tensor64([[[[2]]], [[[3]]]]), { groups: 2 }))).toEqual([[[[2]], [[30]]]]);
    expect(() => conv2d(two, tensor64([[[[2]]]]), { groups: 2 })).toThrow(/conv2d/);
  });
});
