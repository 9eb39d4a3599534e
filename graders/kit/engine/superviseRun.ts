import type { Worker } from 'node:worker_threads';
import type { KataPicture, PictureSkip, PictureText } from '../results/picture';
import type { KataProblem, PropertyResult, StoppedAt } from '../results/results';
import type { PlannedProperty, WorkerMessage } from './messages';
import { type PausedFrame, pauseWorker } from './pauseWorker';

export interface WorkerOutcome {
  readonly plan: readonly PlannedProperty[];
  readonly misconceptions: Readonly<Record<string, string>>;
  readonly results: PropertyResult[];
  /** Set when the worker did not finish normally: time-out, crash, exit, load error. */
  readonly problem?: KataProblem;
  readonly notStarted?: boolean;
  /** A grading rule was broken (guardWorker.ts): the kata scores 0 whatever passed before. */
  readonly violation?: { readonly rule: string; readonly detail: string };
  /** The property in flight when the worker was stopped. */
  readonly running?: string;
  /** The pictures drawn after the properties, and those left out (one that ran past the time limit among them). */
  readonly pictures?: readonly KataPicture[];
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
 * reused for the next run. A worker past its time is paused first, and
 * `locate` names where the learner's code was (locateLearner.ts).
 */
export function superviseRun(
  worker: Worker,
  timeoutMs: number,
  locate?: (frames: readonly PausedFrame[]) => StoppedAt | undefined,
): Promise<{ outcome: WorkerOutcome; healthy: boolean }> {
  return new Promise((resolve) => {
    const results: PropertyResult[] = [];
    let plan: readonly PlannedProperty[] = [];
    let misconceptions: Readonly<Record<string, string>> = {};
    let running: string | undefined;
    const pictures: KataPicture[] = [];
    let drawing: { id: string; title: PictureText } | undefined;
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
      const drawn = pictures.length ? { pictures } : {};
      resolve({ outcome: { plan, misconceptions, results, running, output: out, ...drawn, ...extra }, healthy });
    };
    // The clock restarts whenever the worker reports progress, so the limit
    // is per property (a slow machine slows every kata, an infinite loop
    // stops one), and a kata's total time stays bounded by properties × limit.
    let stopping = false;
    // Every property has its result by then: a picture that cannot finish is
    // left out with the reason, and the kata is graded as if it had none.
    const skipDrawing = (skipped: PictureSkip): boolean => {
      if (!drawing) return false;
      pictures.push({ ...drawing, skipped });
      finish(false);
      return true;
    };
    const stop = (): void => {
      stopping = true;
      if (skipDrawing({ reason: 'timeout', detail: `${timeoutMs} ms` })) return;
      const problem: KataProblem = { kind: 'timeout', property: running, limitMs: timeoutMs };
      if (!locate) {
        finish(false, { problem });
        return;
      }
      void pauseWorker(worker).then((frames) => {
        const stoppedAt = frames && locate(frames);
        finish(false, { problem: stoppedAt ? { ...problem, stoppedAt } : problem });
      });
    };
    let timer = setTimeout(stop, timeoutMs);
    const onMessage = (m: WorkerMessage): void => {
      // Past its time: what it says while being paused does not count.
      if (stopping) return;
      clearTimeout(timer);
      timer = setTimeout(stop, timeoutMs);
      if (m.type === 'plan') {
        plan = m.properties;
        misconceptions = m.misconceptions;
      } else if (m.type === 'start') running = m.id;
      else if (m.type === 'result') {
        results.push(m.result);
        running = undefined;
      } else if (m.type === 'picture-start') drawing = { id: m.id, title: m.title };
      else if (m.type === 'picture') {
        pictures.push(m.picture);
        drawing = undefined;
      } else if (m.type === 'load-error') finish(true, { problem: m.problem, notStarted: m.notStarted });
      // Not reused: the kata may have changed the worker's built-ins.
      else if (m.type === 'violation')
        finish(false, {
          problem: { kind: 'rule', property: running, rule: m.rule, detail: m.detail },
          violation: { rule: m.rule, detail: m.detail },
        });
      else finish(true);
    };
    const onError = (err: Error & { code?: string }): void => {
      if (
        skipDrawing({
          reason: 'exception',
          detail:
            err.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? `out of memory (${WORKER_HEAP_MB} MiB)`
              : `${err.name}: ${err.message}`,
        })
      )
        return;
      const problem: KataProblem =
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { kind: 'memory', property: running, detail: `${WORKER_HEAP_MB} MiB` }
          : {
              kind: 'crash',
              property: running,
              detail: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
            };
      finish(false, { problem });
    };
    const onExit = (code: number): void => {
      if (skipDrawing({ reason: 'exception', detail: `the worker exited with code ${code}` })) return;
      finish(false, { problem: { kind: 'exit', property: running, detail: String(code) } });
    };
    worker.stdout.on('data', collect);
    worker.stderr.on('data', collect);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}
