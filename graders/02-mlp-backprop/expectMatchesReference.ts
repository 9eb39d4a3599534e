import { type Bound, expectOutputs, fail, GradingFailure, type ReferenceBackend } from '../kit/toolkit';
import { GRADIENTS } from './cases';
import { gradientNorms } from './gradientNorms';
import type { Mlp64 } from './oracle';
import type { MlpReference } from './reference';
import type { Run } from './runMlp';

/** The reference's float32 error bound for each output, from the oracle that mirrors it. */
export function boundsOf(reference: ReferenceBackend, truth: Mlp64): Record<keyof Mlp64, Bound> {
  return {
    loss: reference.bounds(truth.loss),
    logits: reference.bounds(truth.logits),
    dW1: reference.bounds(truth.dW1),
    db1: reference.bounds(truth.db1),
    dW2: reference.bounds(truth.dW2),
    db2: reference.bounds(truth.db2),
  };
}

/** Logits and loss within the reference's float32 bounds. */
export function expectForward(got: Run, want: MlpReference, bounds: Record<keyof Mlp64, Bound>): void {
  expectOutputs(
    { logits: got.logits, loss: got.loss },
    { logits: want.logits, loss: want.loss },
    { fn: 'mlpForward', bounds },
  );
}

/**
 * dW1, db1, dW2, db2 within the reference's float32 bounds; a failure
 * carries every layer's gradient norm, for the report.
 */
export function expectGradients(got: Run, want: MlpReference, bounds: Record<keyof Mlp64, Bound>): void {
  try {
    expectOutputs(got.grads, Object.fromEntries(GRADIENTS.map((g) => [g, want[g]])), {
      fn: 'mlpBackward',
      bounds,
      gradients: GRADIENTS,
    });
  } catch (err) {
    if (!(err instanceof GradingFailure)) throw err;
    fail({ ...err.detail, curves: gradientNorms(got, want) });
  }
}
