import fc from 'fast-check';
import { FLOAT64_UNIT_ROUNDOFF as U } from '../kit/tensor';
import { callLearner, defineGrader, expectClose, expectOutputs, fail, GradingFailure, property } from '../kit/toolkit';
import {
  defaultsCases,
  fakeCases,
  type K,
  linearCases,
  observerCases,
  paramsCases,
  perChannelCases,
  type QuantCase,
  quantCases,
  type RangeCase,
  refusedCases,
  roundTripCases,
  staticCases,
  tieCases,
} from './cases';
import text from './messages';
import { frozen64, mistakes, observeFake, observeQuant, runObserver } from './mistakes';
import {
  accumulate64,
  batchParams64,
  calibrate64,
  dequantize64,
  dynamic64,
  FLOAT32_EPS,
  fakeQuant64,
  floatLinear64,
  INT8,
  type LinearCase,
  type Params,
  params64,
  perChannel64,
  quantize64,
  quantLinear64,
  type Range,
  weights64,
} from './oracle';
import { floatLinearReference } from './reference';

// Integers (q, zero points, the STE mask) are compared exactly: every case
// keeps x/scale off ties except the ties drawn on purpose, which are exact
// (power-of-two scales). Floats carry float64 bounds derived below, in units
// of u = 2⁻⁵³; the quantized layer against the float one carries the
// quantization bound. The engine names a mistake only where the learner's
// own code is shown to make it (mistakes.ts).

/**
 * A scale is a subtraction (or a max) and a division: two roundings, ≤ 2u
 * relative, in any correct order; the learner's and the oracle's are then
 * within 4u·scale of each other, and a hand-written decimal within 5u.
 * 8u·scale covers both.
 */
const scaleBound = (scale: number) => 8 * U * scale;
/** (q − zp)·scale rounds once; q·scale − zp·scale three times, each ≤ u·(|q| + |zp|)·scale: 4u of that covers both. */
const dequantBound = (q: readonly number[], p: Params) =>
  q.map((v) => 4 * U * (Math.abs(v) + Math.abs(p.zeroPoint)) * p.scale);

const show = (v: unknown): string => (typeof v === 'number' ? String(v) : (JSON.stringify(v) ?? String(v)));
const optsOf = (r: Range) => ({ scheme: r.scheme, qmin: r.qmin, qmax: r.qmax });

/** quantParams from the learner, checked to be { scale > 0, zeroPoint: number }. */
function learnerParams(kata: K, { min, max, range }: RangeCase): Params {
  const got = callLearner(kata, 'quantParams', { min, max, opts: optsOf(range) });
  if (typeof got?.scale !== 'number' || !(got.scale > 0) || typeof got?.zeroPoint !== 'number')
    fail({
      kind: 'shape',
      fn: 'quantParams',
      message: text['not-params']({ min, max, opts: show(optsOf(range)), got: show(got) }),
    });
  return got;
}

function expectParams(kata: K, rc: RangeCase, want: Params): void {
  const got = learnerParams(kata, rc);
  expectOutputs(
    got,
    { scale: want.scale, zeroPoint: want.zeroPoint },
    { fn: 'quantParams', bounds: { scale: scaleBound(want.scale), zeroPoint: 0 } },
  );
}

/**
 * Worked out by hand. 5.1/255 = 0.02: −1.5/0.02 = −75, so zp = −128 + 75 = −53;
 * an all-positive range is extended down to 0 (zp = qmin), an all-negative
 * one up to 0 (zp = qmax); 2.55/255 = 0.01 in uint8 puts −1 at q = 0 with
 * zp = 100; symmetric int8 divides by 127.5, narrow int8 (−127…127) by 127;
 * int4 ranges of width 3.75 have scale 0.25 exactly, and lo/scale = −7.5 is
 * a tie: nearbyint(−7.5) = −8 (even), zp = −8 + 8 = 0, while −6.5 → −6 gives
 * zp = −2; a zero-width range gets float32's eps, 2⁻²³.
 */
