import { Worker } from 'node:worker_threads';
import { prepareBackendProcess } from './prepareBackendProcess';
import { referenceWorkerBundle } from './referenceWorkerBundle';
import { RemoteBackend } from './remoteBackend';
import { syncChannel } from './syncChannel';

type Tf = typeof import('@tensorflow/tfjs-core');

/** Start-up may compile nothing yet, but Dawn and Mesa take ≈ 0.5–1 s here; a stuck driver must not hang grading. */
export const START_TIMEOUT_MS = 30_000;

/**
 * Starts the reference worker and registers, in this thread's tfjs, a backend
 * of the same name whose kernels run there. Every kernel the cpu backend has
 * is forwarded; one the GPU backend lacks fails by name when it is used.
 */
export function startRemoteBackend(tf: Tf, name: 'webgpu' | 'wasm'): { description: string } {
  prepareBackendProcess(name);
  const channel = syncChannel();
  const worker = new Worker(referenceWorkerBundle(), {
    workerData: { ...channel.remote, backend: name },
    transferList: [channel.remote.port],
    stdout: true, // Dawn's start-up warnings are not the learner's business
    stderr: true,
  });
  worker.unref();
  const started = channel.reply<{ description: string; floatPrecision: 16 | 32; epsilon: number }>(
    START_TIMEOUT_MS,
    `starting ${name}`,
  );
  const backend = new RemoteBackend(channel, name, started);
  tf.registerBackend(name, () => backend);
  for (const { kernelName } of tf.getKernelsForBackend('cpu')) {
    tf.registerKernel({
      kernelName,
      backendName: name,
      kernelFunc: ({ inputs, attrs }) => {
        const outs = backend.runKernel(kernelName, inputs as never, attrs);
        return outs.length === 1 ? outs[0] : outs;
      },
    });
  }
  return { description: started.description };
}
