import { tensor64 } from '../kit/tensor';
import { callLearner, mistake, probe } from '../kit/toolkit';
import {
  fakeCases,
  type K,
  type ObserverCase,
  observerCases,
  type ParamsCase,
  type PerChannelCase,
  paramsCases,
  perChannelCases,
  type QuantCase,
  quantCases,
  staticCases,
  tieCases,
} from './cases';
import m from './misconceptions';
import {
  calibrate64,
  dequantize64,
  type FakeCase,
  fakeQuant64,
  INT8,
  params64,
  perChannel64,
  quantize64,
  quantLinear64,
  type Slip,
  type StaticCase,
  static64,
} from './oracle';

// Integers (q, zero points) are exact truths; scales and dequantized values
// carry the bound of their formula. Each mistake lives on the probe of the
// one function it is made in, so that a learner's code is named only for a
// mistake that function reproduces.

const exact = (x: number | number[] | number[][]) => tensor64(x, { exact: true });

const isA =
  <C>(field: string) =>
  (c: unknown): C => {
    if (typeof c !== 'object' || c === null || !(field in c)) throw new RangeError('not a case of this probe');
    return c as C;
  };
const asParams = isA<ParamsCase>('ranges');
const asQuant = isA<QuantCase>('zeroPoint');
const asPerChannel = isA<PerChannelCase>('W');
const asStatic = isA<StaticCase>('calibration');
const asObserver = isA<ObserverCase>('batches');
const asFake = isA<FakeCase>('dout');

const paramsOf = (c: ParamsCase, slip: Slip = {}) => {
  const ps = c.ranges.map(({ min, max, range }) => params64(min, max, range, slip));
  return { scale: ps.map((p) => p.scale), zeroPoint: ps.map((p) => p.zeroPoint) };
};

const params = probe<K, ParamsCase>({
  cases: paramsCases,
  observe: (kata, { ranges }) => {
    const got = ranges.map(({ min, max, range }) => callLearner(kata, 'quantParams', { min, max, opts: range }));
    return { scale: got.map((p) => p?.scale), zeroPoint: got.map((p) => p?.zeroPoint) };
  },
  truth: (c) => {
    const t = paramsOf(asParams(c));
    return { scale: tensor64(t.scale), zeroPoint: exact(t.zeroPoint) };
  },
});

/** q from quantize, and dequantize of the true q (so each function is seen on its own). */
export function observeQuant(kata: K, { x, scale, zeroPoint, range }: QuantCase): Record<string, unknown> {
  const q = callLearner(kata, 'quantize', { x, scale, zeroPoint, qmin: range.qmin, qmax: range.qmax });
  const qTrue = quantize64(x, { scale, zeroPoint }, range);
  return { q, xhat: callLearner(kata, 'dequantize', { q: qTrue, scale, zeroPoint }) };
}

const quantOf = ({ x, scale, zeroPoint, range }: QuantCase, slip: Slip = {}) => {
  const q = quantize64(x, { scale, zeroPoint }, range, slip);
  return { q, xhat: dequantize64(quantize64(x, { scale, zeroPoint }, range), { scale, zeroPoint }, slip) };
};

const quant = probe<K, QuantCase>({
  cases: quantCases,
  observe: observeQuant,
  truth: (c) => {
    const t = quantOf(asQuant(c));
    return { q: exact(t.q), xhat: tensor64(t.xhat) };
  },
});

const perChannel = probe<K, PerChannelCase>({
  cases: perChannelCases,
  observe: (kata, { W, range }) => {
    const got = callLearner(kata, 'quantizePerChannel', { W, opts: range });
    return { q: got?.q, scale: got?.scale, zeroPoint: got?.zeroPoint };
  },
  truth: (c) => {
    const { W, range } = asPerChannel(c);
    const t = perChannel64(W, range);
    return { q: exact(t.q), scale: tensor64(t.scale), zeroPoint: exact(t.zeroPoint) };
  },
});

/** The calibrated (frozen) activation params of a static case, from the definition. */
export function frozen64(c: StaticCase) {
  const o = calibrate64(c.calibration);
  return params64(o.min, o.max, INT8);
}

const staticLayer = probe<K, StaticCase>({
  cases: staticCases,
  observe: (kata, c) => ({
    y: callLearner(kata, 'staticQuantLinear', {
      x: c.x,
      W: c.W,
      b: c.b,
      xParams: frozen64(c),
      opts: { perChannel: c.perChannel },
    }),
  }),
  truth: (c) => ({ y: tensor64(quantLinear64(asStatic(c), frozen64(asStatic(c)))) }),
});

/** The learner's observer fed its own states, one batch at a time from null. */
export function runObserver(kata: K, { batches }: ObserverCase): { min: unknown; max: unknown } {
  let o: unknown = null;
  for (const x of batches) o = callLearner(kata, 'observe', { observer: o, x });
  const last = o as { min?: unknown; max?: unknown } | null;
  return { min: last?.min, max: last?.max };
}

const observer = probe<K, ObserverCase>({
  cases: observerCases,
  observe: runObserver,
  truth: (c) => {
    const o = calibrate64(asObserver(c).batches);
    return { min: exact(o.min), max: exact(o.max) };
  },
});

/** fakeQuant's out, and its backward on dout. */
export function observeFake(kata: K, c: FakeCase): Record<string, unknown> {
  const r = callLearner(kata, 'fakeQuant', {
    x: c.x,
    scale: c.scale,
    zeroPoint: c.zeroPoint,
    qmin: c.qmin,
    qmax: c.qmax,
  });
  const backward = r?.backward;
  return { out: r?.out, dx: typeof backward === 'function' ? backward([...c.dout]) : undefined };
}

const fake = probe<K, FakeCase>({
  cases: fakeCases,
  observe: observeFake,
  truth: (c) => {
    const t = fakeQuant64(asFake(c));
    return { out: tensor64(t.out), dx: exact(t.dx) };
  },
});

export const mistakes = [
  mistake(params, m['zero-point-not-rounded'], (c) => paramsOf(c, { zeroPointUnrounded: true })),
  mistake(params, m['range-excludes-zero'], (c) => paramsOf(c, { rangeExcludesZero: true })),
  mistake(params, m['symmetric-max-only'], (c) => paramsOf(c, { symmetricMaxOnly: true })),
  mistake(quant, m['ties-not-to-even'], (c) => quantOf(c, { rounding: 'half-up' }), tieCases),
  mistake(quant, m['ties-not-to-even'], (c) => quantOf(c, { rounding: 'half-away' }), tieCases),
  mistake(quant, m['no-clamp'], (c) => quantOf(c, { noClamp: true })),
  mistake(quant, m['dequantize-ignores-zero-point'], (c) => quantOf(c, { dequantizeWithoutZeroPoint: true })),
  mistake(perChannel, m['per-channel-wrong-axis'], ({ W, range }) => ({
    ...perChannel64(W, range, { perChannelColumns: true }),
  })),
  mistake(staticLayer, m['static-uses-batch-range'], (c) => ({ y: static64(c, { staticBatchRange: true }) })),
  mistake(observer, m['observer-last-batch'], (c) => ({ ...calibrate64(c.batches, { observerLastBatch: true }) })),
  mistake(fake, m['ste-unmasked'], (c) => fakeQuant64(c, { steUnmasked: true })),
];
