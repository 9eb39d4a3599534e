import { Worker } from 'node:worker_threads';
import type { PlannedProperty, WorkerInput, WorkerMessage } from './messages';
import type { PropertyResult } from './results';

export interface WorkerOutcome {
  readonly plan: readonly PlannedProperty[];
  readonly results: PropertyResult[];
  /** Set when the worker did not finish normally: timeout, crash, exit, load error. */
  readonly problem?: string;
  readonly notStarted?: boolean;
  /** The property in flight when the worker was stopped. */
  readonly running?: string;
  readonly output: string;
}

const OUTPUT_LIMIT = 2000;
/** Worker heap limit: far above any kata's need, far below the machine's memory. */
export const WORKER_HEAP_MB = 512;

/**
 * Runs one kata's grader bundle in a worker thread that can be stopped from
 * outside: vitest's own timeout cannot interrupt a synchronous infinite loop
 * (dependencies.md), worker.terminate() can.
 */
export function runKataWorker(graderBundle: string, input: WorkerInput, timeoutMs: number): Promise<WorkerOutcome> {
  return new Promise((resolve) => {
    const results: PropertyResult[] = [];
    let plan: readonly PlannedProperty[] = [];
    let running: string | undefined;
    let output = '';
    let settled = false;
    const worker = new Worker(graderBundle, {
      workerData: input,
      stdout: true,
      stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      // The bundle is plain CommonJS: no TypeScript loader (tsx costs ≈ 0.25 s per worker).
      execArgv: [],
    });
    const collect = (chunk: Buffer): void => {
      if (output.length <= OUTPUT_LIMIT) output += chunk.toString('utf8');
    };
    worker.stdout.on('data', collect);
    worker.stderr.on('data', collect);
    const finish = (extra: Partial<WorkerOutcome> = {}): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      const out = output.length > OUTPUT_LIMIT ? `${output.slice(0, OUTPUT_LIMIT)}\n… (output truncated)` : output;
      resolve({ plan, results, running, output: out, ...extra });
    };
    const during = (): string => (running ? ` while checking "${running}"` : '');
    // The clock restarts whenever the worker reports progress, so the limit
    // is per property (a slow machine slows every kata, an infinite loop
    // stops one), and a kata's total time stays bounded by properties × limit.
    const stop = (): void => finish({ problem: `stopped after ${timeoutMs / 1000} s${during()}: an infinite loop, or code far slower than it needs to be?` });
    let timer = setTimeout(stop, timeoutMs);
    worker.on('message', (m: WorkerMessage) => {
      clearTimeout(timer);
      timer = setTimeout(stop, timeoutMs);
      if (m.type === 'plan') plan = m.properties;
      else if (m.type === 'start') running = m.id;
      else if (m.type === 'result') {
        results.push(m.result);
        running = undefined;
      } else if (m.type === 'load-error') finish({ problem: m.message, notStarted: m.notStarted });
      else finish();
    });
    worker.on('error', (err: Error & { code?: string }) => {
      const why = err.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `ran out of memory (the limit is ${WORKER_HEAP_MB} MiB)`
        : `crashed: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`;
      finish({ problem: `the kata ${why}${during()}` });
    });
    worker.on('exit', (code) => {
      finish({ problem: `the kata's code ended its grading thread (exit code ${code})${during()}: does it call process.exit()?` });
    });
  });
}
