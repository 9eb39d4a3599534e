import { parentPort, workerData } from 'node:worker_threads';
import type { KataModule } from '../toolkit/callLearner';
import type { Grader } from '../toolkit/defineGrader';
import { learnerLocation, setLearnerTarget } from '../toolkit/learnerLocation';
import { guardWorker, type WorkerGuard } from './guardWorker';
import type { WorkerInput, WorkerMessage } from './messages';
import { activateMutant } from './mutationSwitch';
import { propertySeed } from './propertySeed';
import { runProperty } from './runProperty';

/**
 * The entry of every grader bundle, run in a worker: announces the plan,
 * loads the learner's bundle, runs the properties in order and reports each
 * as it finishes, so the main thread knows what was running if it has to
 * stop the worker.
 */
export function runInWorker(grader: Grader): void {
  // A warm worker (watch mode, warmKataWorker.ts) stays up and grades each
  // input it is sent: tfjs and the grader load once, the learner's bundle
  // is required afresh every time.
  // One guard per worker: a worker whose kata broke a rule is not reused.
  const guard = guardWorker();
  if ((workerData as { warm?: boolean }).warm) {
    parentPort!.on('message', (input: WorkerInput) => gradeOnce(grader, input, guard));
    return;
  }
  gradeOnce(grader, workerData as WorkerInput, guard);
}

function gradeOnce(grader: Grader, input: WorkerInput, guard: WorkerGuard): void {
  const post = (m: WorkerMessage): void => parentPort!.postMessage(m);
  const selected = grader.properties.filter((p) => !input.only || p.id === input.only);
  post({ type: 'plan', properties: selected.map(({ id, name, points }) => ({ id, name, points })) });
  if (!input.learner.ok) {
    post({ type: 'load-error', notStarted: false, message: input.learner.message });
    return;
  }
  process.setSourceMapsEnabled(true);
  setLearnerTarget(input.targetDir);
  activateMutant(input.activeMutant);
  const broken = (): boolean => {
    const v = guard.violation();
    if (v) post({ type: 'violation', ...v });
    return v !== undefined;
  };
  let kata: KataModule;
  guard.arm();
  try {
    delete require.cache[input.learner.file];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    kata = require(input.learner.file);
  } catch (err) {
    if (broken()) return;
    const notStarted = err instanceof Error && err.name === 'NotImplementedError';
    const where = learnerLocation(err);
    const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    post({
      type: 'load-error',
      notStarted,
      message: `the kata file threw while loading${where ? ` at ${where}` : ''}: ${what}`,
    });
    return;
  }
  if (broken()) return;
  for (const p of selected) {
    post({ type: 'start', id: p.id });
    const result = runProperty(p, kata, { seed: propertySeed(input.seed, input.slug, p.id), path: input.path });
    // Checked before the result is sent: a pass earned with a patched Math never reaches the score.
    if (broken()) return;
    post({ type: 'result', result });
  }
  post({ type: 'done' });
}
