import { add, matmul, type Tensor64, tensor64 } from '../kit/tensor';

// PyTorch's affine quantization in float64, written from its definitions
// (torch.ao.quantization): MinMaxObserver._calculate_qparams for the scale
// and zero point (range extended to include 0; symmetric scale
// max(−min, max)/((quant_max − quant_min)/2); scale floored at
// torch.finfo(torch.float32).eps), the quantize kernel
// q = clamp(zero_point + nearbyint(x/scale), quant_min, quant_max)
// (std::nearbyint: ties to even), dequantize (q − zero_point)·scale, and
// fake_quantize's cachemask gradient, 1 where
// quant_min ≤ nearbyint(x/scale) + zero_point ≤ quant_max (ends included).
// Each mistake is a switch. The truth properties compare with is this file,
// proven in oracle.test.ts against values worked out by hand.

/** torch.finfo(torch.float32).eps. */
export const FLOAT32_EPS = 2 ** -23;

export type Scheme = 'asymmetric' | 'symmetric';

export interface Range {
  readonly scheme: Scheme;
  readonly qmin: number;
  readonly qmax: number;
}

export const INT8: Range = { scheme: 'asymmetric', qmin: -128, qmax: 127 };
export const INT8_SYMMETRIC: Range = { scheme: 'symmetric', qmin: -128, qmax: 127 };

export interface Params {
  readonly scale: number;
  readonly zeroPoint: number;
}

export interface Slip {
  readonly zeroPointUnrounded?: boolean;
  readonly rangeExcludesZero?: boolean;
  readonly rounding?: 'even' | 'half-up' | 'half-away';
  readonly noClamp?: boolean;
  readonly dequantizeWithoutZeroPoint?: boolean;
  readonly symmetricMaxOnly?: boolean;
  readonly perChannelColumns?: boolean;
  readonly staticBatchRange?: boolean;
  readonly steUnmasked?: boolean;
  readonly observerLastBatch?: boolean;
}

/** Round half to even as Math.round (ties up) corrected: a tie that went to an odd integer steps back down. */
export function round64(v: number, rounding: Slip['rounding'] = 'even'): number {
  const up = Math.round(v);
  const tie = up - v === 0.5;
  if (!tie || rounding === 'half-up') return up;
  if (rounding === 'half-away') return v < 0 ? up - 1 : up;
  return up % 2 === 0 ? up : up - 1;
}

const clamp64 = (v: number, lo: number, hi: number, slip: Slip): number =>
  slip.noClamp ? v : v < lo ? lo : Math.min(v, hi);

/** Smallest and largest of a list, by a loop (no spreading into arguments). */
export function extremes(xs: readonly number[]): { min: number; max: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of xs) {
    min = Math.min(v, min);
    max = Math.max(v, max);
  }
  return { min, max };
}

export function params64(min: number, max: number, r: Range, slip: Slip = {}): Params {
  const lo = slip.rangeExcludesZero ? min : Math.min(min, 0);
  const hi = slip.rangeExcludesZero ? max : Math.max(max, 0);
  if (r.scheme === 'symmetric') {
    const half = (r.qmax - r.qmin) / 2;
    const reach = slip.symmetricMaxOnly ? hi : Math.max(-lo, hi);
    return { scale: Math.max(reach / half, FLOAT32_EPS), zeroPoint: 0 };
  }
  const scale = Math.max((hi - lo) / (r.qmax - r.qmin), FLOAT32_EPS);
  const shift = slip.zeroPointUnrounded ? lo / scale : round64(lo / scale, slip.rounding);
  return { scale, zeroPoint: clamp64(r.qmin - shift, r.qmin, r.qmax, {}) };
}

export function quantize64(x: readonly number[], p: Params, r: Range, slip: Slip = {}): number[] {
  return x.map((v) => clamp64(round64(v / p.scale, slip.rounding) + p.zeroPoint, r.qmin, r.qmax, slip));
}

export function dequantize64(q: readonly number[], p: Params, slip: Slip = {}): number[] {
  return q.map((v) => (slip.dequantizeWithoutZeroPoint ? v : v - p.zeroPoint) * p.scale);
}

export interface PerChannel64 {
  readonly q: number[][];
  readonly scale: number[];
  readonly zeroPoint: number[];
}

const column = (W: readonly (readonly number[])[], k: number): number[] => W.map((row) => row[k]);

/** One Params per row of W (axis 0), or, mistaken, per column. */
export function perChannel64(W: readonly (readonly number[])[], r: Range, slip: Slip = {}): PerChannel64 {
  if (slip.perChannelColumns) {
    const cols = W[0].map((_, k) => {
      const { min, max } = extremes(column(W, k));
      return params64(min, max, r, slip);
    });
    const q = W.map((row) => row.map((v, k) => quantize64([v], cols[k], r, slip)[0]));
    return { q, scale: cols.map((p) => p.scale), zeroPoint: cols.map((p) => p.zeroPoint) };
  }
  const rows = W.map((row) => {
    const { min, max } = extremes(row);
    const p = params64(min, max, r, slip);
    return { p, q: quantize64(row, p, r, slip) };
  });
  return { q: rows.map((x) => x.q), scale: rows.map((x) => x.p.scale), zeroPoint: rows.map((x) => x.p.zeroPoint) };
}

