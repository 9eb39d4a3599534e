import { unflatten } from '../kit/tensor';
import { defineGrader, expectClose, fail, fmt, property, type ReferenceBackend, validateTensor } from '../kit/toolkit';
import { convShape, denseShape, drawCases, type K, streamCases } from './cases';
import { expectNormalMoments, expectNormalShape, expectUniformMoments, STREAM_RUNS } from './expectStreamStatistics';
import { runFans, runInit } from './learner';
import text from './messages';
import { mistakes } from './mistakes';
import { boundOf, type Case, fansOf, type InitFn, NORMAL_FNS, oracle, sizeOf, UNIFORM_FNS } from './oracle';
import { uniformReference } from './reference';
import { varianceThroughDepth } from './varianceThroughDepth';

// Uniform weights are graded exactly: the stub fixes how they consume rng
// (one rng() per element, row-major, w = −a + 2a·u), the only layout that is
// both the obvious one and as cheap as any. Normal weights are graded by
// their statistics alone (expectStreamStatistics.ts): Box–Muller with either
// pairing, Marsaglia's polar method or any other exact sampler is as right as
// another, and a derived band on a large stream tells a wrong variance from a
// right one for every one of them, so no layout is imposed: a rule follows
// its reason. The stub's recommended Box–Muller only lets the engine name a
// normal mistake from exact outputs (mistakes.ts).

function expectFans(kata: K, shape: number[]): void {
  const { fanIn, fanOut } = runFans(kata, shape);
  const want = fansOf(shape);
  if (typeof fanIn !== 'number' || typeof fanOut !== 'number') {
    fail({ kind: 'shape', fn: 'fans', message: text['not-fans']({ shape: shape.join(', ') }) });
  }
  if (fanIn !== want.fanIn || fanOut !== want.fanOut) {
    fail({
      fn: 'fans',
      argument: fanIn !== want.fanIn ? 'fanIn' : 'fanOut',
      got: fanIn !== want.fanIn ? fanIn : fanOut,
      expected: fanIn !== want.fanIn ? want.fanIn : want.fanOut,
      message: text['fans-off']({
        shape: shape.join(', '),
        fanIn,
        fanOut,
        wantIn: want.fanIn,
        wantOut: want.fanOut,
      }),
    });
  }
}

/** The learner's uniform weights on a case (flat, row-major), after checking it drew one number per element. */
function uniformDraw(kata: K, fn: InitFn, c: Case): number[] {
  const n = sizeOf(c.shape);
  const { weights, draws } = runInit(kata, fn, c);
  if (draws !== n) {
    fail({
      kind: 'rule',
      rule: 'one-draw-per-element',
      fn,
      got: draws,
      expected: n,
      message: text.draws({ fn, shape: c.shape.join(', '), count: draws, n }),
    });
  }
  return (validateTensor(weights, c.shape, { fn, argument: 'w' }) as number[][]).flat(3) as number[];
}

function expectUniformValues(kata: K, fn: 'xavierUniform' | 'heUniform', c: Case, reference: ReferenceBackend): void {
  const ws = uniformDraw(kata, fn, c);
  expectClose(unflatten(ws, c.shape), uniformReference(reference, c)[fn], {
    fn,
    argument: 'w',
    bound: reference.bounds(oracle(c)[fn]),
  });
}

function expectUniformBounds(kata: K, c: Case, reference: ReferenceBackend): void {
  for (const fn of UNIFORM_FNS) {
    const ws = uniformDraw(kata, fn, c);
    const bound = boundOf(fn, c.shape);
    const a = bound.data[0];
    const slack = reference.bounds(bound)[0];
    const outside = ws.find((w) => !(w >= -a - slack && w < a + slack));
    if (outside !== undefined) {
      fail({
        fn,
        argument: 'w',
        got: outside,
        expected: outside < 0 ? -a : a,
        message: text['out-of-bounds']({ fn, shape: c.shape.join(', '), got: fmt(outside), bound: fmt(a) }),
      });
    }
    const lowest = Math.min(...ws);
    if (!(lowest <= -a + slack)) {
      fail({
        fn,
        argument: 'w',
        got: lowest,
        expected: -a,
        message: text['range-not-reached']({ fn, shape: c.shape.join(', '), got: fmt(lowest), expected: fmt(-a) }),
      });
    }
  }
}

