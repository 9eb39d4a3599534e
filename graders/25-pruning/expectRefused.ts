import { callLearner, fail, fmt, GradingFailure } from '../kit/toolkit';
import type { K, RefusedCase } from './cases';
import text from './messages';

/** A fraction outside [0, 1] must be refused: any Error counts (its wording is the learner's), returning does not. */
export function expectRefused(kata: K, { fn, sparsity, unstructured, filters }: RefusedCase): void {
  try {
    if (fn === 'magnitudePrune') callLearner(kata, fn, { w: unstructured.w, sparsity });
    else if (fn === 'globalMagnitudePrune') callLearner(kata, fn, { layers: [unstructured.w], sparsity });
    else callLearner(kata, fn, { conv1: filters.conv1, conv2: filters.conv2, amount: sparsity });
  } catch (err) {
    // callLearner reports the learner's own throw as an exception; anything else (a modified input) stands.
    if (err instanceof GradingFailure && err.detail.kind === 'exception') return;
    throw err;
  }
  fail({ fn, kind: 'rule', rule: 'fraction-in-range', message: text['not-refused']({ fn, s: fmt(sparsity) }) });
}
