import inspector from 'node:inspector';
import type { Worker } from 'node:worker_threads';

/** A frame of a paused worker's stack, as the inspector gives it (0-based line and column). */
export interface PausedFrame {
  readonly url: string;
  readonly functionName: string;
  readonly line: number;
  readonly column: number;
}

/**
 * Pauses a worker that is busy (an infinite loop) through the inspector and
 * returns its stack at that moment, innermost first; undefined when it
 * cannot be paused within `waitMs` (blocked outside JavaScript, or no
 * inspector in this build of Node). The inspector runs on its own thread,
 * so it interrupts a loop that no message or timer of the worker's can.
 * (A worker inside a blocking system call holds attaching up until the call
 * returns; a kata cannot make one, its imports are checked.) The caller
 * terminates the worker afterwards.
 */
export function pauseWorker(worker: Worker, waitMs = 1000): Promise<PausedFrame[] | undefined> {
  return new Promise((resolve) => {
    let session: inspector.Session;
    try {
      session = new inspector.Session();
      session.connect();
    } catch {
      resolve(undefined);
      return;
    }
    let settled = false;
    const done = (frames: PausedFrame[] | undefined): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      try {
        session.disconnect();
      } catch {
        // Already gone with the worker.
      }
      resolve(frames);
    };
    let id = 0;
    let send: ((method: string) => number) | undefined;
    // A paused worker cannot be terminated (terminate() waits for it forever), so
    // whatever happens it is let go first: resumed, or its pending pause dropped.
    const timer = setTimeout(() => {
      send?.('Debugger.disable');
      done(undefined);
    }, waitMs);
    let resumeId = -1;
    let paused: PausedFrame[] | undefined;
    session.on('NodeWorker.attachedToWorker', ({ params }) => {
      // workerId is the inspector's own count; the title carries the thread id ("[worker 9]").
      if (/^\[worker (\d+)\]/.exec(params.workerInfo.title)?.[1] !== String(worker.threadId)) return;
      send = (method) => {
        session.post('NodeWorker.sendMessageToWorker', {
          sessionId: params.sessionId,
          message: JSON.stringify({ id: ++id, method }),
        });
        return id;
      };
      send('Debugger.enable');
      send('Debugger.pause');
    });
    // A call frame names its script by id (its url field is deprecated and empty): Debugger.enable lists them first.
    const scripts = new Map<string, string>();
    session.on('NodeWorker.receivedMessageFromWorker', ({ params }) => {
      const message = JSON.parse(params.message) as {
        id?: number;
        method?: string;
        params?: {
          scriptId?: string;
          url?: string;
          callFrames?: {
            functionName: string;
            location: { scriptId: string; lineNumber: number; columnNumber?: number };
          }[];
        };
      };
      if (message.method === 'Debugger.scriptParsed' && message.params?.scriptId) {
        scripts.set(message.params.scriptId, message.params.url ?? '');
      }
      if (message.id === resumeId) done(paused);
      if (message.method !== 'Debugger.paused' || !message.params?.callFrames || paused) return;
      paused = message.params.callFrames.map((f) => ({
        url: scripts.get(f.location.scriptId) ?? '',
        functionName: f.functionName,
        line: f.location.lineNumber,
        column: f.location.columnNumber ?? 0,
      }));
      // Disabled, the debugger lets the worker run on (to be terminated) and pauses it no more.
      resumeId = send!('Debugger.disable');
    });
    session.post('NodeWorker.enable', { waitForDebuggerOnStart: false }, (err) => {
      if (err) done(undefined);
    });
  });
}
