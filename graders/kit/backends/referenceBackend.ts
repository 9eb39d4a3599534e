import type { Tensor } from '@tensorflow/tfjs-core';
import { bounds, type Nested, type Tensor64 } from '../tensor';
import type { loadTf } from './loadTf';

type Tf = ReturnType<typeof loadTf>;

/** A function of float32 tensors, written with tfjs ops; `tf` is passed in. */
export type ReferenceFn = (tf: Tf, ...xs: Tensor[]) => Tensor;

/**
 * The one interface graders use to ask TensorFlow.js for reference values
 * and vector-Jacobian products. Float64 nested arrays go in, float32 is used
 * inside tfjs, plain numbers come out; every tensor is disposed. A grader
 * receives it in its checks (`check(kata, input, { reference })`): it is
 * chosen and started by whoever grades (startReference.ts), never as a side
 * effect of importing a module.
 */
export interface ReferenceBackend {
  readonly name: string;
  /** What computes: "cpu", or the adapter a GPU backend runs on. */
  readonly device: string;
  /**
   * The unit roundoff of its float32 arithmetic: 2⁻²⁴ on cpu; on a GPU
   * backend 2⁻²⁴ times the factor measured before it serves
   * (measurePrecision.ts), since its exp or tanh need not be as accurate.
   */
  readonly unitRoundoff: number;
  value(f: ReferenceFn, inputs: readonly Nested[]): Nested;
  /** f's value and ∂⟨dy, f(x)⟩/∂xᵢ for every input: the gradients backprop would give for upstream dy. */
  vjp(f: ReferenceFn, inputs: readonly Nested[], dy: Nested): { value: Nested; grads: Nested[] };
  /** How far this backend's result for an oracle's computation may be from it, element by element (tensor/bounds.ts). */
  bounds(t: Tensor64): Float64Array;
}

export interface ReferenceIdentity {
  readonly name: string;
  readonly device: string;
  /** Unit roundoff in multiples of float32's: 1 on cpu. */
  readonly precisionFactor: number;
}

/** The reference on whatever backend `tf` has active (already started and judged). */
export function createReferenceBackend(tf: Tf, { name, device, precisionFactor }: ReferenceIdentity): ReferenceBackend {
  const toTensor = (x: Nested): Tensor => tf.tensor(x as number[], undefined, 'float32');
  const unitRoundoff = 2 ** -24 * precisionFactor;
  return {
    name,
    device,
    unitRoundoff,
    value: (f, inputs) => tf.tidy(() => f(tf, ...inputs.map(toTensor)).arraySync() as Nested),
    vjp: (f, inputs, dy) => {
      let out: { value: Nested; grads: Nested[] } | undefined;
      tf.tidy(() => {
        const xs = inputs.map(toTensor);
        const { value, grads } = tf.valueAndGrads((...a: Tensor[]) => f(tf, ...a))(xs, toTensor(dy));
        out = { value: value.arraySync() as Nested, grads: grads.map((g) => g.arraySync() as Nested) };
      });
      return out!;
    },
    bounds: (t) => bounds(t, unitRoundoff),
  };
}
