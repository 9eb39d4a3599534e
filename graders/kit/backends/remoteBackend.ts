import { type backend_util, type DataId, type DataType, KernelBackend, type TensorInfo } from '@tensorflow/tfjs-core';
import type { Pending, Request, WireInfo } from './kernelServer';
import type { SyncChannel } from './syncChannel';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The grading thread's handle on a tensor that lives in the reference worker. */
export class RemoteDataId {
  constructor(readonly id: number) {}
}

/** How long one kernel or read may take: shaders compile on first use, slowly on a software renderer. */
export const CALL_TIMEOUT_MS = 60_000;

/**
 * A tfjs backend whose tensors live in another thread. tfjs's engine (tape,
 * gradients, tidy) runs here as for any backend; each kernel runs remotely and
 * only ids and shapes come back, so data stays on the GPU until it is read.
 * Uploads and disposals are queued and travel with the next request.
 */
export class RemoteBackend extends KernelBackend {
  private nextId = 1;
  private pending: Pending[] = [];
  /** References to each remote buffer, mirrored so disposeData can answer at once. */
  private readonly refs = new Map<number, number>();
  /** One handle per id: tfjs's engine keys its bookkeeping by the handle object. */
  private readonly handles = new Map<number, RemoteDataId>();

  constructor(
    private readonly channel: SyncChannel,
    readonly remoteName: string,
    private readonly precision: { floatPrecision: 16 | 32; epsilon: number },
  ) {
    super();
  }

  private request<T>(request: DistributiveOmit<Request, 'pending'>, what: string): T {
    const pending = this.pending;
    this.pending = [];
    return this.channel.call<T>(
      { ...request, pending },
      CALL_TIMEOUT_MS,
      `the ${this.remoteName} reference worker (${what})`,
    );
  }

  runKernel(name: string, inputs: Record<string, TensorInfo | null> | TensorInfo[], attrs: unknown): TensorInfo[] {
    const wire = (t: TensorInfo | null): WireInfo | null =>
      t && { id: (t.dataId as RemoteDataId).id, shape: t.shape, dtype: t.dtype };
    const sent = Array.isArray(inputs)
      ? (inputs.map(wire) as WireInfo[])
      : Object.fromEntries(Object.entries(inputs).map(([k, t]) => [k, wire(t)]));
    const outs = this.request<WireInfo[]>({ op: 'kernel', name, inputs: sent, attrs }, name);
    return outs.map(({ id, shape, dtype }) => {
      this.refs.set(id, (this.refs.get(id) ?? 0) + 1); // a known id is an input the kernel passed through, counted again
      return { dataId: this.handle(id), shape, dtype };
    });
  }

  override write(values: backend_util.BackendValues, shape: number[], dtype: DataType): DataId {
    const id = this.nextId++;
    this.pending.push({ op: 'write', id, values: values as Float32Array, shape, dtype });
    this.refs.set(id, 1);
    return this.handle(id);
  }
  private handle(id: number): RemoteDataId {
    const h = this.handles.get(id) ?? new RemoteDataId(id);
    this.handles.set(id, h);
    return h;
  }
  override move(
    dataId: DataId,
    values: backend_util.BackendValues,
    shape: number[],
    dtype: DataType,
    refCount: number,
  ): void {
    const { id } = dataId as RemoteDataId;
    this.pending.push({ op: 'write', id, values: values as Float32Array, shape, dtype });
    this.refs.set(id, refCount);
  }
  override readSync(dataId: DataId): backend_util.BackendValues {
    return this.request<backend_util.BackendValues>({ op: 'read', id: (dataId as RemoteDataId).id }, 'read');
  }
  override read(dataId: DataId): Promise<backend_util.BackendValues> {
    return Promise.resolve(this.readSync(dataId));
  }
  override refCount(dataId: DataId): number {
    return this.refs.get((dataId as RemoteDataId).id) ?? 0;
  }
  override incRef(dataId: DataId): void {
    const { id } = dataId as RemoteDataId;
    this.refs.set(id, this.refCount(dataId) + 1);
    this.pending.push({ op: 'incRef', id });
  }
  override disposeData(dataId: DataId, force = false): boolean {
    const { id } = dataId as RemoteDataId;
    const left = force ? 0 : this.refCount(dataId) - 1;
    this.pending.push({ op: 'dispose', id });
    if (left > 0) {
      this.refs.set(id, left);
      return false;
    }
    this.refs.delete(id);
    this.handles.delete(id);
    return true;
  }
  override numDataIds(): number {
    return this.refs.size;
  }
  override memory(): { unreliable: boolean } {
    return { unreliable: true };
  }
  override floatPrecision(): 16 | 32 {
    return this.precision.floatPrecision;
  }
  override epsilon(): number {
    return this.precision.epsilon;
  }
  override timerAvailable(): boolean {
    return false;
  }
  override dispose(): void {
    this.pending = [];
  }
}
