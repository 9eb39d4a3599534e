import type { Conv, Tensor4 } from '../../katas/25-pruning/pruning';
import type { ReferenceBackend, ReferenceFn } from '../kit/toolkit';

// The network conv1 → ReLU → conv2 in tfjs, proven against the float64
// oracle in reference.test.ts. tf.conv2d is NHWC with a [kH, kW, Cin, Cout]
// filter: transpose in and out; 'valid' padding, stride 1 (the ops the
// conformance cases run: conv2d, add, relu, transpose).

type Tf = Parameters<ReferenceFn>[0];
type T = Parameters<ReferenceFn>[1];

/** One conv layer on NHWC: conv2d with the filter as tfjs wants it, then + b over the last axis. */
const layer = (tf: Tf, x: T, w: T, b: T): T =>
  tf.add(tf.conv2d(x as never, tf.transpose(w, [2, 3, 1, 0]) as never, 1, 'valid'), b);

/** conv2(relu(conv1(x))), [N, C2out, Ho, Wo]. */
export function networkReference(reference: ReferenceBackend, x: Tensor4, conv1: Conv, conv2: Conv): { out: Tensor4 } {
  const out = reference.value(
    (tf, input, w1, b1, w2, b2) => {
      const hidden = tf.relu(layer(tf, tf.transpose(input, [0, 2, 3, 1]), w1, b1));
      return tf.transpose(layer(tf, hidden, w2, b2), [0, 3, 1, 2]);
    },
    [x, conv1.w, conv1.b, conv2.w, conv2.b],
  ) as Tensor4;
  return { out };
}
