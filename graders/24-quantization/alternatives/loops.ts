// Correct, written differently: index loops; round half to even by
// Math.floor and a tie check on the parity; per-channel as a loop over the
// rows calling quantParams and quantize; the layer as float products of the
// dequantized values, summed (the same number in exact arithmetic as the
// integer accumulator rescaled, and within float64 rounding of it).
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

function roundEven(v: number): number {
  const down = Math.floor(v);
  const diff = v - down;
  if (diff < 0.5) return down;
  if (diff > 0.5) return down + 1;
  return Math.abs(down % 2) === 1 ? down + 1 : down;
}

export function quantParams(min: number, max: number, opts: QuantOptions = {}): QParams {
  const { scheme = 'asymmetric', qmin = -128, qmax = 127 } = opts;
  if (!Number.isFinite(min) || !Number.isFinite(max) || max < min) throw new Error('quantParams: invalid range');
  if (qmin % 1 !== 0 || qmax % 1 !== 0 || !(qmin < qmax)) throw new Error('quantParams: invalid qmin/qmax');
  let lo = min;
  let hi = max;
  if (lo > 0) lo = 0;
  if (hi < 0) hi = 0;
  if (scheme === 'symmetric') {
    let s = Math.max(Math.abs(lo), Math.abs(hi)) / ((qmax - qmin) / 2);
    if (s < 2 ** -23) s = 2 ** -23;
    return { scale: s, zeroPoint: 0 };
  }
  let s = (hi - lo) / (qmax - qmin);
  if (s < 2 ** -23) s = 2 ** -23;
  let zp = qmin - roundEven(lo / s);
  if (zp < qmin) zp = qmin;
  if (zp > qmax) zp = qmax;
  return { scale: s, zeroPoint: zp };
}

export function quantize(x: number[], scale: number, zeroPoint: number, qmin = -128, qmax = 127): number[] {
  const q = new Array<number>(x.length);
  for (let i = 0; i < x.length; i++) {
    let v = roundEven(x[i] / scale) + zeroPoint;
    if (v < qmin) v = qmin;
    if (v > qmax) v = qmax;
    q[i] = v;
  }
  return q;
}

export function dequantize(q: number[], scale: number, zeroPoint: number): number[] {
  const out = new Array<number>(q.length);
  for (let i = 0; i < q.length; i++) out[i] = (q[i] - zeroPoint) * scale;
  return out;
}

function extent(values: number[]): { lo: number; hi: number } {
  let lo = values[0];
  let hi = values[0];
  for (let i = 1; i < values.length; i++) {
    if (values[i] < lo) lo = values[i];
    if (values[i] > hi) hi = values[i];
  }
  return { lo, hi };
}

export function quantizePerChannel(W: number[][], opts: QuantOptions = {}): PerChannel {
  const out: PerChannel = { q: [], scale: [], zeroPoint: [] };
  for (let o = 0; o < W.length; o++) {
    const { lo, hi } = extent(W[o]);
    const p = quantParams(lo, hi, opts);
    out.q.push(quantize(W[o], p.scale, p.zeroPoint, opts.qmin, opts.qmax));
    out.scale.push(p.scale);
    out.zeroPoint.push(p.zeroPoint);
  }
  return out;
}

function layer(x: number[][], W: number[][], b: number[], xp: QParams, perChannel: boolean): number[][] {
  let w: PerChannel;
  if (perChannel) w = quantizePerChannel(W, { scheme: 'symmetric' });
  else {
    const { lo, hi } = extent(W.flat());
    const p = quantParams(lo, hi, { scheme: 'symmetric' });
    w = { q: [], scale: [], zeroPoint: [] };
    for (const row of W) {
      w.q.push(quantize(row, p.scale, 0));
      w.scale.push(p.scale);
      w.zeroPoint.push(0);
    }
  }
  const y: number[][] = [];
  for (const row of x) {
    const xr = dequantize(quantize(row, xp.scale, xp.zeroPoint), xp.scale, xp.zeroPoint);
    const out: number[] = [];
    for (let o = 0; o < W.length; o++) {
      const wr = dequantize(w.q[o], w.scale[o], w.zeroPoint[o]);
      let s = b[o];
      for (let k = 0; k < xr.length; k++) s += xr[k] * wr[k];
      out.push(s);
    }
    y.push(out);
  }
  return y;
}

export function dynamicQuantLinear(x: number[][], W: number[][], b: number[], opts: LinearOptions = {}): number[][] {
  const { lo, hi } = extent(x.flat());
  return layer(x, W, b, quantParams(lo, hi), Boolean(opts.perChannel));
}

export function staticQuantLinear(
  x: number[][],
  W: number[][],
  b: number[],
  xParams: QParams,
  opts: LinearOptions = {},
): number[][] {
  return layer(x, W, b, xParams, Boolean(opts.perChannel));
}

export function observe(observer: Observer | null, x: number[]): Observer {
  let min = observer === null ? Number.POSITIVE_INFINITY : observer.min;
  let max = observer === null ? Number.NEGATIVE_INFINITY : observer.max;
  for (let i = 0; i < x.length; i++) {
    if (x[i] < min) min = x[i];
    if (x[i] > max) max = x[i];
  }
  return { min, max };
}

export function freeze(observer: Observer, opts: QuantOptions = {}): QParams {
  return quantParams(observer.min, observer.max, opts);
}

export function fakeQuant(x: number[], scale: number, zeroPoint: number, qmin = -128, qmax = 127): FakeQuant {
  const out: number[] = [];
  const mask: boolean[] = [];
  for (let i = 0; i < x.length; i++) {
    const raw = roundEven(x[i] / scale) + zeroPoint;
    mask.push(raw >= qmin && raw <= qmax);
    out.push((Math.min(qmax, Math.max(qmin, raw)) - zeroPoint) * scale);
  }
  return {
    out,
    backward: (dout) => {
      const dx: number[] = [];
      for (let i = 0; i < dout.length; i++) dx.push(mask[i] ? dout[i] : 0);
      return dx;
    },
  };
}
