import { fail } from './gradingFailure';
import type { Where } from './validateTensor';

export interface FiniteConstraints extends Where {
  /** Why a non-finite value appears here: "softmax without max-subtraction overflows". */
  readonly misconception: string;
  /** What makes these inputs special, appended to the summary: "for logits of ±1000". */
  readonly context?: string;
}

/**
 * Fails at the first NaN or ±Infinity anywhere in `value` (a number or nested
 * arrays of them), naming its index and the numerical mistake behind it.
 * Shapes and types are left to validateTensor / expectClose.
 */
export function expectFinite(value: unknown, c: FiniteConstraints): void {
  const walk = (v: unknown, index: number[]): void => {
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) {
        const at = `${c.argument}${index.map((i) => `[${i}]`).join('')}`;
        fail({
          fn: c.fn,
          argument: c.argument,
          index,
          got: v,
          summary: `${at} is ${v}${c.context ? ` ${c.context}` : ''}`,
          misconception: c.misconception,
        });
      }
    } else if (Array.isArray(v)) {
      v.forEach((e, i) => walk(e, [...index, i]));
    }
  };
  walk(value, []);
}
