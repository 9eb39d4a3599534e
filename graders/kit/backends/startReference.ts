import { loadTf } from './loadTf';
import { createReferenceBackend, type ReferenceBackend } from './referenceBackend';
import { startBackend } from './startBackend';

export const SUPPORTED_BACKENDS = ['cpu', 'webgpu', 'wasm', 'webgl'] as const;

declare global {
  var __KATA_BACKEND__: string | undefined; // the browser tests' KATA_BACKEND (no process.env there)
}

/** KATA_BACKEND, default cpu. */
export function selectedBackend(): string {
  return globalThis.__KATA_BACKEND__ ?? (globalThis.process?.env?.KATA_BACKEND || 'cpu');
}

const started = new Map<string, ReferenceBackend | Error>();

/**
 * Starts the reference on `name` (cpu, or a GPU backend admitted by the
 * conformance check) once per thread and returns it; a backend that cannot
 * start throws one line that says why and how to fall back, the same line
 * every later time.
 */
export function startReference(name = selectedBackend()): ReferenceBackend {
  const known = started.get(name);
  if (known instanceof Error) throw known;
  if (known) return known;
  const tf = loadTf();
  try {
    const identity = name === 'cpu' ? { name, device: 'cpu', precisionFactor: 1 } : { name, ...startBackend(tf, name) };
    if (tf.getBackend() !== name) tf.setBackend(name);
    const reference = createReferenceBackend(tf, identity);
    started.set(name, reference);
    return reference;
  } catch (e) {
    started.set(name, e as Error);
    throw e;
  }
}
