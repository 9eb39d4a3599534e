// Correct, written differently: round half to even by the float trick
// (|v| + 2⁵²) − 2⁵² (at 2⁵² the spacing of doubles is 1, so the addition
// itself rounds to an integer, ties to even), the integer matmul accumulated
// in BigInt, and per-channel parameters found in one pass over the matrix.
export type Scheme = 'asymmetric' | 'symmetric';

export interface QuantOptions {
  readonly scheme?: Scheme;
  readonly qmin?: number;
  readonly qmax?: number;
}

export interface QParams {
  readonly scale: number;
  readonly zeroPoint: number;
}

export interface PerChannel {
  readonly q: number[][];
  readonly scale: number[];
  readonly zeroPoint: number[];
}

export interface Observer {
  readonly min: number;
  readonly max: number;
}

export interface LinearOptions {
  readonly perChannel?: boolean;
}

export interface FakeQuant {
  readonly out: number[];
  readonly backward: (dout: number[]) => number[];
}

const TWO_52 = 2 ** 52;

function nearbyint(v: number): number {
  const a = Math.abs(v);
  if (a >= TWO_52) return v;
  const r = a + TWO_52 - TWO_52;
  return v < 0 ? -r : r;
}

export function quantParams(min: number, max: number, opts: QuantOptions = {}): QParams {
  const scheme = opts.scheme ?? 'asymmetric';
  const qmin = opts.qmin ?? -128;
  const qmax = opts.qmax ?? 127;
  if (!(Number.isFinite(min) && Number.isFinite(max) && min <= max)) throw new Error('bad range');
  if (!(Number.isInteger(qmin) && Number.isInteger(qmax) && qmax > qmin)) throw new Error('bad qmin/qmax');
  const lo = min < 0 ? min : 0;
  const hi = max > 0 ? max : 0;
  const levels = qmax - qmin;
  if (scheme === 'symmetric') {
    const reach = -lo > hi ? -lo : hi;
    return { scale: Math.max((2 * reach) / levels, 2 ** -23), zeroPoint: 0 };
  }
  const scale = Math.max((hi - lo) / levels, 2 ** -23);
  const zp = qmin - nearbyint(lo / scale);
  return { scale, zeroPoint: zp < qmin ? qmin : zp > qmax ? qmax : zp };
}

export function quantize(x: number[], scale: number, zeroPoint: number, qmin = -128, qmax = 127): number[] {
  const out: number[] = [];
  for (const v of x) {
    const q = nearbyint(v / scale) + zeroPoint;
    out.push(q < qmin ? qmin : q > qmax ? qmax : q);
  }
  return out;
}

export function dequantize(q: number[], scale: number, zeroPoint: number): number[] {
  return q.map((v) => v * scale - zeroPoint * scale);
}

export function quantizePerChannel(W: number[][], opts: QuantOptions = {}): PerChannel {
  const lo = W.map(() => Number.POSITIVE_INFINITY);
  const hi = W.map(() => Number.NEGATIVE_INFINITY);
  W.forEach((row, o) => {
    for (const v of row) {
      lo[o] = Math.min(lo[o], v);
      hi[o] = Math.max(hi[o], v);
    }
  });
  const ps = lo.map((l, o) => quantParams(l, hi[o], opts));
  return {
    q: W.map((row, o) => quantize(row, ps[o].scale, ps[o].zeroPoint, opts.qmin ?? -128, opts.qmax ?? 127)),
    scale: ps.map((p) => p.scale),
    zeroPoint: ps.map((p) => p.zeroPoint),
  };
}

function rangeOf(rows: number[][]): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const row of rows)
    for (const v of row) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  return [lo, hi];
}

function run(x: number[][], W: number[][], b: number[], xp: QParams, perChannel: boolean): number[][] {
  let w: PerChannel;
  if (perChannel) w = quantizePerChannel(W, { scheme: 'symmetric' });
  else {
    const [lo, hi] = rangeOf(W);
    const p = quantParams(lo, hi, { scheme: 'symmetric' });
    w = { q: W.map((row) => quantize(row, p.scale, 0)), scale: W.map(() => p.scale), zeroPoint: W.map(() => 0) };
  }
  return x.map((row) => {
    const qx = quantize(row, xp.scale, xp.zeroPoint);
    return w.q.map((wRow, o) => {
      let acc = 0n;
      for (let k = 0; k < qx.length; k++) acc += BigInt(qx[k] - xp.zeroPoint) * BigInt(wRow[k] - w.zeroPoint[o]);
      return Number(acc) * xp.scale * w.scale[o] + b[o];
    });
  });
}

export function dynamicQuantLinear(x: number[][], W: number[][], b: number[], opts: LinearOptions = {}): number[][] {
  const [lo, hi] = rangeOf(x);
  return run(x, W, b, quantParams(lo, hi, { scheme: 'asymmetric', qmin: -128, qmax: 127 }), opts.perChannel === true);
}

export function staticQuantLinear(
  x: number[][],
  W: number[][],
  b: number[],
  xParams: QParams,
  opts: LinearOptions = {},
): number[][] {
  return run(x, W, b, xParams, opts.perChannel === true);
}

export function observe(observer: Observer | null, x: number[]): Observer {
  const [lo, hi] = rangeOf([x]);
  if (observer === null) return { min: lo, max: hi };
  return { min: Math.min(observer.min, lo), max: Math.max(observer.max, hi) };
}

export function freeze(observer: Observer, opts: QuantOptions = {}): QParams {
  return quantParams(observer.min, observer.max, opts);
}

export function fakeQuant(x: number[], scale: number, zeroPoint: number, qmin = -128, qmax = 127): FakeQuant {
  const raw = x.map((v) => nearbyint(v / scale) + zeroPoint);
  const q = quantize(x, scale, zeroPoint, qmin, qmax);
  return {
    out: dequantize(q, scale, zeroPoint),
    backward: (dout) => dout.map((d, i) => (raw[i] < qmin || raw[i] > qmax ? 0 : d)),
  };
}
