import { MessageChannel, type MessagePort, receiveMessageOnPort } from 'node:worker_threads';

// The reference API is synchronous (every grader reads numbers back at once),
// but a GPU backend in Node can only read asynchronously. So the GPU lives in
// its own thread, and this side blocks on a shared flag until that thread has
// answered: post the request, Atomics.wait, then take the answer off the port
// with receiveMessageOnPort (which needs no event loop).

export interface SyncChannel {
  /** The port and flag the serving thread needs (transfer `port`). */
  readonly remote: Remote;
  call<T>(request: unknown, timeoutMs: number, what: string): T;
  /** Waits for an answer nobody asked for (the serving thread's start-up report, number 0). */
  reply<T>(timeoutMs: number, what: string): T;
}

export interface Remote {
  readonly port: MessagePort;
  readonly flag: Int32Array;
}
/** Every answer carries the number of the request it answers, so a late one is never taken for the next. */
export interface Reply {
  readonly seq: number;
  readonly ok?: unknown;
  readonly error?: string;
}
export interface Numbered {
  readonly seq: number;
  readonly request: unknown;
}

export function syncChannel(): SyncChannel {
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  port1.unref();
  let seq = 0;
  const take = (expected: number, timeoutMs: number, what: string): Reply => {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      // The flag can be seen before the message is (measured: 2 in 300 calls
      // with two reference workers busy), so wait in short steps and look again.
      const message = receiveMessageOnPort(port1)?.message as Reply | undefined;
      if (message?.seq === expected) return message;
      if (message) continue; // the answer to a request that timed out earlier
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`${what} gave no answer within ${timeoutMs / 1000} s`);
      Atomics.wait(flag, 0, 0, Math.min(left, 50));
      Atomics.store(flag, 0, 0);
    }
  };
  const unwrap = <T>({ ok, error }: Reply): T => {
    if (error !== undefined) throw new Error(error);
    return ok as T;
  };
  return {
    remote: { port: port2, flag },
    call<T>(request: unknown, timeoutMs: number, what: string): T {
      port1.postMessage({ seq: ++seq, request } satisfies Numbered);
      return unwrap<T>(take(seq, timeoutMs, what));
    },
    reply: <T>(timeoutMs: number, what: string): T => unwrap<T>(take(0, timeoutMs, what)),
  };
}

/** The serving side: answer one request, then raise the flag. */
export function answer(remote: Remote, reply: Reply): void {
  remote.port.postMessage(reply);
  Atomics.store(remote.flag, 0, 1);
  Atomics.notify(remote.flag, 0);
}