const KNOWN: readonly (readonly [RangeCase, Params])[] = [
  [
    { min: -1.5, max: 3.6, range: INT8 },
    { scale: 0.02, zeroPoint: -53 },
  ],
  [
    { min: 2, max: 5.1, range: INT8 },
    { scale: 0.02, zeroPoint: -128 },
  ],
  [
    { min: -5.1, max: -1, range: INT8 },
    { scale: 0.02, zeroPoint: 127 },
  ],
  [
    { min: -1, max: 1.55, range: { scheme: 'asymmetric', qmin: 0, qmax: 255 } },
    { scale: 0.01, zeroPoint: 100 },
  ],
  [
    { min: -3, max: 2.55, range: { scheme: 'symmetric', qmin: -128, qmax: 127 } },
    { scale: 3 / 127.5, zeroPoint: 0 },
  ],
  [
    { min: -1, max: 2.55, range: { scheme: 'symmetric', qmin: -128, qmax: 127 } },
    { scale: 0.02, zeroPoint: 0 },
  ],
  [
    { min: -2.54, max: 1, range: { scheme: 'symmetric', qmin: -127, qmax: 127 } },
    { scale: 0.02, zeroPoint: 0 },
  ],
  [
    { min: -1.875, max: 1.875, range: { scheme: 'asymmetric', qmin: -8, qmax: 7 } },
    { scale: 0.25, zeroPoint: 0 },
  ],
  [
    { min: -1.625, max: 2.125, range: { scheme: 'asymmetric', qmin: -8, qmax: 7 } },
    { scale: 0.25, zeroPoint: -2 },
  ],
  [
    { min: 0, max: 0, range: INT8 },
    { scale: FLOAT32_EPS, zeroPoint: -128 },
  ],
  [
    { min: 0, max: 0, range: { scheme: 'symmetric', qmin: -128, qmax: 127 } },
    { scale: FLOAT32_EPS, zeroPoint: 0 },
  ],
];

const threw = (kata: K, args: Record<string, unknown>): boolean => {
  try {
    callLearner(kata, 'quantParams', args);
  } catch (err) {
    // The learner's own throw is the refusal asked for; anything else (a modified input) stands.
    if (err instanceof GradingFailure && err.detail.kind === 'exception') return true;
    throw err;
  }
  return false;
};

/**
 * Any float64 order of acc·sx·sw + b, or of the float products summed
 * (the same number in exact arithmetic): each of sx, sw within 4u of the
 * oracle's (scaleBound), the rescale and bias three roundings, a sum of n
 * terms n more, all relative to sx·sw·Σ|(qx − zx)·qw| + |b|.
 */
function rescaleBound(c: LinearCase, xp: Params): number[] {
  const w = weights64(c.W, c.perChannel);
  const qx = c.x.map((row) => quantize64(row, xp, INT8));
  const n = c.W[0].length;
  const absAcc = accumulate64(
    qx.map((row) => row.map((q) => Math.abs(q - xp.zeroPoint))),
    0,
    { ...w, q: w.q.map((row) => row.map(Math.abs)) },
  );
  return absAcc.flatMap((row) => row.map((a, o) => (n + 16) * U * (a * xp.scale * w.scale[o] + Math.abs(c.b[o]))));
}

/**
 * x = x̂ + eₓ and w = ŵ + e_w with |eₓ| ≤ sx/2 and |e_w| ≤ sw/2 (neither is
 * clamped: the ranges come from the data itself), so
 * x̂ŵ − xw = −x·e_w − w·eₓ + eₓ·e_w and each output is within
 * Σₖ (|xₖ|·sw/2 + |wₖ|·sx/2 + sx·sw/4) of the float layer.
 */
function quantizationBound(c: LinearCase): number[] {
  const xp = batchParams64(c.x);
  const w = weights64(c.W, c.perChannel);
  return c.x.flatMap((row) =>
    c.W.map((wRow, o) =>
      row.reduce(
        (s, v, k) =>
          s + (Math.abs(v) * w.scale[o]) / 2 + (Math.abs(wRow[k]) * xp.scale) / 2 + (xp.scale * w.scale[o]) / 4,
        0,
      ),
    ),
  );
}

