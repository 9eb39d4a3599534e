import { div, fromParts, max, mul, scalar64, sum, type Tensor64, tensor64 } from '../kit/tensor';

// Max and average pooling in float64 with kit/tensor's bounds, composed as
// the tfjs reference computes them: every window gathered into a row of
// kH·kW values (padding as exact −∞ for max, exact 0 for average), then
// max or sum and ÷ kH·kW along the row; the backward gathers, for each input
// position, the upstream values of the windows that send it gradient, and
// sums them (×1/(kH·kW) for average, as tfjs's avgPoolGrad multiplies).
// A `Slip` is one mistake: what code that makes it returns.

export type Tensor4 = number[][][][];
export type Pair = number | readonly [number, number];

/** What the learner is passed: each a number (both axes) or [h, w]. */
export interface PoolParams {
  readonly kernel: Pair;
  readonly stride: Pair;
  readonly padding: Pair;
}

export interface Case {
  /** [N, C, H, W]. */
  readonly x: Tensor4;
  readonly params: PoolParams;
  /** ∂L/∂out, [N, C, Ho, Wo] with PyTorch's (floor) output size. */
  readonly dout: Tensor4;
}

/** One mistake, as code makes it; {} is pooling done right. */
export interface Slip {
  /** Max pooling pads with 0 instead of −∞. */
  readonly maxPad?: 'zero';
  /** Average pooling divides by the window's real positions only (count_include_pad=False). */
  readonly avgCount?: 'real-only';
  /** Where a window's gradient goes when its maximum is tied. */
  readonly ties?: 'split' | 'all' | 'last';
  /** dx[argmax] = dout: a later window overwrites an earlier one's gradient. */
  readonly overlap?: 'overwrite';
  /** The average's gradient not divided by kH·kW. */
  readonly avgGradient?: 'not-divided';
  readonly outputSize?: 'ceil';
  /** Windows one step apart whatever the stride. */
  readonly stride?: 'ignored';
  /** Every window's gradient sent to the maximum of its whole input plane. */
  readonly argmax?: 'global';
}

const pair = (v: Pair): [number, number] => (typeof v === 'number' ? [v, v] : [v[0], v[1]]);

export interface Geometry {
  readonly N: number;
  readonly C: number;
  readonly H: number;
  readonly W: number;
  readonly kH: number;
  readonly kW: number;
  readonly sH: number;
  readonly sW: number;
  readonly pH: number;
  readonly pW: number;
  readonly Ho: number;
  readonly Wo: number;
}

/** ⌊(H + 2p − k)/s⌋ + 1, PyTorch's floor mode. */
export const outputSize = (size: number, k: number, s: number, p: number): number =>
  Math.floor((size + 2 * p - k) / s) + 1;

export function geometryOf(x: Tensor4, params: PoolParams, slip: Slip = {}): Geometry {
  const [N, C, H, W] = [x.length, x[0].length, x[0][0].length, x[0][0][0].length];
  const [kH, kW] = pair(params.kernel);
  const [sH, sW] = slip.stride === 'ignored' ? [1, 1] : pair(params.stride);
  const [pH, pW] = pair(params.padding);
  const size = (n: number, k: number, s: number, p: number) =>
    slip.outputSize === 'ceil' ? Math.ceil((n + 2 * p - k) / s) + 1 : outputSize(n, k, s, p);
  return { N, C, H, W, kH, kW, sH, sW, pH, pW, Ho: size(H, kH, sH, pH), Wo: size(W, kW, sW, pW) };
}

/** A window position: the input's offset, or −1 for padding. */
interface Tap {
  readonly offset: number;
}

/** The kH·kW taps of every window, row-major within the window, windows in [N, C, Ho, Wo] order. */
function windows(g: Geometry): Tap[][] {
  const all: Tap[][] = [];
  for (let n = 0; n < g.N; n++)
    for (let c = 0; c < g.C; c++)
      for (let i = 0; i < g.Ho; i++)
        for (let j = 0; j < g.Wo; j++) {
          const taps: Tap[] = [];
          for (let a = 0; a < g.kH; a++)
            for (let b = 0; b < g.kW; b++) {
              const r = i * g.sH - g.pH + a;
              const q = j * g.sW - g.pW + b;
              const inside = r >= 0 && r < g.H && q >= 0 && q < g.W;
              taps.push({ offset: inside ? ((n * g.C + c) * g.H + r) * g.W + q : -1 });
            }
          all.push(taps);
        }
  return all;
}

/** The windows as a [windows, kH·kW] tensor of the input's values, padding an exact `fill`. */
function gathered(x: Tensor64, taps: Tap[][], fill: number): Tensor64 {
  const L = taps[0].length;
  const data = new Float64Array(taps.length * L);
  const err = new Float64Array(data.length);
  taps.forEach((w, k) => {
    w.forEach((t, l) => {
      data[k * L + l] = t.offset < 0 ? fill : x.data[t.offset];
      err[k * L + l] = t.offset < 0 ? 0 : x.err[t.offset];
    });
  });
  return fromParts([taps.length, L], data, err, x.depth);
}

