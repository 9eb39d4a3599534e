import type { Tensor } from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { seededRng } from '../../katas/lib/rng';
import { startReference } from '../kit/backends/startReference';
import type { Nested } from '../kit/tensor';
import { checkReference, type ReferenceBackend } from '../kit/toolkit';
import type { AdamRun, SgdRun } from './cases';
import { adam64, sgd64 } from './oracle';

// The proof that the oracle is PyTorch's algorithm: TensorFlow.js's own
// optimizers, run in float32 over many steps, stay within the oracle's
// float32 bounds. tfjs has neither weight decay nor AdamW, so only those
// parts the two libraries share are proven against it (the rest of the
// oracle is one add or one multiply on top, from torch.optim's pseudo-code).
// tfjs's Adam defaults to ε = 1e-7 (docs/curriculum.md, trap 10): ε is
// always passed. This lives in the test alone: the grader never runs tfjs
// (oracle.ts says why), so no GPU backend needs to be checked for it.

/** tfjs's trajectory of one optimizer: a variable stepped once per gradient row, [steps, n]. */
function tfRun(
  reference: ReferenceBackend,
  params: number[],
  grads: number[][],
  optimizer: (tf: Parameters<Parameters<ReferenceBackend['value']>[0]>[0]) => {
    applyGradients(g: { name: string; tensor: Tensor }[]): void;
    dispose(): void;
  },
): Nested {
  return reference.value(
    (tf, p0, g) => {
      const p = tf.variable(p0);
      const opt = optimizer(tf);
      const rows = tf.unstack(g).map((row) => {
        opt.applyGradients([{ name: p.name, tensor: row }]);
        return p.clone();
      });
      opt.dispose();
      p.dispose();
      return tf.stack(rows);
    },
    [params, grads],
  );
}

const rng = seededRng(20260420);
const draw = (n: number, scale: number): number[] => Array.from({ length: n }, () => (2 * rng() - 1) * scale);
const gradsOf = (steps: number, n: number, scale: number): number[][] =>
  Array.from({ length: steps }, () => draw(n, scale));
const zeros = (n: number): number[] => new Array<number>(n).fill(0);

const sgdCases: SgdRun[] = [0, 0.5, 0.9, 0.99].flatMap((momentum) =>
  [false, true].flatMap((nesterov) =>
    [1e-2, 1, 10].map((scale) => ({
      params: draw(6, 3),
      grads: gradsOf(40, 6, scale),
      lrs: new Array<number>(40).fill(0.05),
      momentum,
      weightDecay: 0,
      nesterov,
      state: { momentumBuffer: zeros(6) },
    })),
  ),
);

const adamCases: AdamRun[] = [
  [0.9, 0.999, 1e-8],
  [0.8, 0.99, 1e-6],
  [0.5, 0.9, 1e-3],
].flatMap(([beta1, beta2, eps]) =>
  [1e-2, 1, 10].flatMap((scale) =>
    [1e-3, 0.1].map((lr) => ({
      params: draw(6, 3),
      grads: gradsOf(40, 6, scale),
      lrs: new Array<number>(40).fill(lr),
      beta1,
      beta2,
      eps,
      weightDecay: 0,
      state: { step: 0, m: zeros(6), v: zeros(6) },
    })),
  ),
);

describe('optimizers reference', () => {
  const reference = startReference('cpu');

  it('tf.train.momentum (with and without Nesterov) follows the SGD oracle over 40 steps, within its float32 bounds', () => {
    const margin = checkReference(reference, {
      name: 'sgd',
      cases: sgdCases,
      reference: (r, c) => ({
        params: tfRun(r, c.params, c.grads, (tf) => tf.train.momentum(c.lrs[0], c.momentum, c.nesterov)),
      }),
      oracle: (c) => ({ params: sgd64(c).params }),
    });
    expect(margin.reference).toBeLessThan(1);
  });

  it('tf.train.adam (ε passed) follows the Adam oracle over 40 steps, within its float32 bounds', () => {
    const margin = checkReference(reference, {
      name: 'adam',
      cases: adamCases,
      reference: (r, c) => ({
        params: tfRun(r, c.params, c.grads, (tf) => tf.train.adam(c.lrs[0], c.beta1, c.beta2, c.eps)),
      }),
      oracle: (c) => ({ params: adam64(c).params }),
    });
    expect(margin.reference).toBeLessThan(1);
  });

  it("the first Adam step is ≈ lr·sign(g) in tfjs too, and its default ε = 1e-7 is not PyTorch's 1e-8", () => {
    const c = adamCases[0];
    const tiny = { ...c, grads: [draw(6, 1e-6)], lrs: [0.1] };
    const ours = tfRun(reference, tiny.params, tiny.grads, (tf) => tf.train.adam(0.1, 0.9, 0.999, 1e-8)) as number[][];
    const tfDefault = tfRun(reference, tiny.params, tiny.grads, (tf) => tf.train.adam(0.1, 0.9, 0.999)) as number[][];
    const want = adam64(tiny).params.data;
    for (const [i, p] of ours[0].entries()) expect(Math.abs(p - want[i])).toBeLessThan(1e-6);
    // With |g| ≈ 1e-6 the step lr·|g|/(|g| + ε) differs by ~10% between ε = 1e-8 and 1e-7.
    expect(tfDefault[0].some((p, i) => Math.abs(p - want[i]) > 1e-3)).toBe(true);
  });
});
