import { fail } from './gradingFailure';
import type { Where } from './validateTensor';

export interface FiniteConstraints extends Where {
  /** What makes these inputs special, appended to the summary: "for logits of ±1000". */
  readonly context?: string;
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
        const at = `${c.argument}${index.map((i) => `[${i}]`).join('')}`;
        fail({
          kind: 'value',
          fn: c.fn,
          argument: c.argument,
          index,
          got: v,
          summary: `${at} is ${v}${c.context ? ` ${c.context}` : ''}`,
        });
      }
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) walk(v[i], [...index, i]);
    }
  };
  walk(value, []);
}
