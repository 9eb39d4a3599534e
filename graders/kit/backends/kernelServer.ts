import type { DataId, KernelBackend, TensorInfo } from '@tensorflow/tfjs-core';

// The GPU thread's half of the remote backend: it owns the real tensors and
// runs kernels on them; the grading thread only holds numeric ids. A request
// first replays what the grading thread queued since the last one (uploads,
// disposals, extra references), then does its one thing.

type Tf = typeof import('@tensorflow/tfjs-core');

export interface WireInfo {
  readonly id: number;
  readonly shape: number[];
  readonly dtype: TensorInfo['dtype'];
}
export type Pending =
  | {
      readonly op: 'write';
      readonly id: number;
      readonly values: ArrayLike<number> | Uint8Array;
      readonly shape: number[];
      readonly dtype: TensorInfo['dtype'];
    }
  | { readonly op: 'dispose'; readonly id: number }
  | { readonly op: 'incRef'; readonly id: number };
export type Request =
  | {
      readonly op: 'kernel';
      readonly pending: Pending[];
      readonly name: string;
      readonly inputs: Record<string, WireInfo | null> | WireInfo[];
      readonly attrs: unknown;
    }
  | { readonly op: 'read'; readonly pending: Pending[]; readonly id: number }
  | { readonly op: 'flush'; readonly pending: Pending[] };

export function kernelServer(
  tf: Tf,
  backend: KernelBackend,
  backendName: string,
): (request: Request) => Promise<unknown> {
  const byId = new Map<number, DataId>();
  const idOf = new Map<DataId, number>();
  let nextId = -1; // ids made here are negative, ids the grading thread makes are positive

  // Shapes travel with each use: a reshape shares its input's data under another shape.
  const dataOf = (id: number): DataId => {
    const dataId = byId.get(id);
    if (!dataId) throw new Error(`remote tensor ${id} is not on ${backendName} (disposed?)`);
    return dataId;
  };
  const wire = (t: TensorInfo): WireInfo => {
    let id = idOf.get(t.dataId);
    if (id === undefined) {
      id = nextId--;
      idOf.set(t.dataId, id);
    }
    byId.set(id, t.dataId);
    return { id, shape: t.shape, dtype: t.dtype };
  };
  const replay = (pending: Pending[]): void => {
    for (const p of pending) {
      if (p.op === 'write') {
        const dataId = backend.write(p.values as Float32Array, p.shape, p.dtype);
        byId.set(p.id, dataId);
        idOf.set(dataId, p.id);
      } else if (p.op === 'incRef') {
        backend.incRef(dataOf(p.id));
      } else {
        const dataId = byId.get(p.id);
        if (dataId && backend.disposeData(dataId)) {
          byId.delete(p.id);
          idOf.delete(dataId);
        }
      }
    }
  };

  return async (request) => {
    replay(request.pending);
    if (request.op === 'flush') return null;
    if (request.op === 'read') return backend.read(dataOf(request.id));
    const kernel = tf.getKernel(request.name, backendName);
    if (!kernel) throw new Error(`kernel ${request.name} is not implemented by the ${backendName} backend`);
    const local = (w: WireInfo | null): TensorInfo | null =>
      w && { dataId: dataOf(w.id), shape: w.shape, dtype: w.dtype };
    // Concat and AddN take their inputs as an array, every other kernel by name.
    const inputs = Array.isArray(request.inputs)
      ? request.inputs.map(local)
      : Object.fromEntries(Object.entries(request.inputs).map(([k, w]) => [k, local(w)]));
    const out = kernel.kernelFunc({ inputs: inputs as never, attrs: request.attrs as never, backend });
    return (Array.isArray(out) ? out : [out]).map(wire);
  };
}
