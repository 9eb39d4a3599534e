import { add, div, mul, sub } from './binary';
import { max, sum } from './reduce';
import type { Tensor64 } from './tensor64';
import { exp, log } from './unary';

// The compositions tfjs's cpu kernels use, so the error bound is the
// reference's: softmax = exp(x − max)/Σexp(x − max) (kernels/Softmax.js),
// logSumExp = max + log Σ exp(x − max) (ops/log_sum_exp.js). Along the last axis only, as in tfjs.

/** softmax over the last axis. */
export function softmax(x: Tensor64): Tensor64 {
  const shifted = exp(sub(x, max(x, { axis: -1, keepDims: true })));
  return div(shifted, sum(shifted, { axis: -1, keepDims: true }));
}

/** log Σ exp over the last axis, kept as a size-1 axis. */
export function logSumExp(x: Tensor64): Tensor64 {
  const m = max(x, { axis: -1, keepDims: true });
  return add(m, log(sum(exp(sub(x, m)), { axis: -1, keepDims: true })));
}

/** x − logSumExp(x) over the last axis, as tfjs's softmax cross-entropy computes it. */
export function logSoftmax(x: Tensor64): Tensor64 {
  return sub(x, logSumExp(x));
}

/**
 * The softmax's vector-Jacobian product as tfjs's gradient computes it
 * (gradients/Softmax_grad.js): dx = dy⊙y − (Σ dy⊙y)·y, per row.
 */
export function softmaxBackward(dy: Tensor64, y: Tensor64): Tensor64 {
  const dyTimesY = mul(dy, y);
  return sub(dyTimesY, mul(sum(dyTimesY, { axis: -1, keepDims: true }), y));
}
