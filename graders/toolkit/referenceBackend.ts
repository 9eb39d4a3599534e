import type { Tensor } from '@tensorflow/tfjs-core';
import type { Nested } from './nested';
import { loadTf } from './tfjs';

type Tf = ReturnType<typeof loadTf>;

/** A function of float32 tensors, written with tfjs ops; `tf` is passed in. */
export type ReferenceFn = (tf: Tf, ...xs: Tensor[]) => Tensor;

/**
 * The one interface graders use to ask TensorFlow.js for reference values
 * and vector-Jacobian products. Float64 nested arrays go in, float32 is used
 * inside tfjs, plain numbers come out; every tensor is disposed.
 */
export interface ReferenceBackend {
  readonly name: string;
  value(f: ReferenceFn, inputs: readonly Nested[]): Nested;
  /** f's value and ∂⟨dy, f(x)⟩/∂xᵢ for every input: the gradients backprop would give for upstream dy. */
  vjp(f: ReferenceFn, inputs: readonly Nested[], dy: Nested): { value: Nested; grads: Nested[] };
}

export const SUPPORTED_BACKENDS = ['cpu'] as const;

let instance: ReferenceBackend | undefined;

export function referenceBackend(): ReferenceBackend {
  if (instance) return instance;
  const name = process.env.KATA_BACKEND || 'cpu';
  if (!(SUPPORTED_BACKENDS as readonly string[]).includes(name)) {
    throw new Error(`KATA_BACKEND=${name} is not available; the supported backends are ${SUPPORTED_BACKENDS.join(', ')} (unset KATA_BACKEND to use cpu)`);
  }
  const tf = loadTf();
  if (tf.getBackend() !== name) tf.setBackend(name);
  const toTensor = (x: Nested): Tensor => tf.tensor(x as number[], undefined, 'float32');
  instance = {
    name,
    value: (f, inputs) =>
      tf.tidy(() => f(tf, ...inputs.map(toTensor)).arraySync() as Nested),
    vjp: (f, inputs, dy) => {
      let out: { value: Nested; grads: Nested[] } | undefined;
      tf.tidy(() => {
        const xs = inputs.map(toTensor);
        const { value, grads } = tf.valueAndGrads((...a: Tensor[]) => f(tf, ...a))(xs, toTensor(dy));
        out = { value: value.arraySync() as Nested, grads: grads.map((g) => g.arraySync() as Nested) };
      });
      return out!;
    },
  };
  return instance;
}
