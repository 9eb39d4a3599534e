import { backendVerdict } from './backendVerdict';
import { type BackendVerdict, refusal } from './judgeBackend';
import { startRemoteBackend } from './startRemoteBackend';

type Tf = typeof import('@tensorflow/tfjs-core');

/** Backends the Node path can start; webgl needs a browser (npm run test:browser). */
export const NODE_BACKENDS = ['webgpu', 'wasm'] as const;

/**
 * Starts a non-cpu reference backend in `tf` and admits it only if it passes
 * the conformance check. Any failure is one line that says why and how to
 * fall back; nothing here waits without a time limit.
 */
export function startBackend(tf: Tf, name: string): BackendVerdict {
  const fallBack = 'unset KATA_BACKEND to grade on cpu';
  if (name === 'webgl')
    throw new Error(`KATA_BACKEND=webgl runs only in a browser (npm run test:browser); ${fallBack}`);
  if (!(NODE_BACKENDS as readonly string[]).includes(name)) {
    throw new Error(
      `KATA_BACKEND=${name} is not available; the supported backends are cpu, ${NODE_BACKENDS.join(', ')} (${fallBack})`,
    );
  }
  let device: string;
  try {
    device = startRemoteBackend(tf, name as (typeof NODE_BACKENDS)[number]).description;
  } catch (e) {
    throw new Error(`KATA_BACKEND=${name} cannot start: ${(e as Error).message.split('\n')[0]}; ${fallBack}`);
  }
  const verdict = backendVerdict(tf, name, device);
  if (verdict.disagreements.length) throw new Error(refusal(verdict));
  return verdict;
}
