import { callLearner } from '../kit/toolkit';
import type { K } from './cases';
import type { Case, Matrix } from './oracle';

/** The learner's batchNormTrain on a case (x replaced when given). */
export function runTrain(kata: K, c: Case, x: Matrix = c.x): { out?: unknown; cache?: unknown; running?: unknown } {
  return (
    callLearner(kata, 'batchNormTrain', {
      x,
      gamma: c.gamma,
      beta: c.beta,
      running: c.running,
      momentum: c.momentum,
      eps: c.eps,
    }) ?? {}
  );
}

/** The new running statistics the learner's batchNormTrain returned, by the names messages use. */
export function runRunning(kata: K, c: Case): { 'running.mean'?: unknown; 'running.var'?: unknown } {
  const running = runTrain(kata, c).running as { mean?: unknown; var?: unknown } | undefined;
  return { 'running.mean': running?.mean, 'running.var': running?.var };
}

/** The learner's batchNormEval on a case (x replaced when given). */
export function runEval(kata: K, c: Case, x: Matrix = c.x): unknown {
  return callLearner(kata, 'batchNormEval', {
    x,
    gamma: c.gamma,
    beta: c.beta,
    running: c.running,
    eps: c.eps,
  });
}

/** The learner's batchNormBackward for the case's dout, on the cache of its own training forward. */
export function runBackward(kata: K, c: Case): { dx?: unknown; dgamma?: unknown; dbeta?: unknown } {
  const { cache } = runTrain(kata, c);
  return callLearner(kata, 'batchNormBackward', { dout: c.dout, cache }) ?? {};
}
