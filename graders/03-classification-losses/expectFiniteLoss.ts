import { expectFinite, fail, GradingFailure } from '../kit/toolkit';
import type { LossOut } from './cases';

/** Why a NaN or ±Infinity appears: one mistake for the loss; for dlogits one, or one per entry. */
export interface NonFiniteMisconceptions {
  readonly loss: string;
  readonly dlogits: string | ((index: readonly number[]) => string);
}

/** Fails at the first NaN or ±Infinity in the loss, then in dlogits, naming the numerical mistake behind it. */
export function expectFiniteLoss(got: unknown, fn: string, context: string, why: NonFiniteMisconceptions): void {
  const out = got as Partial<LossOut> | undefined;
  expectFinite(out?.loss, { fn, argument: 'loss', context, misconception: why.loss });
  const { dlogits } = why;
  if (typeof dlogits === 'string') {
    expectFinite(out?.dlogits, { fn, argument: 'dlogits', context, misconception: dlogits });
    return;
  }
  try {
    expectFinite(out?.dlogits, { fn, argument: 'dlogits', context, misconception: '' });
  } catch (err) {
    // The entry decides which mistake it is: name it once expectFinite has found the entry.
    if (err instanceof GradingFailure) fail({ ...err.detail, misconception: dlogits(err.detail.index ?? []) });
    throw err;
  }
}
