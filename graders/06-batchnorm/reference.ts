import type { Nested } from '../kit/tensor';
import type { ReferenceBackend, ReferenceFn } from '../kit/toolkit';
import type { Case, Matrix } from './oracle';

// BatchNorm composed from tf.moments over axis 0 and broadcasting ops, never
// tf.batchNorm: batchNorm does not broadcast its statistics (it cycles them
// over the flat buffer), so only NHWC with [C]-shaped statistics is right
// (docs/curriculum.md, trap 3); composing it keeps one graph for the values,
// the running statistics and the autodiff. reference.test.ts proves all of
// it against the float64 oracle.

/** A type, not an interface: named outputs for checkReference. */
export type BatchNormReference = {
  readonly out: Matrix;
  readonly 'running.mean': number[];
  readonly 'running.var': number[];
  readonly dx: Matrix;
  readonly dgamma: number[];
  readonly dbeta: number[];
};

const train =
  (eps: number): ReferenceFn =>
  (tf, x, gamma, beta) => {
    const { mean, variance } = tf.moments(x, 0);
    const xhat = tf.div(tf.sub(x, mean), tf.sqrt(tf.add(variance, eps)));
    return tf.add(tf.mul(xhat, gamma), beta);
  };

/** (1 − m)·running + m·batch, with the batch's mean (which = 'mean') or its unbiased variance. */
const runningUpdate =
  (which: 'mean' | 'var', momentum: number): ReferenceFn =>
  (tf, x, running) => {
    const N = x.shape[0];
    const { mean, variance } = tf.moments(x, 0);
    const batch = which === 'mean' ? mean : tf.mul(variance, N / (N - 1));
    return tf.add(tf.mul(running, 1 - momentum), tf.mul(batch, momentum));
  };

const evaluate =
  (eps: number): ReferenceFn =>
  (tf, x, gamma, beta, mean, variance) =>
    tf.add(tf.mul(tf.div(tf.sub(x, mean), tf.sqrt(tf.add(variance, eps))), gamma), beta);

/** A training step: out, the new running statistics, and the autodiff of ⟨dout, out⟩ for x, γ and β. */
export function batchNormReference(reference: ReferenceBackend, c: Case): BatchNormReference {
  const { value, grads } = reference.vjp(train(c.eps), [c.x, c.gamma, c.beta], c.dout);
  return {
    out: value as Matrix,
    ...runningReference(reference, c),
    dx: grads[0] as Matrix,
    dgamma: grads[1] as number[],
    dbeta: grads[2] as number[],
  };
}

/** The training forward alone. */
export function trainOutReference(reference: ReferenceBackend, c: Case): Nested {
  return reference.value(train(c.eps), [c.x, c.gamma, c.beta]);
}

/** The running statistics after a training step on the case's batch. */
export function runningReference(
  reference: ReferenceBackend,
  c: Case,
): { 'running.mean': number[]; 'running.var': number[] } {
  return {
    'running.mean': reference.value(runningUpdate('mean', c.momentum), [c.x, c.running.mean]) as number[],
    'running.var': reference.value(runningUpdate('var', c.momentum), [c.x, c.running.var]) as number[],
  };
}

/** Eval mode, from the running statistics. */
export function evalReference(reference: ReferenceBackend, c: Case): Matrix {
  return reference.value(evaluate(c.eps), [c.x, c.gamma, c.beta, c.running.mean, c.running.var]) as Matrix;
}
