import type { WorkerInput } from './messages';
import type { WorkerOutcome } from './superviseRun';
import { WarmKataWorker } from './warmKataWorker';

export interface WarmWorkers {
  /** Drop-in for runKataWorker (GradeOptions.runWorker): one warm worker per grader bundle. */
  readonly run: (graderBundle: string, input: WorkerInput, timeoutMs: number) => Promise<WorkerOutcome>;
  readonly close: () => void;
}

export function warmWorkers(): WarmWorkers {
  const workers = new Map<string, WarmKataWorker>();
  return {
    run: (graderBundle, input, timeoutMs) => {
      const w = workers.get(graderBundle) ?? new WarmKataWorker(graderBundle);
      workers.set(graderBundle, w);
      return w.run(input, timeoutMs);
    },
    close: () => {
      for (const w of workers.values()) w.close();
      workers.clear();
    },
  };
}
