import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tensor64 } from '../tensor';
import { loadTf } from './loadTf';
import { startReference } from './startReference';

describe('the reference backend', () => {
  const ref = startReference('cpu');

  it('computes in float32 and hands back plain numbers', () => {
    const third = ref.value((tf, x) => tf.div(x, 3), [[1]]) as number[];
    expect(third[0]).toBe(Math.fround(1 / 3));
  });

  it('gives vector-Jacobian products for an upstream gradient', () => {
    // f(x) = x², dy = [1, 10] → dy·2x
    const { value, grads } = ref.vjp((tf, x) => tf.square(x), [[3, -2]], [1, 10]);
    expect(value).toEqual([9, 4]);
    expect(grads[0]).toEqual([6, -40]);
  });

  it('leaks no tensors', () => {
    const tf = loadTf();
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

  it('is started once per thread, and its bounds use its own unit roundoff (2⁻²⁴ on cpu)', () => {
    expect(startReference('cpu')).toBe(ref);
    expect(ref.unitRoundoff).toBe(2 ** -24);
    expect(ref.bounds(tensor64([4]))[0]).toBe((4 * 2 ** -24) / (1 - 2 ** -24));
  });

  it('says in one line what to do with an unknown KATA_BACKEND', () => {
    const run = (): string =>
      execFileSync(
        process.execPath,
        ['-r', 'ts-node/register', '-e', "require('./graders/kit/backends/startReference').startReference()"],
        {
          env: { ...process.env, KATA_BACKEND: 'tpu' },
          encoding: 'utf8',
          stdio: 'pipe',
        },
      );
    expect(run).toThrow(/KATA_BACKEND=tpu is not available; the supported backends are cpu/);
  });

  it('importing the toolkit starts no backend (no side effect of an import)', () => {
    const out = execFileSync(
      process.execPath,
      [
        '-r',
        'ts-node/register',
        '-e',
        "require('./graders/kit/toolkit'); console.log(require('@tensorflow/tfjs-core').getBackend() ?? 'none')",
      ],
      { env: { ...process.env, KATA_BACKEND: 'webgpu' }, encoding: 'utf8', stdio: 'pipe' },
    );
    expect(out.trim()).toBe('none');
  });
});
