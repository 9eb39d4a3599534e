import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkConformance } from './conformance';
import { loadTf } from './loadTf';
import { measurePrecision, precisionFactor } from './measurePrecision';
import { startRemoteBackend } from './startRemoteBackend';
import { syncChannel } from './syncChannel';

// The Node webgpu path end to end: Dawn (here on Mesa's software renderer)
// behind the reference worker, reached synchronously from this thread.

describe('webgpu in Node', () => {
  const tf = loadTf();

  it('starts, passes the conformance check, and leaks nothing on either side', () => {
    const { description } = startRemoteBackend(tf, 'webgpu');
    expect(description).toMatch(/\(Dawn /);
    expect(checkConformance(tf, 'webgpu')).toEqual([]);
    tf.setBackend('webgpu');
    const before = tf.memory().numTensors;
    const backend = tf.backend() as unknown as { numDataIds(): number };
    const ids = backend.numDataIds();
    for (let i = 0; i < 5; i++) {
      tf.tidy(() => {
        const [a, b] = [
          tf.tensor([
            [1, 2],
            [3, 4],
          ]),
          tf.tensor([[0.5], [-1]]),
        ];
        const { grads } = tf.valueAndGrads((x: typeof a, y: typeof b) =>
          tf.sum(tf.sigmoid(tf.reshape(tf.matMul(x, y), [2]))),
        )([a, b]);
        return grads.map((g) => g.arraySync());
      });
    }
    expect(tf.memory().numTensors).toBe(before);
    expect(backend.numDataIds()).toBe(ids);
    tf.setBackend('cpu');
  }, 60_000);

  it('cpu meets the float32 model the graders assume; webgpu gets the unit roundoff it measures', () => {
    const cpu = measurePrecision(tf, 'cpu');
    const gpu = measurePrecision(tf, 'webgpu');
    for (const share of Object.values(cpu)) expect(share).toBeLessThanOrEqual(1);
    // On Mesa's llvmpipe, WGSL's tanh and erf are less accurate than cpu's: the factor widens every bound to match.
    const factor = precisionFactor(gpu);
    for (const share of Object.values(gpu)) expect(share).toBeLessThanOrEqual(factor / 2 + 1e-12);
  }, 60_000);

  it('a call nobody answers fails with a time-out instead of hanging', () => {
    const channel = syncChannel();
    const t0 = performance.now();
    expect(() => channel.call({}, 200, 'the test worker')).toThrow('the test worker gave no answer within 0.2 s');
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it('a GPU that cannot start says why in one line and how to fall back', () => {
    // EGL on X11 without a display: Dawn finds no adapter.
    const run = (): string =>
      execFileSync(
        process.execPath,
        ['-r', 'ts-node/register', '-e', "require('./graders/kit/backends/startReference').startReference()"],
        {
          env: { ...process.env, KATA_BACKEND: 'webgpu', EGL_PLATFORM: 'x11', DISPLAY: '' },
          encoding: 'utf8',
          stdio: 'pipe',
        },
      );
    expect(run).toThrow(
      /KATA_BACKEND=webgpu cannot start: Dawn found no GPU adapter[^\n]*; unset KATA_BACKEND to grade on cpu\n/,
    );
  }, 60_000);
});
