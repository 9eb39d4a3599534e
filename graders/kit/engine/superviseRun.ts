import type { Worker } from 'node:worker_threads';
import type { PlannedProperty, WorkerMessage } from './messages';
import type { PropertyResult } from './results';

export interface WorkerOutcome {
  readonly plan: readonly PlannedProperty[];
  readonly results: PropertyResult[];
  /** Set when the worker did not finish normally: timeout, crash, exit, load error. */
  readonly problem?: string;
  readonly notStarted?: boolean;
  /** A grading rule was broken (guardWorker.ts): the kata scores 0 whatever passed before. */
  readonly violation?: { readonly rule: string; readonly detail: string };
  /** The property in flight when the worker was stopped. */
  readonly running?: string;
  readonly output: string;
}

const OUTPUT_LIMIT = 2000;
/** Worker heap limit: far above any kata's need, far below the machine's memory. */
export const WORKER_HEAP_MB = 512;

/**
 * Follows one grading run in a worker until it ends: collects the plan, the
 * results and what the kata printed, and stops waiting when one property
 * runs past the time limit. `healthy` is false when the worker must be
 * terminated (timeout, crash, exit); a warm worker that stays healthy is
 * reused for the next run.
 */
export function superviseRun(worker: Worker, timeoutMs: number): Promise<{ outcome: WorkerOutcome; healthy: boolean }> {
  return new Promise((resolve) => {
    const results: PropertyResult[] = [];
    let plan: readonly PlannedProperty[] = [];
    let running: string | undefined;
    let output = '';
    let settled = false;
    const collect = (chunk: Buffer): void => {
      if (output.length <= OUTPUT_LIMIT) output += chunk.toString('utf8');
    };
    const finish = (healthy: boolean, extra: Partial<WorkerOutcome> = {}): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.stdout.off('data', collect);
      worker.stderr.off('data', collect);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      const out = output.length > OUTPUT_LIMIT ? `${output.slice(0, OUTPUT_LIMIT)}\n… (output truncated)` : output;
      resolve({ outcome: { plan, results, running, output: out, ...extra }, healthy });
    };
    const during = (): string => (running ? ` while checking "${running}"` : '');
    // The clock restarts whenever the worker reports progress, so the limit
    // is per property (a slow machine slows every kata, an infinite loop
    // stops one), and a kata's total time stays bounded by properties × limit.
    const stop = (): void =>
      finish(false, {
        problem: `stopped after ${timeoutMs / 1000} s${during()}: an infinite loop, or code far slower than it needs to be?`,
      });
    let timer = setTimeout(stop, timeoutMs);
    const onMessage = (m: WorkerMessage): void => {
      clearTimeout(timer);
      timer = setTimeout(stop, timeoutMs);
      if (m.type === 'plan') plan = m.properties;
      else if (m.type === 'start') running = m.id;
      else if (m.type === 'result') {
        results.push(m.result);
        running = undefined;
      } else if (m.type === 'load-error') finish(true, { problem: m.message, notStarted: m.notStarted });
      // Not reused: the kata may have changed the worker's built-ins.
      else if (m.type === 'violation')
        finish(false, {
          problem: `rule ${m.rule} broken${during()}: the kata ${m.detail}. It scores 0.`,
          violation: { rule: m.rule, detail: m.detail },
        });
      else finish(true);
    };
    const onError = (err: Error & { code?: string }): void => {
      const why =
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `ran out of memory (the limit is ${WORKER_HEAP_MB} MiB)`
          : `crashed: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`;
      finish(false, { problem: `the kata ${why}${during()}` });
    };
    const onExit = (code: number): void => {
      finish(false, {
        problem: `the kata's code ended its grading thread (exit code ${code})${during()}: does it call process.exit()?`,
      });
    };
    worker.stdout.on('data', collect);
    worker.stderr.on('data', collect);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}
