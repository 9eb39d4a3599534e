import type { Tensor } from '@tensorflow/tfjs-core';
import { CONFORMANCE_TOLERANCE } from '../tensor/tolerance';
import { type ConformanceCase, conformanceCases, fixedValues } from './conformanceCases';

type Tf = typeof import('@tensorflow/tfjs-core');

export interface Disagreement {
  readonly op: string;
  readonly what: string;
}

const size = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/** f's value and its vjp for a fixed upstream gradient, as flat arrays, on the active backend. */
function evaluate(tf: Tf, c: ConformanceCase): Float32Array[] {
  return tf.tidy(() => {
    const xs = c.shapes.map((shape, i) =>
      tf.tensor(c.values?.[i] ? [...c.values[i]] : fixedValues(size(shape), i + 1, c.range), shape as number[]),
    );
    const probe = c.f(tf, ...xs);
    const dy = tf.tensor(fixedValues(probe.size, 99), probe.shape);
    const { value, grads } = tf.valueAndGrads((...a: Tensor[]) => c.f(tf, ...a))(xs, dy);
    return [value, ...grads].map((t) => t.dataSync() as Float32Array);
  });
}

/** The worst element by the norm-wise rule every grader uses: |got − ref| against tol·(‖ref‖∞ + |refᵢ|). */
function compare(got: Float32Array, ref: Float32Array): string | undefined {
  if (got.length !== ref.length) return `${got.length} elements instead of ${ref.length}`;
  const scale = ref.reduce((m, r) => Math.max(m, Math.abs(r)), 0);
  for (let i = 0; i < ref.length; i++) {
    const err = Math.abs(got[i] - ref[i]);
    if (!(err <= CONFORMANCE_TOLERANCE * (scale + Math.abs(ref[i]))))
      return `element ${i} is ${got[i]}, cpu says ${ref[i]}`;
  }
  return undefined;
}

/**
 * Runs every conformance case on `backend` and on cpu (both registered in
 * `tf`) and lists where they disagree: a wrong value or gradient, NaN, or a
 * kernel the backend does not have (its error names the kernel).
 */
export function checkConformance(tf: Tf, backend: string): Disagreement[] {
  const previous = tf.getBackend();
  const found: Disagreement[] = [];
  try {
    for (const c of conformanceCases()) {
      tf.setBackend('cpu');
      const expected = evaluate(tf, c);
      tf.setBackend(backend);
      let got: Float32Array[];
      try {
        got = evaluate(tf, c);
      } catch (e) {
        found.push({ op: c.op, what: `fails: ${(e as Error).message}` });
        continue;
      }
      const names = ['value', ...c.shapes.map((_, i) => `gradient for input ${i}`)];
      names.forEach((name, i) => {
        const why = compare(got[i], expected[i]);
        if (why) found.push({ op: c.op, what: `${name}: ${why}` });
      });
    }
  } finally {
    if (previous) tf.setBackend(previous);
  }
  return found;
}
