import type * as Kata from '../../katas/02-mlp-backprop/mlp-backprop';
import { callLearner, checkGradient, defineGrader, expectFinite, fmt, type Nested, property } from '../kit/toolkit';
import { batch, type Case, GRADIENTS, largeLogits, paramsOf, repeatedTwice, singleExample } from './cases';
import { expectForward, expectGradients } from './expectMatchesReference';
import { expectMeanOverBatch } from './expectMeanOverBatch';
import { forward64 } from './float64';
import { type MlpReference, mlpReference } from './reference';
import { runForward, runMlp } from './runMlp';
import { UNSTABLE } from './suspects';
import { roundingScales } from './tolerances';

type K = typeof Kata;

const referenceOf = (c: Case): MlpReference => mlpReference(c.x, c.y, c.W2.length, paramsOf(c));

export default defineGrader<K>([
  property({
    id: 'forward-matches-reference',
    name: 'logits and loss match the reference',
    points: 3,
    arbitrary: batch,
    check: (kata, c) => {
      expectForward({ ...runForward(kata, c), grads: {} }, c, referenceOf(c), forward64(c));
    },
  }),
  property({
    id: 'gradients-match-reference',
    name: 'dW1, db1, dW2, db2 match autodiff of the reference',
    points: 4,
    arbitrary: batch,
    check: (kata, c) => {
      expectGradients(runMlp(kata, c), c, referenceOf(c), forward64(c));
    },
  }),
  property({
    id: 'gradients-self-consistent',
    name: 'gradients agree with finite differences of your mlpForward',
    points: 3,
    arbitrary: batch,
    check: (kata, c) => {
      const { grads } = runMlp(kata, c);
      checkGradient({
        // The loss cancels (log-sum-exp minus a logit): its rounding noise
        // scales with the terms, traced by roundingScales.
        forwardScale: roundingScales(c, forward64(c)).loss,
        fn: 'mlpBackward',
        forwardName: 'your mlpForward loss',
        inputs: paramsOf(c),
        forward: (p) => runForward(kata, { ...c, ...(p as Pick<Case, 'W1' | 'b1' | 'W2' | 'b2'>) }).loss as Nested,
        dout: 1,
        gradients: { W1: grads.dW1, b1: grads.db1, W2: grads.dW2, b2: grads.db2 },
      });
    },
  }),
  property({
    id: 'single-example',
    name: 'a batch of one example matches the reference',
    points: 1,
    arbitrary: singleExample,
    check: (kata, c) => {
      const want = referenceOf(c);
      const f = forward64(c);
      const got = runMlp(kata, c);
      expectForward(got, c, want, f);
      expectGradients(got, c, want, f);
    },
  }),
  property({
    id: 'loss-is-batch-mean',
    name: 'the loss is a mean: repeating the batch twice changes neither it nor its gradients',
    points: 2,
    arbitrary: batch,
    check: (kata, c) => {
      expectMeanOverBatch(runMlp(kata, c), runMlp(kata, repeatedTwice(c)), c);
    },
  }),
  property({
    id: 'stable-for-large-logits',
    name: 'loss and gradients stay finite and right for logits of ±1000 and more',
    points: 2,
    arbitrary: largeLogits,
    check: (kata, c) => {
      const f = forward64(c);
      const stable = {
        misconception: UNSTABLE,
        context: `for logits up to ±${fmt(Math.max(...f.z.flat().map(Math.abs)))}`,
      };
      const { loss, logits, cache } = runForward(kata, c);
      expectFinite(loss, { fn: 'mlpForward', argument: 'loss', ...stable });
      const grads = callLearner(kata, 'mlpBackward', { cache }) ?? {};
      for (const name of GRADIENTS) expectFinite(grads[name], { fn: 'mlpBackward', argument: name, ...stable });
      const want = referenceOf(c);
      expectForward({ loss, logits, grads }, c, want, f);
      expectGradients({ loss, logits, grads }, c, want, f);
    },
  }),
]);
