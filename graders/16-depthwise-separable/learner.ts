import type * as Kata from '../../katas/16-depthwise-separable/depthwise-separable';
import type { Tensor4 } from '../../katas/lib/shape';
import { callLearner } from '../kit/toolkit';
import type { Case, CostCase } from './oracle';

export type K = typeof Kata;

const options = (c: Case) => ({ stride: c.stride, padding: c.padding });

/** The learner's depthwiseConvForward on a case (x or the weight replaced when given). */
export function runDepthwise(
  kata: K,
  c: Case,
  x: Tensor4 = c.x,
  w: Tensor4 = c.wd,
): { out?: unknown; cache?: unknown } {
  return callLearner(kata, 'depthwiseConvForward', { x, w, options: options(c) }) ?? {};
}

/** The learner's depthwiseConvBackward for the case's doutDepthwise, on the cache of its own forward. */
export function runDepthwiseBackward(kata: K, c: Case): { dx?: unknown; dw?: unknown } {
  const { cache } = runDepthwise(kata, c);
  return callLearner(kata, 'depthwiseConvBackward', { dout: c.doutDepthwise, cache }) ?? {};
}

export function runPointwise(
  kata: K,
  c: Case,
  x: Tensor4 = c.x,
  w: Tensor4 = c.wp,
): { out?: unknown; cache?: unknown } {
  return callLearner(kata, 'pointwiseConvForward', { x, w }) ?? {};
}

export function runPointwiseBackward(kata: K, c: Case): { dx?: unknown; dw?: unknown } {
  const { cache } = runPointwise(kata, c);
  return callLearner(kata, 'pointwiseConvBackward', { dout: c.doutPointwise, cache }) ?? {};
}

export function runSeparable(
  kata: K,
  c: Case,
  x: Tensor4 = c.x,
  wDepthwise: Tensor4 = c.wd,
  wPointwise: Tensor4 = c.wp,
): { out?: unknown; cache?: unknown } {
  return callLearner(kata, 'separableConvForward', { x, wDepthwise, wPointwise, options: options(c) }) ?? {};
}

export function runSeparableBackward(kata: K, c: Case): { dx?: unknown; dwDepthwise?: unknown; dwPointwise?: unknown } {
  const { cache } = runSeparable(kata, c);
  return callLearner(kata, 'separableConvBackward', { dout: c.doutSeparable, cache }) ?? {};
}

/** The learner's two costs for the same question, by the names messages use. */
export function runCosts(kata: K, q: CostCase): Record<string, unknown> {
  const separable = (callLearner(kata, 'separableCost', { question: q }) ?? {}) as { params?: unknown; macs?: unknown };
  const standard = (callLearner(kata, 'standardCost', { question: q }) ?? {}) as { params?: unknown; macs?: unknown };
  return {
    'separable.params': separable.params,
    'separable.macs': separable.macs,
    'standard.params': standard.params,
    'standard.macs': standard.macs,
  };
}
