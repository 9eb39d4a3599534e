import { type Message, msg } from '../results/message';
import { argumentAt, argumentText } from './argumentName';
import { fail } from './gradingFailure';
import type { Where } from './validateTensor';

export interface FiniteConstraints extends Where {
  /** What makes these inputs special, appended to the summary: "for logits of ±1000". */
  readonly context?: Message;
}

/**
 * Fails at the first NaN or ±Infinity anywhere in `value` (a number or nested
 * arrays of them), naming its index. Shapes and types are left to
 * validateTensor / expectClose; why it overflowed is for the diagnosis to
 * confirm (a kata's mistakes).
 */
export function expectFinite(value: unknown, c: FiniteConstraints): void {
  const walk = (v: unknown, index: number[]): void => {
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) {
        const at = argumentAt(c.argument, index);
        fail({
          kind: 'value',
          fn: c.fn,
          argument: argumentText(c.argument),
          index,
          got: v,
          message: c.context
            ? msg('check.not-finite-for', { at, value: String(v), context: c.context })
            : msg('check.not-finite', { at, value: String(v) }),
        });
      }
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) walk(v[i], [...index, i]);
    }
  };
  walk(value, []);
}
