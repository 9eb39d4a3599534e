import { expectClose, fail, GradingFailure } from '../kit/toolkit';
import { type Case, GRADIENTS } from './cases';
import type { Forward64 } from './float64';
import { gradientNorms } from './gradientNorms';
import type { MlpReference } from './reference';
import type { Run } from './runMlp';
import { SUMMED_LOSS, suspectsFor, WEIGHT_SHAPE } from './suspects';
import { opsOf, roundingScales } from './tolerances';

/** Logits and loss within the derived float32 budget of the reference; a summed loss is named. */
export function expectForward(got: Run, c: Case, want: MlpReference, f: Forward64): void {
  const s = roundingScales(c, f);
  const ops = opsOf(c);
  expectClose(got.logits, want.logits, { fn: 'mlpForward', argument: 'logits', ops, scale: s.logits });
  expectClose(got.loss, want.loss, {
    fn: 'mlpForward',
    argument: 'loss',
    ops,
    scale: s.loss,
    suspects: [{ misconception: SUMMED_LOSS, value: () => f.loss * c.x.length }],
  });
}

/**
 * dW1, db1, dW2, db2 within the derived float32 budget of the reference, with
 * each mistake's suspect; a failure carries every layer's gradient norm, for the report.
 */
export function expectGradients(got: Run, c: Case, want: MlpReference, f: Forward64): void {
  const s = roundingScales(c, f);
  const ops = opsOf(c);
  try {
    for (const name of GRADIENTS) {
      expectClose(got.grads[name], want[name], {
        fn: 'mlpBackward',
        argument: name,
        ops,
        scale: s[name],
        shapeMisconception: name.startsWith('dW') ? WEIGHT_SHAPE : undefined,
        suspects: suspectsFor(name, c, f, want[name]),
      });
    }
  } catch (err) {
    if (!(err instanceof GradingFailure)) throw err;
    fail({ ...err.detail, curves: gradientNorms(got, want) });
  }
}