/** The weight's quantization: symmetric int8, per tensor (every row the same params) or per row. */
export function weights64(W: readonly (readonly number[])[], perChannel: boolean, slip: Slip = {}): PerChannel64 {
  if (perChannel) return perChannel64(W, INT8_SYMMETRIC, slip);
  const { min, max } = extremes(W.flat());
  const p = params64(min, max, INT8_SYMMETRIC, slip);
  return {
    q: W.map((row) => quantize64(row, p, INT8_SYMMETRIC, slip)),
    scale: W.map(() => p.scale),
    zeroPoint: W.map(() => 0),
  };
}

/** The integer accumulator Σₖ (qx − zx)·(qw − zw) for each [sample, output]: exact (every partial sum < 2⁵³). */
export function accumulate64(qx: readonly (readonly number[])[], zx: number, w: PerChannel64): number[][] {
  return qx.map((row) =>
    w.q.map((wRow, o) => row.reduce((acc, q, k) => acc + (q - zx) * (wRow[k] - w.zeroPoint[o]), 0)),
  );
}

export interface LinearCase {
  readonly x: number[][];
  readonly W: number[][];
  readonly b: number[];
  readonly perChannel: boolean;
}

/** The quantized layer with given activation params: integer matmul, then (acc·sx)·sw + b. */
export function quantLinear64({ x, W, b, perChannel }: LinearCase, xp: Params, slip: Slip = {}): number[][] {
  const w = weights64(W, perChannel, slip);
  const qx = x.map((row) => quantize64(row, xp, INT8, slip));
  return accumulate64(qx, xp.zeroPoint, w).map((row) => row.map((acc, o) => acc * xp.scale * w.scale[o] + b[o]));
}

/** Activation params from the batch itself: asymmetric int8 over all of x. */
export function batchParams64(x: readonly (readonly number[])[], slip: Slip = {}): Params {
  const { min, max } = extremes(x.flat());
  return params64(min, max, INT8, slip);
}

export const dynamic64 = (c: LinearCase, slip: Slip = {}): number[][] =>
  quantLinear64(c, batchParams64(c.x, slip), slip);

export interface Observer64 {
  readonly min: number;
  readonly max: number;
}

export function observe64(o: Observer64 | null, x: readonly number[], slip: Slip = {}): Observer64 {
  const e = extremes(x);
  if (o === null || slip.observerLastBatch) return e;
  return { min: Math.min(o.min, e.min), max: Math.max(o.max, e.max) };
}

export function calibrate64(batches: readonly (readonly number[])[], slip: Slip = {}): Observer64 {
  return batches.reduce<Observer64 | null>((o, x) => observe64(o, x, slip), null) as Observer64;
}

export interface StaticCase extends LinearCase {
  /** Calibration batches, flattened activations each. */
  readonly calibration: number[][];
}

/** Calibrate, freeze asymmetric int8 params, run the layer on new data with them. */
export function static64(c: StaticCase, slip: Slip = {}): number[][] {
  const o = calibrate64(c.calibration, slip);
  const frozen = params64(o.min, o.max, INT8, slip);
  return quantLinear64(c, slip.staticBatchRange ? batchParams64(c.x, slip) : frozen, slip);
}

export interface FakeCase {
  readonly x: number[];
  readonly scale: number;
  readonly zeroPoint: number;
  readonly qmin: number;
  readonly qmax: number;
  readonly dout: number[];
}

export function fakeQuant64(c: FakeCase, slip: Slip = {}): { out: number[]; dx: number[] } {
  const p = { scale: c.scale, zeroPoint: c.zeroPoint };
  const r = { scheme: 'asymmetric' as const, qmin: c.qmin, qmax: c.qmax };
  const out = dequantize64(quantize64(c.x, p, r, slip), p, slip);
  const dx = c.x.map((v, i) => {
    const raw = round64(v / c.scale, slip.rounding) + c.zeroPoint;
    return slip.steUnmasked || (c.qmin <= raw && raw <= c.qmax) ? c.dout[i] : 0;
  });
  return { out, dx };
}

/** The float layer x·Wᵀ + b, with the bound of the float32 reference's formula. */
export function floatLinear64({ x, W, b }: Pick<LinearCase, 'x' | 'W' | 'b'>): Tensor64 {
  return add(matmul(tensor64(x), tensor64(W), { transposeB: true }), tensor64(b));
}
