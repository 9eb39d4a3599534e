import type { Worker } from 'node:worker_threads';
import { locateLearner } from './locateLearner';
import type { WorkerInput } from './messages';
import { startGraderWorker, type WorkerOutcome } from './runKataWorker';
import { superviseRun } from './superviseRun';

/**
 * One kata's grader kept running between grades (watch mode): tfjs, the
 * grader and V8's compiled code stay warm, and each run requires the
 * learner's fresh bundle. The per-property time limit still holds: a worker
 * stopped for a loop, a crash or process.exit is terminated and replaced,
 * cold, on the next run.
 */
export class WarmKataWorker {
  private worker: Worker | undefined;

  constructor(readonly graderBundle: string) {}

  async run(input: WorkerInput, timeoutMs: number): Promise<WorkerOutcome> {
    this.worker ??= startGraderWorker(this.graderBundle, { warm: true });
    const worker = this.worker;
    worker.postMessage(input);
    const { outcome, healthy } = await superviseRun(worker, timeoutMs, locateLearner(input));
    if (!healthy) this.close();
    return outcome;
  }

  /** Stops the worker; the next run starts a new one. */
  close(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
