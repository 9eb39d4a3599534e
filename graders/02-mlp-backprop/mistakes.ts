import type * as Kata from '../../katas/02-mlp-backprop/mlp-backprop';
import { transpose } from '../kit/tensor';
import { mistake, probe } from '../kit/toolkit';
import { batch, GRADIENTS, largeLogits } from './cases';
import m from './misconceptions';
import { type Case, type Mlp64, mlp64, type OracleMistake } from './oracle';
import { runMlp } from './runMlp';

type K = typeof Kata;

/** Every output of the learner's net on a case, against the oracle's. */
const net = probe<K, Case>({
  cases: batch,
  observe: (kata, c) => {
    const { loss, logits, grads } = runMlp(kata, c);
    return { loss, logits, ...grads };
  },
  truth: (c) => mlp64(c),
});

/**
 * The mistake as the oracle makes it, compared on `outputs`: those it
 * changes, and those that tell it from a mistake that changes the same ones.
 */
const oracleMistake = (name: OracleMistake, outputs: readonly (keyof Mlp64)[], cases = batch) =>
  mistake(
    net,
    m[name],
    (c) => {
      const wrong = mlp64(c, name);
      return Object.fromEntries(outputs.map((o) => [o, wrong[o]]));
    },
    cases,
  );

/** Mistakes that change the loss or the logits. */
export const forwardMistakes = [
  // The loss alone: a summed loss is that mistake whatever the gradient says.
  oracleMistake('loss-summed', ['loss']),
  // Both overflow to a loss of ∞ on large logits; the NaN gradients of ∞/∞ tell them apart.
  oracleMistake('softmax-no-max-subtraction', ['loss', ...GRADIENTS], largeLogits),
  oracleMistake('log-of-underflowed-probability', ['loss', ...GRADIENTS], largeLogits),
];

/** Every mistake: a gradient can be wrong because of any of them. */
export const allMistakes = [
  ...forwardMistakes,
  // With the loss right, which a summed loss is not.
  oracleMistake('grad-not-divided-by-n', ['loss', ...GRADIENTS]),
  oracleMistake('bias-grad-first-row', ['db1', 'db2']),
  oracleMistake('sigmoid-derivative-plus', ['dW1', 'db1']),
  oracleMistake('no-sigmoid-backprop', ['dW1', 'db1']),
  mistake(net, m['dw1-transposed'], (c) => ({ dW1: transpose(mlp64(c).dW1) })),
  mistake(net, m['dw2-transposed'], (c) => ({ dW2: transpose(mlp64(c).dW2) })),
];
