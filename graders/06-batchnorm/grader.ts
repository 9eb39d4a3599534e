import {
  checkGradient,
  defineGrader,
  expectClose,
  expectOutputs,
  type GradingEnv,
  msg,
  property,
} from '../kit/toolkit';
import { batchNormCase, batchOfOneCases, cases, type K, nearEpsCases, otherRowsCases } from './cases';
import { expectBatchOfOneRejected } from './expectBatchOfOneRejected';
import { expectDxProjected } from './expectDxProjected';
import { expectEvalIgnoresBatch } from './expectEvalIgnoresBatch';
import { expectFeaturesNormalised } from './expectFeaturesNormalised';
import { runBackward, runEval, runRunning, runTrain } from './learner';
import { backwardMistakes, evalMistakes, runningMistakes, trainMistakes } from './mistakes';
import { type Case, evalOracle, type Matrix, oracle } from './oracle';
import { batchNormReference, evalReference, runningReference, trainOutReference } from './reference';

/** The learner's training out against the reference's, within the oracle's bounds. */
function expectOutMatches(kata: K, c: Case, { reference }: GradingEnv): void {
  expectClose(runTrain(kata, c).out, trainOutReference(reference, c), {
    fn: 'batchNormTrain',
    argument: 'out',
    bound: reference.bounds(oracle(c).out),
  });
}

export default defineGrader<K>([
  property({
    id: 'train-matches-reference',
    name: 'out of batchNormTrain matches the reference',
    points: 3,
    arbitrary: cases,
    diagnose: trainMistakes,
    check: expectOutMatches,
  }),
  property({
    id: 'eps-inside-sqrt',
    name: 'features with variance near ε match the reference (ε inside the square root)',
    points: 2,
    arbitrary: nearEpsCases,
    diagnose: trainMistakes,
    check: expectOutMatches,
  }),
  property({
    id: 'features-normalised',
    name: 'with γ = 1 and β = 0 every feature of out has batch mean 0 and variance σ²/(σ² + ε)',
    points: 1,
    arbitrary: batchNormCase({ identityAffine: true }),
    diagnose: trainMistakes,
    check: (kata, c, { reference }) => expectFeaturesNormalised(kata, c, reference),
  }),
  property({
    id: 'running-statistics',
    name: "running.mean and running.var follow PyTorch's momentum, with the unbiased batch variance",
    points: 2,
    arbitrary: cases,
    diagnose: runningMistakes,
    check: (kata, c, { reference }) => {
      const truth = oracle(c);
      expectOutputs(runRunning(kata, c), runningReference(reference, c), {
        fn: 'batchNormTrain',
        bounds: {
          'running.mean': reference.bounds(truth['running.mean']),
          'running.var': reference.bounds(truth['running.var']),
        },
      });
    },
  }),
  property({
    id: 'batch-of-one-throws',
    name: 'training on a batch of one throws an error',
    points: 1,
    arbitrary: batchOfOneCases,
    check: (kata, c) => expectBatchOfOneRejected(kata, c),
  }),
  property({
    id: 'eval-matches-reference',
    name: 'batchNormEval matches the reference (running statistics only)',
    points: 2,
    arbitrary: cases,
    diagnose: evalMistakes,
    check: (kata, c, { reference }) => {
      expectClose(runEval(kata, c), evalReference(reference, c), {
        fn: 'batchNormEval',
        argument: 'out',
        bound: reference.bounds(evalOracle(c).out),
      });
    },
  }),
  property({
    id: 'eval-ignores-batch',
    name: "in eval mode a row's output does not change when the other rows do",
    points: 1,
    arbitrary: otherRowsCases,
    diagnose: evalMistakes,
    check: (kata, { c, others }, { reference }) => expectEvalIgnoresBatch(kata, c, others, reference),
  }),
  property({
    id: 'backward-matches-reference',
    name: 'dx, dgamma and dbeta match autodiff of the reference',
    points: 3,
    arbitrary: cases,
    diagnose: backwardMistakes,
    check: (kata, c, { reference }) => {
      const truth = oracle(c);
      const { dx, dgamma, dbeta } = batchNormReference(reference, c);
      expectOutputs(
        runBackward(kata, c),
        { dx, dgamma, dbeta },
        {
          fn: 'batchNormBackward',
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
    name: 'dx, dgamma and dbeta agree with finite differences of your training forward',
    points: 2,
    // Features with σ² ≥ 0.1: central differences are accurate there (cases.ts).
    arbitrary: batchNormCase({ features: 'spread' }),
    diagnose: backwardMistakes,
    check: (kata, c) => {
      const got = runBackward(kata, c);
      checkGradient({
        fn: 'batchNormBackward',
        forwardName: msg('check.your-fn', { fn: 'batchNormTrain' }),
        inputs: { x: c.x, gamma: c.gamma, beta: c.beta },
        forward: (inp) =>
          runTrain(kata, { ...c, gamma: inp.gamma as number[], beta: inp.beta as number[] }, inp.x as Matrix)
            .out as Matrix,
        dout: c.dout,
        gradients: { x: got.dx, gamma: got.dgamma, beta: got.dbeta },
      });
    },
  }),
  property({
    id: 'dx-columns-projected',
    name: 'every column of dx sums to 0 and is orthogonal to x̂ (ε = 0)',
    points: 1,
    arbitrary: batchNormCase({ features: 'spread', eps: 0 }),
    diagnose: backwardMistakes,
    check: (kata, c, { reference }) => expectDxProjected(kata, c, reference),
  }),
]);
