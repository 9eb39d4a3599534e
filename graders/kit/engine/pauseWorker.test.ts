import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { pauseWorker } from './pauseWorker';

let worker: Worker | undefined;
afterEach(async () => {
  await worker?.terminate();
  worker = undefined;
});

/** A worker that runs `body` forever; `body` says 'ready' from inside its loop. */
async function busy(body: string): Promise<Worker> {
  const w = new Worker(
    `const { parentPort } = require('node:worker_threads');\nfunction spin() {\n${body}\n}\nspin();\n`,
    { eval: true },
  );
  await new Promise((resolve) => w.once('message', resolve));
  return w;
}

describe('pauseWorker', () => {
  it('stops a loop no message can interrupt, gives its stack, innermost first, and lets it be terminated', async () => {
    // Ready is said from the loop itself, on the loop's one line: a pause after it lands there
    // (said before the loop, a loaded machine could pause the worker on the line before).
    worker = await busy(
      "  let k = 0, told = false;\n  while (k >= 0) { k = (k + 1) % 7; if (!told) { parentPort.postMessage('ready'); told = true; } }",
    );
    const frames = await pauseWorker(worker);
    expect(frames?.[0]).toMatchObject({ functionName: 'spin', line: 3 }); // 0-based: the while line
    // A worker left paused would make terminate() wait forever.
    const terminated = worker.terminate().then(() => 'terminated');
    const late = new Promise((resolve) => setTimeout(() => resolve('still paused'), 5000));
    expect(await Promise.race([terminated, late])).toBe('terminated');
    worker = undefined;
  });

  it('gives up within its wait when the worker never pauses', async () => {
    const gone = { threadId: 2 ** 31 - 1 } as Worker; // no such thread: nothing attaches
    const t0 = performance.now();
    expect(await pauseWorker(gone, 300)).toBeUndefined();
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
