import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

// The reference API is synchronous (every grader reads numbers back at once),
// but a GPU backend in Node can only read asynchronously. So the GPU lives in
// its own thread, and this side blocks on a shared flag until that thread has
// answered: post the request, Atomics.wait, then take the answer off the port
// with receiveMessageOnPort (which needs no event loop).

export interface SyncChannel {
  /** The port and flag the serving thread needs (transfer `port`). */
  readonly remote: { port: MessagePort; flag: Int32Array };
  call<T>(request: unknown, timeoutMs: number, what: string): T;
  /** Waits for an answer nobody asked for (the serving thread's start-up report). */
  reply<T>(timeoutMs: number, what: string): T;
  close(): void;
}

export interface Reply { readonly ok?: unknown; readonly error?: string }

export function syncChannel(): SyncChannel {
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  port1.unref();
  const reply = <T>(timeoutMs: number, what: string): T => {
    if (Atomics.wait(flag, 0, 0, timeoutMs) === 'timed-out') {
      throw new Error(`${what} gave no answer within ${timeoutMs / 1000} s`);
    }
    Atomics.store(flag, 0, 0);
    const message = receiveMessageOnPort(port1);
    if (!message) throw new Error(`${what} signalled but sent nothing`);
    const { ok, error } = message.message as Reply;
    if (error !== undefined) throw new Error(error);
    return ok as T;
  };
  return {
    remote: { port: port2, flag },
    call<T>(request: unknown, timeoutMs: number, what: string): T {
      port1.postMessage(request);
      return reply<T>(timeoutMs, what);
    },
    reply,
    close: () => port1.close(),
  };
}

/** The serving side: answer one request, then raise the flag. */
export function answer(remote: { port: MessagePort; flag: Int32Array }, reply: Reply): void {
  remote.port.postMessage(reply);
  Atomics.store(remote.flag, 0, 1);
  Atomics.notify(remote.flag, 0);
}
