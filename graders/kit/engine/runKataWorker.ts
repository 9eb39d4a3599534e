import { Worker } from 'node:worker_threads';
import { prepareBackendProcess } from '../backends/prepareBackendProcess';
import { locateLearner } from './locateLearner';
import type { WorkerInput } from './messages';
import { superviseRun, WORKER_HEAP_MB, type WorkerOutcome } from './superviseRun';

export { WORKER_HEAP_MB, type WorkerOutcome };

/** A worker that runs a grader bundle; `workerData` is one WorkerInput, or `{ warm: true }` (warmKataWorker.ts). */
export function startGraderWorker(graderBundle: string, workerData: WorkerInput | { warm: true }): Worker {
  prepareBackendProcess(); // a GPU reference needs EGL_PLATFORM in the real environment, which only this thread can set
  return new Worker(graderBundle, {
    workerData,
    stdout: true,
    stderr: true,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    // The bundle is plain CommonJS: no TypeScript loader (tsx costs ≈ 0.25 s per worker).
    execArgv: [],
  });
}

/**
 * Runs one kata's grader bundle in a worker thread that can be stopped from
 * outside: vitest's own timeout cannot interrupt a synchronous infinite loop
 * (README, Tools and why), worker.terminate() can.
 */
export async function runKataWorker(
  graderBundle: string,
  input: WorkerInput,
  timeoutMs: number,
): Promise<WorkerOutcome> {
  const worker = startGraderWorker(graderBundle, input);
  const { outcome } = await superviseRun(worker, timeoutMs, locateLearner(input));
  void worker.terminate();
  return outcome;
}
