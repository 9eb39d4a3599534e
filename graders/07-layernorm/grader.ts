import {
  checkGradient,
  defineGrader,
  expectClose,
  expectOutputs,
  type GradingEnv,
  msg,
  property,
} from '../kit/toolkit';
import { cases, type K, layerNormCase, nearEpsCases, scaledCases, scaleRows, shiftedCases, shiftRows } from './cases';
import { expectDxProjected } from './expectDxProjected';
import { expectRowsNormalised } from './expectRowsNormalised';
import { runBackward, runForward } from './learner';
import text from './messages';
import { backwardMistakes, forwardMistakes } from './mistakes';
import { type Case, type Matrix, oracle } from './oracle';
import { layerNormOutReference, layerNormReference } from './reference';

const fmtList = (xs: readonly number[]): string => xs.map((v) => String(v)).join(', ');

/** The learner's out after a row-wise change of x against its out before, within both oracles' bounds. */
function expectUnchanged(
  kata: K,
  c: Case,
  moved: Matrix,
  context: ReturnType<typeof msg>,
  bound: (x: Case) => Float64Array,
): void {
  const before = runForward(kata, c).out;
  const after = runForward(kata, c, moved).out;
  const b1 = bound(c);
  const b2 = bound({ ...c, x: moved });
  expectClose(after, before as Matrix, {
    fn: 'layerNormForward',
    argument: 'out',
    bound: b1.map((b, k) => b + b2[k]),
    context,
  });
}

/** The learner's out against the reference's, within the oracle's bounds. */
function expectOutMatches(kata: K, c: Case, { reference }: GradingEnv): void {
  expectClose(runForward(kata, c).out, layerNormOutReference(reference, c), {
    fn: 'layerNormForward',
    argument: 'out',
    bound: reference.bounds(oracle(c).out),
  });
}

export default defineGrader<K>([
  property({
    id: 'forward-matches-reference',
    name: 'out matches the reference',
    points: 3,
    arbitrary: cases,
    diagnose: forwardMistakes,
    check: expectOutMatches,
  }),
  property({
    id: 'eps-inside-sqrt',
    name: 'rows with variance near ε match the reference (ε inside the square root)',
    points: 2,
    arbitrary: nearEpsCases,
    diagnose: forwardMistakes,
    check: expectOutMatches,
  }),
  property({
    id: 'rows-normalised',
    name: 'with γ = 1 and β = 0 every row of out has mean 0 and variance σ²/(σ² + ε)',
    points: 1,
    arbitrary: layerNormCase({ identityAffine: true }),
    diagnose: forwardMistakes,
    check: (kata, c, { reference }) => expectRowsNormalised(kata, c, reference),
  }),
  property({
    id: 'shift-invariant',
    name: 'adding a constant to a row leaves out unchanged',
    points: 1,
    arbitrary: shiftedCases,
    diagnose: forwardMistakes,
    check: (kata, { c, by }, { reference }) =>
      expectUnchanged(kata, c, shiftRows(c.x, by), text['after-shifting']({ by: fmtList(by) }), (x) =>
        reference.bounds(oracle(x).out),
      ),
  }),
  property({
    id: 'scale-invariant',
    name: 'scaling a row by a positive constant leaves out unchanged (ε = 0)',
    points: 1,
    arbitrary: scaledCases,
    diagnose: forwardMistakes,
    check: (kata, { c, by }, { reference }) =>
      expectUnchanged(kata, c, scaleRows(c.x, by), text['after-scaling']({ by: fmtList(by) }), (x) =>
        reference.bounds(oracle(x).out),
      ),
  }),
  property({
    id: 'backward-matches-reference',
    name: 'dx, dgamma and dbeta match autodiff of the reference',
    points: 3,
    arbitrary: cases,
    diagnose: backwardMistakes,
    check: (kata, c, { reference }) => {
      const truth = oracle(c);
      const { dx, dgamma, dbeta } = layerNormReference(reference, c);
      expectOutputs(
        runBackward(kata, c),
        { dx, dgamma, dbeta },
        {
          fn: 'layerNormBackward',
          bounds: {
            dx: reference.bounds(truth.dx),
            dgamma: reference.bounds(truth.dgamma),
            dbeta: reference.bounds(truth.dbeta),
          },
          gradients: ['dx', 'dgamma', 'dbeta'],
        },
      );
    },
  }),
  property({
    id: 'backward-self-consistent',
    name: 'dx, dgamma and dbeta agree with finite differences of your forward',
    points: 2,
    // Rows with σ² ≥ 0.1: central differences are accurate there (cases.ts).
    arbitrary: layerNormCase({ rows: 'spread' }),
    diagnose: backwardMistakes,
    check: (kata, c) => {
      const got = runBackward(kata, c);
      checkGradient({
        fn: 'layerNormBackward',
        forwardName: msg('check.your-fn', { fn: 'layerNormForward' }),
        inputs: { x: c.x, gamma: c.gamma, beta: c.beta },
        forward: (inp) =>
          runForward(kata, { ...c, gamma: inp.gamma as number[], beta: inp.beta as number[] }, inp.x as Matrix)
            .out as Matrix,
        dout: c.dout,
        gradients: { x: got.dx, gamma: got.dgamma, beta: got.dbeta },
      });
    },
  }),
  property({
    id: 'dx-rows-projected',
    name: 'every row of dx sums to 0 and is orthogonal to x̂ (ε = 0)',
    points: 1,
    arbitrary: layerNormCase({ rows: 'spread', eps: 0 }),
    diagnose: backwardMistakes,
    check: (kata, c, { reference }) => expectDxProjected(kata, c, reference),
  }),
]);