function expectReproducible(kata: K, c: Case): void {
  for (const fn of NORMAL_FNS) {
    const first = JSON.stringify(runInit(kata, fn, c).weights);
    if (JSON.stringify(runInit(kata, fn, c).weights) !== first) {
      fail({
        kind: 'rule',
        rule: 'draws-from-rng',
        fn,
        message: text['not-reproducible']({ fn, shape: c.shape.join(', ') }),
      });
    }
  }
}

export default defineGrader<K>(
  [
    property({
      id: 'fans-dense',
      name: 'fans([out, in]) is { fanIn: in, fanOut: out }',
      points: 1,
      arbitrary: denseShape,
      diagnose: mistakes,
      check: (kata, shape) => expectFans(kata, shape),
    }),
    property({
      id: 'fans-conv',
      name: 'fans([Cout, Cin, kH, kW]) is { fanIn: Cin·kH·kW, fanOut: Cout·kH·kW }: the receptive field counts',
      points: 2,
      arbitrary: convShape,
      diagnose: mistakes,
      check: (kata, shape) => expectFans(kata, shape),
    }),
    property({
      id: 'uniform-bounds',
      name: 'uniform weights lie in [−a, a) with a = √(6/(fanIn + fanOut)) for Xavier and √(6/fanIn) for He, and u = 0 gives −a',
      points: 1,
      arbitrary: drawCases,
      diagnose: mistakes,
      check: (kata, c, { reference }) => expectUniformBounds(kata, c, reference),
    }),
    property({
      id: 'xavier-uniform-values',
      name: 'xavierUniform is w = −a + 2a·u, one rng() per element in row-major order',
      points: 2,
      arbitrary: drawCases,
      diagnose: mistakes,
      check: (kata, c, { reference }) => expectUniformValues(kata, 'xavierUniform', c, reference),
    }),
    property({
      id: 'he-uniform-values',
      name: 'heUniform is w = −a + 2a·u, one rng() per element in row-major order',
      points: 2,
      arbitrary: drawCases,
      diagnose: mistakes,
      check: (kata, c, { reference }) => expectUniformValues(kata, 'heUniform', c, reference),
    }),
    property({
      id: 'uniform-moments',
      name: 'on a uniform rng stream the uniform weights have mean 0 and variance a²/3 within derived bands (false rejection ≤ 10⁻⁶)',
      points: 1,
      arbitrary: streamCases,
      numRuns: STREAM_RUNS,
      diagnose: mistakes,
      check: (kata, c) => expectUniformMoments(kata, c),
    }),
    property({
      id: 'xavier-normal-moments',
      name: 'xavierNormal has mean 0 and variance 2/(fanIn + fanOut) within derived bands (false rejection ≤ 10⁻⁶)',
      points: 2,
      arbitrary: streamCases,
      numRuns: STREAM_RUNS,
      diagnose: mistakes,
      check: (kata, c) => expectNormalMoments(kata, 'xavierNormal', c),
    }),
    property({
      id: 'he-normal-moments',
      name: 'heNormal has mean 0 and variance 2/fanIn within derived bands (false rejection ≤ 10⁻⁶)',
      points: 2,
      arbitrary: streamCases,
      numRuns: STREAM_RUNS,
      diagnose: mistakes,
      check: (kata, c) => expectNormalMoments(kata, 'heNormal', c),
    }),
    property({
      id: 'normal-shape',
      name: 'normal weights are normal: 68.27% within one standard deviation, within a derived band (false rejection ≤ 10⁻⁶)',
      points: 1,
      arbitrary: streamCases,
      numRuns: STREAM_RUNS,
      diagnose: mistakes,
      check: (kata, c) => expectNormalShape(kata, c),
    }),
    property({
      id: 'normal-from-rng',
      name: 'normal weights come from rng alone: the same stream gives the same weights',
      points: 1,
      arbitrary: drawCases,
      diagnose: [],
      check: (kata, c) => expectReproducible(kata, c),
    }),
  ],
  { pictures: [varianceThroughDepth] },
);
