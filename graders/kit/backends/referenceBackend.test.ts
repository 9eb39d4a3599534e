import { describe, expect, it } from 'vitest';
import { loadTf } from './loadTf';
import { referenceBackend } from './referenceBackend';

describe('referenceBackend', () => {
  it('computes in float32 and hands back plain numbers', () => {
    const third = referenceBackend().value((tf, x) => tf.div(x, 3), [[1]]) as number[];
    expect(third[0]).toBe(Math.fround(1 / 3));
  });

  it('gives vector-Jacobian products for an upstream gradient', () => {
    // f(x) = x², dy = [1, 10] → dy·2x
    const { value, grads } = referenceBackend().vjp((tf, x) => tf.square(x), [[3, -2]], [1, 10]);
    expect(value).toEqual([9, 4]);
    expect(grads[0]).toEqual([6, -40]);
  });

  it('leaks no tensors', () => {
    const tf = loadTf();
    const ref = referenceBackend();
    const before = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) {
      ref.value((t, a, b) => t.matMul(a, b), [[[1, 2]], [[3], [4]]]);
      ref.vjp(
        (t, a, b) => t.sum(t.mul(t.sigmoid(a), b)),
        [
          [1, 2],
          [3, 4],
        ],
        1,
      );
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('says in one line what to do with an unknown KATA_BACKEND', async () => {
    const { execFileSync } = await import('node:child_process');
    const run = (): string =>
      execFileSync(
        process.execPath,
        ['-r', 'ts-node/register', '-e', "require('./graders/kit/toolkit/referenceBackend').referenceBackend()"],
        {
          env: { ...process.env, KATA_BACKEND: 'tpu' },
          encoding: 'utf8',
          stdio: 'pipe',
        },
      );
    expect(run).toThrow(/KATA_BACKEND=tpu is not available; the supported backends are cpu/);
  });
});
