import type { Tensor } from '@tensorflow/tfjs-core';
import { startBackend } from '../backends/startBackend';
import type { Nested } from './nested';
import { loadTf } from './tfjs';
import { setReferencePrecision } from './tolerance';

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
  /** What computes: "cpu", or the adapter a GPU backend runs on. */
  readonly device: string;
  /** Its measured unit roundoff in multiples of float32's (tolerance.ts); 1 on cpu. */
  readonly precisionFactor: number;
  value(f: ReferenceFn, inputs: readonly Nested[]): Nested;
  /** f's value and ∂⟨dy, f(x)⟩/∂xᵢ for every input: the gradients backprop would give for upstream dy. */
  vjp(f: ReferenceFn, inputs: readonly Nested[], dy: Nested): { value: Nested; grads: Nested[] };
}

export const SUPPORTED_BACKENDS = ['cpu', 'webgpu', 'wasm', 'webgl'] as const;

declare global {
  // eslint-disable-next-line no-var
  var __KATA_BACKEND__: string | undefined; // the browser tests' KATA_BACKEND (no process.env there)
}

/** KATA_BACKEND, default cpu. */
export function selectedBackend(): string {
  return globalThis.__KATA_BACKEND__ ?? (globalThis.process?.env?.KATA_BACKEND || 'cpu');
}

let instance: ReferenceBackend | undefined;
let startFailure: Error | undefined;

export function referenceBackend(): ReferenceBackend {
  if (instance) return instance;
  if (startFailure) throw startFailure; // said once; every later property fails at once, not after another time-out
  const name = selectedBackend();
  const tf = loadTf();
  let device = 'cpu';
  let precisionFactor = 1;
  if (name !== 'cpu') {
    try {
      ({ device, precisionFactor } = startBackend(tf, name));
    } catch (e) {
      throw (startFailure = e as Error);
    }
  }
  if (tf.getBackend() !== name) tf.setBackend(name);
  const toTensor = (x: Nested): Tensor => tf.tensor(x as number[], undefined, 'float32');
  instance = {
    name,
    device,
    precisionFactor,
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
  };
  return instance;
}

// Tolerances follow the active backend's measured precision; on cpu this
// starts nothing and the factor is 1.
setReferencePrecision(() => (selectedBackend() === 'cpu' ? 1 : referenceBackend().precisionFactor));

// A GPU backend starts as the grader loads, before any learner code runs:
// its threads, files and conformance check are the grader's business, outside
// the run-time rules armed around the kata (engine/guardWorker.ts). A failure
// is kept and reported by the first property that asks for a reference.
if (selectedBackend() !== 'cpu') {
  try {
    referenceBackend();
  } catch {
    // startFailure holds the one-line reason
  }
}
