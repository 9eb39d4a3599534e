import type * as Kata from '../../katas/02-mlp-backprop/mlp-backprop';
import { type Nested, normInf } from '../kit/tensor';
import { callLearner, checkGradient, defineGrader, expectFinite, fmt, msg, property } from '../kit/toolkit';
import { batch, GRADIENTS, largeLogits, paramsOf, repeatedTwice, singleExample } from './cases';
import { boundsOf, expectForward, expectGradients } from './expectMatchesReference';
import { expectMeanOverBatch } from './expectMeanOverBatch';
import text from './messages';
import { allMistakes, forwardMistakes } from './mistakes';
import { type Case, mlp64 } from './oracle';
import { mlpReference } from './reference';
import { runForward, runMlp } from './runMlp';

type K = typeof Kata;

export default defineGrader<K>([
  property({
    id: 'forward-matches-reference',
    name: 'logits and loss match the reference',
    points: 3,
    arbitrary: batch,
    diagnose: forwardMistakes,
    check: (kata, c, { reference }) => {
      const { loss, logits } = runForward(kata, c);
      expectForward({ loss, logits, grads: {} }, mlpReference(reference, c), boundsOf(reference, mlp64(c)));
    },
  }),
  property({
    id: 'gradients-match-reference',
    name: 'dW1, db1, dW2, db2 match autodiff of the reference',
    points: 4,
    arbitrary: batch,
    diagnose: allMistakes,
    check: (kata, c, { reference }) => {
      expectGradients(runMlp(kata, c), mlpReference(reference, c), boundsOf(reference, mlp64(c)));
    },
  }),
  property({
    id: 'gradients-self-consistent',
    name: 'gradients agree with finite differences of your mlpForward',
    points: 3,
    arbitrary: batch,
    diagnose: allMistakes,
    check: (kata, c) => {
      const { grads } = runMlp(kata, c);
      checkGradient({
        // The loss cancels (log-sum-exp minus a logit): its rounding noise
        // scales with the terms, not with the loss. The oracle's first-order
        // error of the loss, in units of the roundoff, is that size.
        forwardScale: mlp64(c).loss.err[0],
        fn: 'mlpBackward',
        forwardName: msg('check.your-fn-loss', { fn: 'mlpForward' }),
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
    diagnose: allMistakes,
    check: (kata, c, { reference }) => {
      const want = mlpReference(reference, c);
      const bounds = boundsOf(reference, mlp64(c));
      const got = runMlp(kata, c);
      expectForward(got, want, bounds);
      expectGradients(got, want, bounds);
    },
  }),
  property({
    id: 'loss-is-batch-mean',
    name: 'the loss is a mean: repeating the batch twice changes neither it nor its gradients',
    points: 2,
    arbitrary: batch,
    diagnose: allMistakes,
    check: (kata, c, { reference }) => {
      const twice = repeatedTwice(c);
      expectMeanOverBatch(runMlp(kata, c), runMlp(kata, twice), c, boundsOf(reference, mlp64(twice)));
    },
  }),
  property({
    id: 'stable-for-large-logits',
    name: 'loss and gradients stay finite and right for logits of ±1000 and more',
    points: 2,
    arbitrary: largeLogits,
    diagnose: allMistakes,
    check: (kata, c, { reference }) => {
      const truth = mlp64(c);
      const context = text['for-logits-up-to']({ bound: fmt(normInf(truth.logits.data)) });
      const { loss, logits, cache } = runForward(kata, c);
      expectFinite(loss, { fn: 'mlpForward', argument: 'loss', context });
      const grads = callLearner(kata, 'mlpBackward', { cache }) ?? {};
      for (const name of GRADIENTS) expectFinite(grads[name], { fn: 'mlpBackward', argument: name, context });
      const want = mlpReference(reference, c);
      const bounds = boundsOf(reference, truth);
      expectForward({ loss, logits, grads }, want, bounds);
      expectGradients({ loss, logits, grads }, want, bounds);
    },
  }),
]);
