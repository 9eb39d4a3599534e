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

// torch.finfo(torch.float32).eps: MinMaxObserver's floor on the scale.
const FLOAT32_EPS = 2 ** -23;

const clamp = (v: number, lo: number, hi: number): number => Math.min(Math.max(v, lo), hi);

// std::nearbyint in the default rounding mode: halfway cases go to the even neighbour.
function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const r = v - f;
  if (r > 0.5 || (r === 0.5 && f % 2 !== 0)) return f + 1;
  return f;
}

function minOf(xs: readonly number[]): number {
  let m = Number.POSITIVE_INFINITY;
  for (const v of xs) if (v < m) m = v;
  return m;
}

function maxOf(xs: readonly number[]): number {
  let m = Number.NEGATIVE_INFINITY;
  for (const v of xs) if (v > m) m = v;
  return m;
}

export function quantParams(min: number, max: number, opts: QuantOptions = {}): QParams {
  const { scheme = 'asymmetric', qmin = -128, qmax = 127 } = opts;
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max)
    throw new RangeError(`quantParams: need finite min ≤ max, got [${min}, ${max}]`);
  if (!Number.isInteger(qmin) || !Number.isInteger(qmax) || qmin >= qmax)
    throw new RangeError(`quantParams: need integers qmin < qmax, got [${qmin}, ${qmax}]`);
  const lo = Math.min(min, 0);
  const hi = Math.max(max, 0);
  if (scheme === 'symmetric') {
    const scale = Math.max(Math.max(-lo, hi) / ((qmax - qmin) / 2), FLOAT32_EPS);
    return { scale, zeroPoint: 0 };
  }
  const scale = Math.max((hi - lo) / (qmax - qmin), FLOAT32_EPS);
  const zeroPoint = clamp(qmin - roundHalfEven(lo / scale), qmin, qmax);
  return { scale, zeroPoint };
}

export function quantize(x: number[], scale: number, zeroPoint: number, qmin = -128, qmax = 127): number[] {
  return x.map((v) => clamp(roundHalfEven(v / scale) + zeroPoint, qmin, qmax));
}

export function dequantize(q: number[], scale: number, zeroPoint: number): number[] {
  return q.map((v) => (v - zeroPoint) * scale);
}

export function quantizePerChannel(W: number[][], opts: QuantOptions = {}): PerChannel {
  const { qmin = -128, qmax = 127 } = opts;
  const rows = W.map((row) => {
    const p = quantParams(minOf(row), maxOf(row), opts);
    return { p, q: quantize(row, p.scale, p.zeroPoint, qmin, qmax) };
  });
  return { q: rows.map((r) => r.q), scale: rows.map((r) => r.p.scale), zeroPoint: rows.map((r) => r.p.zeroPoint) };
}

function quantizeWeights(W: number[][], perChannel: boolean): PerChannel {
  if (perChannel) return quantizePerChannel(W, { scheme: 'symmetric' });
  const all = W.flat();
  const p = quantParams(minOf(all), maxOf(all), { scheme: 'symmetric' });
  return { q: W.map((row) => quantize(row, p.scale, 0)), scale: W.map(() => p.scale), zeroPoint: W.map(() => 0) };
}

function quantLinear(x: number[][], W: number[][], b: number[], xp: QParams, perChannel: boolean): number[][] {
  const w = quantizeWeights(W, perChannel);
  return x.map((row) => {
    const qx = quantize(row, xp.scale, xp.zeroPoint);
    return w.q.map((wRow, o) => {
      // |q − zp| ≤ 255 and |qw| ≤ 128: every partial sum is an integer far below 2⁵³, so exact.
      let acc = 0;
      for (let k = 0; k < qx.length; k++) acc += (qx[k] - xp.zeroPoint) * (wRow[k] - w.zeroPoint[o]);
      return acc * (xp.scale * w.scale[o]) + b[o];
    });
  });
}

export function dynamicQuantLinear(x: number[][], W: number[][], b: number[], opts: LinearOptions = {}): number[][] {
  const all = x.flat();
  const xp = quantParams(minOf(all), maxOf(all));
  return quantLinear(x, W, b, xp, opts.perChannel ?? false);
}

export function staticQuantLinear(
  x: number[][],
  W: number[][],
  b: number[],
  xParams: QParams,
  opts: LinearOptions = {},
): number[][] {
  return quantLinear(x, W, b, xParams, opts.perChannel ?? false);
}

export function observe(observer: Observer | null, x: number[]): Observer {
  const start = observer ?? { min: Number.POSITIVE_INFINITY, max: Number.NEGATIVE_INFINITY };
  return { min: Math.min(start.min, minOf(x)), max: Math.max(start.max, maxOf(x)) };
}

export function freeze(observer: Observer, opts: QuantOptions = {}): QParams {
  return quantParams(observer.min, observer.max, opts);
}

export function fakeQuant(x: number[], scale: number, zeroPoint: number, qmin = -128, qmax = 127): FakeQuant {
  const raw = x.map((v) => roundHalfEven(v / scale) + zeroPoint);
  const out = raw.map((r) => (clamp(r, qmin, qmax) - zeroPoint) * scale);
  const passes = raw.map((r) => r >= qmin && r <= qmax);
  return { out, backward: (dout) => dout.map((d, i) => (passes[i] ? d : 0)) };
}