/**
 * Σ over the windows that send each input position gradient: `sends[w]`
 * lists (input offset, share of dout[w]) pairs; each input position's terms
 * become a row of [input size, most terms] (exact zeros after its own) and
 * the rows are summed, as the reference adds them.
 */
function scatter(g: Geometry, dout: Tensor64, sends: [number, number][][]): Tensor64 {
  const size = g.N * g.C * g.H * g.W;
  const terms: [number, number][][] = Array.from({ length: size }, () => []);
  sends.forEach((list, w) => {
    for (const [offset, divisor] of list) terms[offset].push([w, divisor]);
  });
  const L = terms.reduce((most, t) => Math.max(most, t.length), 1);
  const values = new Float64Array(size * L);
  const errs = new Float64Array(size * L);
  const divisors = new Float64Array(size * L).fill(1);
  terms.forEach((list, p) => {
    list.forEach(([w, d], l) => {
      values[p * L + l] = dout.data[w];
      errs[p * L + l] = dout.err[w];
      divisors[p * L + l] = d;
    });
  });
  const shares = div(
    fromParts([size, L], values, errs, dout.depth),
    fromParts([size, L], divisors, new Float64Array(size * L), 0),
  );
  return reshape4(sum(shares, { axis: 1 }), g);
}

const reshape4 = (t: Tensor64, g: Geometry): Tensor64 => fromParts([g.N, g.C, g.H, g.W], t.data, t.err, t.depth);

const outShape = (g: Geometry) => [g.N, g.C, g.Ho, g.Wo];

/** A type, not an interface: named outputs for checkReference and confirmMistakes. */
export type Pooled = {
  readonly out: Tensor64;
  readonly dx: Tensor64;
};

/** Max pooling and its gradient for the case's dout, PyTorch's way or with a slip. */
export function maxPoolOracle(c: Case, slip: Slip = {}): Pooled {
  const g = geometryOf(c.x, c.params, slip);
  const x = tensor64(c.x);
  const taps = windows(g);
  const rows = gathered(x, taps, slip.maxPad === 'zero' ? 0 : Number.NEGATIVE_INFINITY);
  const m = max(rows, { axis: 1 });
  const out = fromParts(outShape(g), m.data, m.err, m.depth);
  const L = taps[0].length;
  const planeSize = g.H * g.W;
  const sends = taps.map((w, k): [number, number][] => {
    const value = (l: number) => rows.data[k * L + l];
    if (slip.argmax === 'global') {
      const plane = Math.floor(k / (g.Ho * g.Wo)) * planeSize;
      let best = plane;
      for (let o = plane; o < plane + planeSize; o++) if (x.data[o] > x.data[best]) best = o;
      return [[best, 1]];
    }
    const tied = w.map((_, l) => l).filter((l) => value(l) === m.data[k]);
    const chosen =
      slip.ties === 'all' || slip.ties === 'split' ? tied : [slip.ties === 'last' ? tied[tied.length - 1] : tied[0]];
    const share = slip.ties === 'split' ? chosen.length : 1;
    // A maximum on the padding (zero padding) sends its gradient nowhere.
    return chosen.filter((l) => w[l].offset >= 0).map((l) => [w[l].offset, share]);
  });
  if (slip.overlap === 'overwrite') {
    // The last window (row-major) that chose a position is the one left there.
    const last = new Map<number, number>();
    sends.forEach((list, w) => {
      for (const [offset] of list) last.set(offset, w);
    });
    sends.forEach((list, w, all) => {
      all[w] = list.filter(([offset]) => last.get(offset) === w);
    });
  }
  return { out, dx: scatter(g, tensor64(c.dout), sends) };
}

/** Average pooling (padded zeros counted, count_include_pad=True) and its gradient, or with a slip. */
export function avgPoolOracle(c: Case, slip: Slip = {}): Pooled {
  const g = geometryOf(c.x, c.params, slip);
  const x = tensor64(c.x);
  const taps = windows(g);
  const area = g.kH * g.kW;
  const real = taps.map((w) => w.filter((t) => t.offset >= 0).length);
  const sums = sum(gathered(x, taps, 0), { axis: 1 });
  const counts = slip.avgCount === 'real-only' ? tensor64(real, { exact: true }) : area;
  const mean = div(sums, counts);
  const out = fromParts(outShape(g), mean.data, mean.err, mean.depth);
  // tfjs's avgPoolGrad sums dout over the windows and multiplies by 1/(kH·kW) once.
  const sends = taps.map((w, k): [number, number][] =>
    w.filter((t) => t.offset >= 0).map((t) => [t.offset, slip.avgCount === 'real-only' ? real[k] / area : 1]),
  );
  const total = scatter(g, tensor64(c.dout), sends);
  const dx = slip.avgGradient === 'not-divided' ? total : mul(total, scalar64(1 / area));
  return { out, dx };
}
