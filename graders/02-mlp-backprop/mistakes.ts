import type * as Kata from '../../katas/02-mlp-backprop/mlp-backprop';
import { transpose } from '../kit/tensor';
import { mistake, probe } from '../kit/toolkit';
import { batch, GRADIENTS, largeLogitsAnyLabel } from './cases';
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
 * The mistake as the oracle makes it, one Mistake per group of outputs:
 * each group alone is evidence, so a second mistake in another output does
 * not hide the first. A group holds what the mistake changes, and what
 * tells it from a mistake that changes the same outputs.
 */
const oracleMistakes = (name: OracleMistake, groups: readonly (readonly (keyof Mlp64)[])[], cases = batch) =>
  groups.map((outputs) =>
    mistake(
      net,
      m[name],
      (c) => {
        const wrong = mlp64(c, name);
        return Object.fromEntries(outputs.map((o) => [o, wrong[o]]));
      },
      cases,
    ),
  );

/** Mistakes that change the loss or the logits. */
export const forwardMistakes = [
  // The loss alone: a summed loss is that mistake whatever the gradient says.
  ...oracleMistakes('loss-summed', [['loss']]),
  // Without the max, log Σ exp(z) is ∞ for every large logit, and softmax's ∞/∞ makes the gradients NaN:
  // either half alone is the mistake. −log p[y] is ∞ only where p[y] underflowed.
  ...oracleMistakes('softmax-no-max-subtraction', [['loss'], GRADIENTS], largeLogitsAnyLabel),
  ...oracleMistakes('log-of-underflowed-probability', [['loss']], largeLogitsAnyLabel),
];

/** Every mistake: a gradient can be wrong because of any of them. */
export const allMistakes = [
  ...forwardMistakes,
  // Each gradient N times too large with the loss right, which a summed loss is not.
  ...oracleMistakes(
    'grad-not-divided-by-n',
    GRADIENTS.map((g) => ['loss', g]),
  ),
  ...oracleMistakes('bias-grad-first-row', [['db1'], ['db2']]),
  ...oracleMistakes('sigmoid-derivative-plus', [['dW1'], ['db1']]),
  ...oracleMistakes('no-sigmoid-backprop', [['dW1'], ['db1']]),
  mistake(net, m['dw1-transposed'], (c) => ({ dW1: transpose(mlp64(c).dW1) })),
  mistake(net, m['dw2-transposed'], (c) => ({ dW2: transpose(mlp64(c).dW2) })),
];
