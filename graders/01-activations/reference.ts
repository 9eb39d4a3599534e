import type { Tensor } from '@tensorflow/tfjs-core';
import type { ReferenceBackend, ReferenceFn } from '../kit/toolkit';

// tfjs's sigmoid, tanh, relu, leakyRelu, elu, relu6 and erf are trusted
// references, values and gradients (none is among the traps in
// docs/curriculum.md); it has no GELU and its elu has no α (trap 10), so both
// are composed here. oracle.ts mirrors each composition, and
// reference.test.ts proves every wrapper against it. A derivative is the vjp
// with dy = ones: for an elementwise f, ∂⟨1, f(x)⟩/∂xᵢ = f′(xᵢ).

type Tf = Parameters<ReferenceFn>[0];
type Activation = (tf: Tf, x: Tensor, alpha: number) => Tensor;

const activations = {
  sigmoid: (tf, x) => tf.sigmoid(x),
  tanh: (tf, x) => tf.tanh(x),
  relu: (tf, x) => tf.relu(x),
  leakyRelu: (tf, x, alpha) => tf.leakyRelu(x, alpha),
  // ELU with α: relu(x) + α·elu(min(x, 0)); its gradient at 0 is α, as PyTorch's.
  elu: (tf, x, alpha) => tf.add(tf.relu(x), tf.mul(alpha, tf.elu(tf.minimum(x, 0)))),
  // ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))
  geluTanh: (tf, x) => {
    const cube = tf.mul(x, tf.mul(x, x));
    const u = tf.mul(Math.sqrt(2 / Math.PI), tf.add(x, tf.mul(0.044715, cube)));
    return tf.mul(tf.mul(0.5, x), tf.add(1, tf.tanh(u)));
  },
  // ½·x·(1 + erf(x/√2))
  geluErf: (tf, x) => tf.mul(tf.mul(0.5, x), tf.add(1, tf.erf(tf.mul(Math.SQRT1_2, x)))),
  // x·relu6(x + 3)/6
  hardSwish: (tf, x) => tf.div(tf.mul(x, tf.relu6(tf.add(x, 3))), 6),
} satisfies Record<string, Activation>;

export type ActivationName = keyof typeof activations;

/** f(x) elementwise, in float32. */
export function activationReference(
  reference: ReferenceBackend,
  name: ActivationName,
  x: number[],
  alpha = 0,
): number[] {
  const f: Activation = activations[name];
  return reference.value((tf, t) => f(tf, t, alpha), [x]) as number[];
}

/** ∂⟨dy, f(x)⟩/∂x = f′(x)·dy elementwise, by autodiff. */
export function activationVjp(
  reference: ReferenceBackend,
  name: ActivationName,
  x: number[],
  dy: number[],
  alpha = 0,
): number[] {
  const f: Activation = activations[name];
  return reference.vjp((tf, t) => f(tf, t, alpha), [x], dy).grads[0] as number[];
}

/** f′(x) elementwise: the vjp with dy = ones. */
export function derivativeReference(
  reference: ReferenceBackend,
  name: ActivationName,
  x: number[],
  alpha = 0,
): number[] {
  return activationVjp(
    reference,
    name,
    x,
    x.map(() => 1),
    alpha,
  );
}
