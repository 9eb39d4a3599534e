import { type MessagePort, workerData } from 'node:worker_threads';
import { kernelServer, type Request } from './kernelServer';
import { startDawn } from './startDawn';
import { answer, type Numbered } from './syncChannel';

// The reference worker: the one thread that talks to the GPU. It starts
// Dawn and tfjs's webgpu backend (or the wasm backend), says what it found, then serves kernel
// requests one at a time (the grading thread waits for each answer).

const remote = workerData as { port: MessagePort; flag: Int32Array; backend: 'webgpu' | 'wasm' };

async function start(): Promise<(request: Request) => Promise<unknown>> {
  const name = remote.backend;
  const tf: typeof import('@tensorflow/tfjs-core') = require('@tensorflow/tfjs-core');
  tf.env().set('PROD', true);
  let description = 'WebAssembly (tfjs-backend-wasm)';
  if (name === 'webgpu') {
    ({ description } = await startDawn());
    require('@tensorflow/tfjs-backend-webgpu');
  } else {
    require('@tensorflow/tfjs-backend-wasm');
  }
  if (!(await tf.setBackend(name))) throw new Error(`tfjs could not start its ${name} backend on ${description}`);
  const backend = tf.backend();
  const serve = kernelServer(tf, backend, name);
  answer(remote, { seq: 0, ok: { description, floatPrecision: backend.floatPrecision(), epsilon: backend.epsilon() } });
  return serve;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

start().then(
  (serve) => {
    let queue = Promise.resolve();
    remote.port.on('message', ({ seq, request }: Numbered) => {
      queue = queue.then(() =>
        serve(request as Request).then(
          (ok) => answer(remote, { seq, ok }),
          (e) => answer(remote, { seq, error: message(e) }),
        ),
      );
    });
  },
  (e) => answer(remote, { seq: 0, error: message(e) }),
);
