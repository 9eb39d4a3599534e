import {
  checkGradient,
  defineGrader,
  expectClose,
  expectOutputs,
  msg,
  property,
  type ReferenceBackend,
} from '../kit/toolkit';
import { cases, constantBranchCases, kinkCases, zeroBranchCases } from './cases';
import { gradientShortcut } from './gradientShortcut';
import { type K, runBackward, runForward } from './learner';
import text from './messages';
import { backwardMistakes, forwardMistakes } from './mistakes';
import { type Case, type Matrix, oracle } from './oracle';
import { residualReference } from './reference';

/** Every gradient against tfjs's autodiff, within the float32 bounds of the oracle that mirrors it. */
function expectGradients(kata: K, c: Case, reference: ReferenceBackend): void {
  const truth = oracle(c);
  const { dx, dW1, db1, dW2, db2 } = residualReference(reference, c);
  expectOutputs(
    runBackward(kata, c),
    { dx, dW1, db1, dW2, db2 },
    {
      fn: 'residualBackward',
      bounds: {
        dx: reference.bounds(truth.dx),
        dW1: reference.bounds(truth.dW1),
        db1: reference.bounds(truth.db1),
        dW2: reference.bounds(truth.dW2),
        db2: reference.bounds(truth.db2),
      },
      gradients: ['dx', 'dW1', 'db1', 'dW2', 'db2'],
    },
  );
}

export default defineGrader<K>(
  [
    property({
      id: 'forward-matches-reference',
      name: 'out matches the reference',
      points: 3,
      arbitrary: cases,
      diagnose: forwardMistakes,
      check: (kata, c, { reference }) => {
        expectClose(runForward(kata, c).out, residualReference(reference, c).out, {
          fn: 'residualForward',
          argument: 'out',
          bound: reference.bounds(oracle(c).out),
        });
      },
    }),
    property({
      id: 'identity-when-branch-zero',
      name: 'with W2 = 0 and b2 = 0 the block is the identity: out = x',
      points: 1,
      arbitrary: zeroBranchCases,
      diagnose: forwardMistakes,
      check: (kata, c, { reference }) => {
        expectClose(runForward(kata, c).out, c.x, {
          fn: 'residualForward',
          argument: 'out',
          bound: reference.bounds(oracle(c).out),
          context: text['with-branch-zero'](),
        });
      },
    }),
    property({
      id: 'backward-matches-reference',
      name: 'dx, dW1, db1, dW2 and db2 match autodiff of the reference',
      points: 4,
      arbitrary: cases,
      diagnose: backwardMistakes,
      check: (kata, c, { reference }) => expectGradients(kata, c, reference),
    }),
    property({
      id: 'skip-carries-gradient',
      name: 'with W2 = 0 the skip alone carries the gradient: dx = dout',
      points: 1,
      arbitrary: constantBranchCases,
      diagnose: backwardMistakes,
      check: (kata, c, { reference }) => {
        expectClose(runBackward(kata, c).dx, c.dout, {
          fn: 'residualBackward',
          argument: 'dx',
          kind: 'gradient',
          bound: reference.bounds(oracle(c).dx),
          context: text['with-branch-constant'](),
        });
      },
    }),
    property({
      id: 'relu-gradient-zero-at-kink',
      name: 'where a pre-activation is exactly 0, ReLU′(0) = 0 as in PyTorch',
      points: 1,
      arbitrary: kinkCases,
      diagnose: backwardMistakes,
      check: (kata, c, { reference }) => expectGradients(kata, c, reference),
    }),
    property({
      id: 'backward-self-consistent',
      name: 'every gradient agrees with finite differences of your forward',
      points: 2,
      arbitrary: cases,
      diagnose: backwardMistakes,
      check: (kata, c) => {
        const got = runBackward(kata, c);
        checkGradient({
          fn: 'residualBackward',
          forwardName: msg('check.your-fn', { fn: 'residualForward' }),
          inputs: { x: c.x, W1: c.W1, b1: c.b1, W2: c.W2, b2: c.b2 },
          forward: (inp) =>
            runForward(
              kata,
              {
                ...c,
                W1: inp.W1 as Matrix,
                b1: inp.b1 as number[],
                W2: inp.W2 as Matrix,
                b2: inp.b2 as number[],
              },
              inp.x as Matrix,
            ).out as Matrix,
          dout: c.dout,
          gradients: { x: got.dx, W1: got.dW1, b1: got.db1, W2: got.dW2, b2: got.db2 },
        });
      },
    }),
  ],
  { pictures: [gradientShortcut] },
);
