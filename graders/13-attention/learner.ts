import type * as Kata from '../../katas/13-attention/attention';
import { shapeOf } from '../kit/tensor';
import { callLearner, fail, GradingFailure, type Message, messageOf, validateTensor } from '../kit/toolkit';
import type { Case, T4 } from './cases';
import text from './messages';

type K = typeof Kata;

/** Where a row of weights is, for messages. */
export const rowName = (b: number, h: number, i: number): Message => text.row({ i, b, h });

export const weightsShape = (c: Case): number[] => [...shapeOf(c.Q).slice(0, 3), shapeOf(c.K)[2]];
export const outShape = (c: Case): number[] => [...shapeOf(c.Q).slice(0, 3), shapeOf(c.V)[3]];

/** The learner's attentionForward on a case; fails unless it returns an object. */
export function runForward(kata: K, c: Case): { out: unknown; weights: unknown; cache: unknown } {
  const r = callLearner(kata, 'attentionForward', { Q: c.Q, K: c.K, V: c.V, mask: c.mask });
  if (r === null || typeof r !== 'object') {
    fail({
      kind: 'shape',
      fn: 'attentionForward',
      message: text['not-an-object']({ value: String(r) }),
    });
  }
  return r;
}

/**
 * One output of attentionForward, checked to be finite and of its shape; a
 * non-finite value in a row whose keys are all hidden says so (what is
 * special about the row is observed; why it went wrong is for the diagnosis).
 */
export function forwardOutput(kata: K, c: Case, name: 'weights' | 'out'): T4 {
  const shape = name === 'weights' ? weightsShape(c) : outShape(c);
  try {
    return validateTensor(runForward(kata, c)[name], shape, { fn: 'attentionForward', argument: name }) as T4;
  } catch (err) {
    const d = err instanceof GradingFailure ? err.detail : undefined;
    const [b, h, i] = d?.index ?? [];
    if (d?.got === undefined || Number.isFinite(d.got) || !c.mask?.[b]?.[h]?.[i]?.every((x) => x === 0)) throw err;
    fail({ ...d, message: text['row-all-hidden']({ inner: messageOf(d), row: rowName(b, h, i) }) });
  }
}

/** The learner's attentionBackward for the case's dout, on the cache of its own forward. */
export function runBackward(kata: K, c: Case): { dQ?: unknown; dK?: unknown; dV?: unknown } | undefined {
  const { cache } = runForward(kata, c);
  return callLearner(kata, 'attentionBackward', { dout: c.dout, cache });
}