const callLinear = (kata: K, c: LinearCase) =>
  callLearner(kata, 'dynamicQuantLinear', { x: c.x, W: c.W, b: c.b, opts: { perChannel: c.perChannel } });

/** The learner's q against the oracle's, exactly: rounding is integer-valued, there is nothing to tolerate. */
function quantizeExactly(kata: K, c: QuantCase): void {
  expectClose(observeQuant(kata, c).q, quantize64(c.x, c, c.range), { fn: 'quantize', argument: 'q', bound: 0 });
}

export default defineGrader<K>([
  property({
    id: 'known-params',
    name: 'quantParams on ranges worked out by hand: int8, uint8, int4, symmetric, a tie, the zero-width range',
    points: 2,
    arbitrary: fc.constant(KNOWN),
    numRuns: 1,
    diagnose: mistakes,
    check: (kata, known) => {
      for (const [rc, want] of known) expectParams(kata, rc, want);
    },
  }),
  property({
    id: 'params-match',
    name: "scale and zeroPoint are MinMaxObserver's for mixed, all-positive, all-negative and symmetric ranges",
    points: 2,
    arbitrary: paramsCases,
    diagnose: mistakes,
    check: (kata, { ranges }) => {
      for (const rc of ranges) expectParams(kata, rc, params64(rc.min, rc.max, rc.range));
    },
  }),
  property({
    id: 'refuses-invalid',
    name: 'quantParams throws for min > max, a bound that is not finite, or qmin, qmax not integers with qmin < qmax',
    points: 1,
    arbitrary: refusedCases,
    numRuns: 10,
    check: (kata, c) => {
      if (!threw(kata, { min: c.min, max: c.max, opts: c.opts }))
        fail({
          fn: 'quantParams',
          kind: 'rule',
          rule: 'refuses-invalid',
          message: text['refused-accepted']({ bad: c.bad }),
        });
    },
  }),
  property({
    id: 'int8-defaults',
    name: "options left out are PyTorch's: asymmetric int8 [−128, 127], weights per tensor",
    points: 1,
    arbitrary: defaultsCases,
    diagnose: mistakes,
    check: (kata, { quant, fake, layer, range }) => {
      const p = params64(range.min, range.max, INT8);
      expectOutputs(
        callLearner(kata, 'quantParams', { min: range.min, max: range.max }),
        { scale: p.scale, zeroPoint: p.zeroPoint },
        { fn: 'quantParams', bounds: { scale: scaleBound(p.scale), zeroPoint: 0 } },
      );
      expectClose(
        callLearner(kata, 'quantize', { x: quant.x, scale: quant.scale, zeroPoint: quant.zeroPoint }),
        quantize64(quant.x, quant, INT8),
        { fn: 'quantize', argument: 'q', bound: 0 },
      );
      const f = callLearner(kata, 'fakeQuant', { x: fake.x, scale: fake.scale, zeroPoint: fake.zeroPoint });
      const want = fakeQuant64(fake);
      const q = quantize64(fake.x, fake, INT8);
      expectClose(f?.out, want.out, { fn: 'fakeQuant', argument: 'out', bound: dequantBound(q, fake) });
      const dx = typeof f?.backward === 'function' ? f.backward([...fake.dout]) : undefined;
      expectClose(dx, want.dx, { fn: 'fakeQuant', argument: 'dx', kind: 'gradient', bound: 0 });
      const { x, W, b } = layer;
      const xp = batchParams64(x);
      expectClose(callLearner(kata, 'dynamicQuantLinear', { x, W, b }), dynamic64(layer), {
        fn: 'dynamicQuantLinear',
        argument: 'out',
        bound: rescaleBound(layer, xp),
      });
      expectClose(callLearner(kata, 'staticQuantLinear', { x, W, b, xParams: xp }), quantLinear64(layer, xp), {
        fn: 'staticQuantLinear',
        argument: 'out',
        bound: rescaleBound(layer, xp),
      });
      const o = { min: range.min, max: range.max };
      expectOutputs(
        callLearner(kata, 'freeze', { observer: o }),
        { scale: p.scale, zeroPoint: p.zeroPoint },
        { fn: 'freeze', bounds: { scale: scaleBound(p.scale), zeroPoint: 0 } },
      );
    },
  }),
  property({
    id: 'quantize-matches',
    name: 'quantize is clamp(round(x/scale) + zeroPoint, qmin, qmax), exactly',
    points: 2,
    arbitrary: quantCases,
    diagnose: mistakes,
    check: quantizeExactly,
  }),
  property({
    id: 'integers-in-range',
    name: 'every q is an integer in [qmin, qmax]',
    points: 1,
    arbitrary: quantCases,
    diagnose: mistakes,
    check: (kata, c) => {
      const q = callLearner(kata, 'quantize', {
        x: c.x,
        scale: c.scale,
        zeroPoint: c.zeroPoint,
        qmin: c.range.qmin,
        qmax: c.range.qmax,
      }) as unknown[];
      c.x.forEach((x, i) => {
        const v = Array.isArray(q) ? q[i] : undefined;
        if (!Number.isInteger(v)) fail({ fn: 'quantize', message: text['not-integer']({ i, x, got: show(v) }) });
        if ((v as number) < c.range.qmin || (v as number) > c.range.qmax)
          fail({ fn: 'quantize', message: text['out-of-range']({ i, x, got: show(v), ...c.range }) });
      });
    },
  }),
  property({
    id: 'ties-to-even',
    name: 'an exact tie rounds half to even: 2.5 → 2, 3.5 → 4, −2.5 → −2',
    points: 2,
    arbitrary: tieCases,
    diagnose: mistakes,
    check: quantizeExactly,
  }),
  property({
    id: 'monotone',
    name: 'quantize is monotone: x < y gives q(x) ≤ q(y)',
    points: 1,
    arbitrary: quantCases,
    diagnose: mistakes,
    check: (kata, c) => {
      const xs = [...c.x].sort((a, b) => a - b);
      const q = callLearner(kata, 'quantize', {
        x: xs,
        scale: c.scale,
        zeroPoint: c.zeroPoint,
        qmin: c.range.qmin,
        qmax: c.range.qmax,
      }) as number[];
      for (let i = 1; i < xs.length; i++)
        if (xs[i - 1] < xs[i] && !(q?.[i - 1] <= q?.[i]))
          fail({
            fn: 'quantize',
            message: text['not-monotone']({ a: xs[i - 1], b: xs[i], qa: show(q?.[i - 1]), qb: show(q?.[i]) }),
          });
    },
  }),
  property({
    id: 'dequantize-matches',
    name: 'dequantize is (q − zeroPoint)·scale',
    points: 1,
    arbitrary: quantCases,
    diagnose: mistakes,
    check: (kata, c) => {
      const q = quantize64(c.x, c, c.range);
      expectClose(observeQuant(kata, c).xhat, dequantize64(q, c), {
        fn: 'dequantize',
        argument: 'out',
        bound: dequantBound(q, c),
      });
    },
  }),
  property({
    id: 'round-trip',
    name: 'dequantize(quantize(x)) is within scale/2 of x inside the range, and at the range’s end outside it',
    points: 2,
    arbitrary: roundTripCases,
    diagnose: mistakes,
    // Inside [lo, hi] = [min(min, 0), max(max, 0)], x/scale + zp lies in
    // [qmin − ½, qmax + ½] (the zero point is qmin − round(lo/scale)), so the
    // error is at most scale/2 plus the float64 roundings of x/scale, of the
    // scale and of the product: 16u·(|x| + scale·(qmax − qmin)) covers them.
    check: (kata, rc) => {
      const p = learnerParams(kata, rc);
      const t = params64(rc.min, rc.max, rc.range);
      const { qmin, qmax } = rc.range;
      const q = callLearner(kata, 'quantize', { x: rc.x, scale: p.scale, zeroPoint: p.zeroPoint, qmin, qmax });
      const xhat = callLearner(kata, 'dequantize', { q, scale: p.scale, zeroPoint: p.zeroPoint }) as number[];
      const lo = Math.min(rc.min, 0);
      const hi = Math.max(rc.max, 0);
      const reach = Math.max(-lo, hi);
      const where = { min: rc.min, max: rc.max, opts: show(optsOf(rc.range)) };
      rc.x.forEach((x, i) => {
        const below = rc.range.scheme === 'symmetric' ? x <= -reach - t.scale : x <= lo - t.scale;
        const above = rc.range.scheme === 'symmetric' ? x >= reach + t.scale : x >= hi + t.scale;
        if (below || above) {
          const end = below ? qmin : qmax;
          if (q?.[i] !== end)
            fail({ fn: 'quantize', message: text['not-clamped']({ ...where, x, expected: end, got: show(q?.[i]) }) });
        } else if (x >= lo && x <= hi) {
          const error = Math.abs(xhat?.[i] - x);
          if (!(error <= t.scale / 2 + 16 * U * (Math.abs(x) + t.scale * (qmax - qmin))))
            fail({
              fn: 'dequantize',
              message: text['round-trip-off']({ ...where, x, got: show(xhat?.[i]), error, half: t.scale / 2 }),
            });
        }
      });
    },
  }),
  property({
    id: 'zero-exact',
    name: 'zero is exactly representable: an integer zeroPoint in [qmin, qmax], and dequantize(quantize(0)) === 0',
    points: 1,
    arbitrary: roundTripCases,
    diagnose: mistakes,
    check: (kata, rc) => {
      const p = learnerParams(kata, rc);
      const { qmin, qmax } = rc.range;
      const where = { min: rc.min, max: rc.max, opts: show(optsOf(rc.range)) };
      if (!Number.isInteger(p.zeroPoint) || p.zeroPoint < qmin || p.zeroPoint > qmax)
        fail({
          fn: 'quantParams',
          message: text['zero-point-not-integer']({ ...where, got: p.zeroPoint, qmin, qmax }),
        });
      const q = callLearner(kata, 'quantize', { x: [0], scale: p.scale, zeroPoint: p.zeroPoint, qmin, qmax });
      const back = callLearner(kata, 'dequantize', { q, scale: p.scale, zeroPoint: p.zeroPoint })?.[0];
      if (back !== 0) fail({ fn: 'dequantize', message: text['zero-not-exact']({ ...where, got: show(back) }) });
    },
  }),
  property({
    id: 'per-channel',
    name: 'per-channel: one scale and zeroPoint per output channel (row of W), each row quantized as per-tensor',
    points: 2,
    arbitrary: perChannelCases,
    diagnose: mistakes,
    check: (kata, { W, range }) => {
      const want = perChannel64(W, range);
      expectOutputs(
        callLearner(kata, 'quantizePerChannel', { W, opts: optsOf(range) }),
        { scale: want.scale, zeroPoint: want.zeroPoint, q: want.q },
        { fn: 'quantizePerChannel', bounds: { scale: want.scale.map(scaleBound), zeroPoint: 0, q: 0 } },
      );
    },
  }),
  property({
    id: 'dynamic-integer',
    name: "dynamicQuantLinear: the batch's own activation params, an exact integer matmul, rescaled by scale_x·scale_w, plus b",
    points: 3,
    arbitrary: linearCases,
    diagnose: mistakes,
    check: (kata, c) => {
      expectClose(callLinear(kata, c), dynamic64(c), {
        fn: 'dynamicQuantLinear',
        argument: 'out',
        bound: rescaleBound(c, batchParams64(c.x)),
      });
    },
  }),
  property({
    id: 'dynamic-near-float',
    name: 'dynamicQuantLinear is within Σₖ(|xₖ|·s_w/2 + |wₖ|·s_x/2 + s_x·s_w/4) of the float layer x·Wᵀ + b',
    points: 2,
    arbitrary: linearCases,
    diagnose: mistakes,
    check: (kata, c, { reference }) => {
      const float = floatLinear64(c);
      const tf = reference.bounds(float);
      const q = quantizationBound(c);
      const r = rescaleBound(c, batchParams64(c.x));
      expectClose(callLinear(kata, c), floatLinearReference(reference, c.x, c.W, c.b).y, {
        fn: 'dynamicQuantLinear',
        argument: 'out',
        bound: q.map((v, i) => v + tf[i] + r[i]),
      });
    },
  }),
  property({
    id: 'observer-running',
    name: 'observe keeps the running min and max over every batch, in any order',
    points: 2,
    arbitrary: observerCases,
    diagnose: mistakes,
    check: (kata, c) => {
      const o = calibrate64(c.batches);
      const got = runObserver(kata, c);
      expectOutputs(got, { min: o.min, max: o.max }, { fn: 'observe', bounds: { min: 0, max: 0 } });
      const rev = runObserver(kata, { batches: [...c.batches].reverse() });
      if (rev.min !== got.min || rev.max !== got.max)
        fail({
          fn: 'observe',
          message: text['order-dependent']({
            rmin: show(rev.min),
            rmax: show(rev.max),
            min: show(got.min),
            max: show(got.max),
          }),
        });
    },
  }),
  property({
    id: 'static-frozen',
    name: 'static: freeze gives the calibrated params, and staticQuantLinear uses them on new data, clamping what is outside',
    points: 3,
    arbitrary: staticCases,
    diagnose: mistakes,
    check: (kata, c) => {
      const want = frozen64(c);
      const o = calibrate64(c.calibration);
      const first = callLearner(kata, 'freeze', { observer: o, opts: optsOf(INT8) });
      expectOutputs(
        first,
        { scale: want.scale, zeroPoint: want.zeroPoint },
        {
          fn: 'freeze',
          bounds: { scale: scaleBound(want.scale), zeroPoint: 0 },
        },
      );
      const y = callLearner(kata, 'staticQuantLinear', {
        x: c.x,
        W: c.W,
        b: c.b,
        xParams: want,
        opts: { perChannel: c.perChannel },
      });
      expectClose(y, quantLinear64(c, want), {
        fn: 'staticQuantLinear',
        argument: 'out',
        bound: rescaleBound(c, want),
      });
      const again = callLearner(kata, 'freeze', { observer: o, opts: optsOf(INT8) });
      if (again?.scale !== first?.scale)
        fail({ fn: 'freeze', message: text['frozen-changed']({ a: show(first?.scale), b: show(again?.scale) }) });
    },
  }),
  property({
    id: 'fake-forward',
    name: "fakeQuant's out is dequantize(quantize(x))",
    points: 1,
    arbitrary: fakeCases,
    diagnose: mistakes,
    check: (kata, c) => {
      const p = { scale: c.scale, zeroPoint: c.zeroPoint };
      const q = quantize64(c.x, p, { scheme: 'asymmetric', qmin: c.qmin, qmax: c.qmax });
      expectClose(observeFake(kata, c).out, fakeQuant64(c).out, {
        fn: 'fakeQuant',
        argument: 'out',
        bound: dequantBound(q, p),
      });
    },
  }),
  property({
    id: 'ste-mask',
    name: "fakeQuant's backward passes dout where qmin ≤ round(x/scale) + zeroPoint ≤ qmax (ends included), 0 elsewhere",
    points: 2,
    arbitrary: fakeCases,
    diagnose: mistakes,
    check: (kata, c) => {
      expectClose(observeFake(kata, c).dx, fakeQuant64(c).dx, {
        fn: 'fakeQuant',
        argument: 'dx',
        kind: 'gradient',
        bound: 0,
      });
    },
  }),
]);
