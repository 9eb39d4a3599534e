import { parentPort, workerData } from 'node:worker_threads';
import type { ReferenceBackend } from '../backends/referenceBackend';
import { startReference } from '../backends/startReference';
import type { KataModule } from '../toolkit/callLearner';
import { type Grader, misconceptionsOf } from '../toolkit/defineGrader';
import { learnerLocation, setLearnerTarget } from '../toolkit/learnerLocation';
import { guardWorker, type WorkerGuard } from './guardWorker';
import type { WorkerInput, WorkerMessage } from './messages';
import { activateMutant } from './mutationSwitch';
import { propertySeed } from './propertySeed';
import { pictureText, runPicture } from './runPicture';
import { runProperty } from './runProperty';

/**
 * The entry of every grader bundle, run in a worker: starts the reference
 * (before any learner code, outside the run-time rules: a GPU backend's
 * threads and files are the grader's business), announces the plan, loads
 * the learner's bundle, runs the properties in order and reports each as it
 * finishes, so the main thread knows what was running if it has to stop the
 * worker.
 */
export function runInWorker(grader: Grader): void {
  // A failure to start is said by every property that needs a reference, once each.
  let reference: ReferenceBackend | Error;
  try {
    reference = startReference();
  } catch (e) {
    reference = e as Error;
  }
  // One guard per worker: a worker whose kata broke a rule is not reused.
  const guard = guardWorker();
  // A warm worker (watch mode, the proof) stays up and grades each input it is
  // sent: tfjs and the grader load once, the learner's bundle is required
  // afresh every time.
  if ((workerData as { warm?: boolean }).warm) {
    parentPort!.on('message', (input: WorkerInput) => gradeOnce(grader, input, guard, reference));
    return;
  }
  gradeOnce(grader, workerData as WorkerInput, guard, reference);
}

function gradeOnce(grader: Grader, input: WorkerInput, guard: WorkerGuard, reference: ReferenceBackend | Error): void {
  const post = (m: WorkerMessage): void => parentPort!.postMessage(m);
  const selected = grader.properties.filter((p) => !input.only || p.id === input.only);
  post({
    type: 'plan',
    properties: selected.map(({ id, name, points }) => ({ id, name, points })),
    misconceptions: misconceptionsOf(grader),
  });
  if (!input.learner.ok) {
    post({ type: 'load-error', notStarted: false, problem: input.learner.problem });
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
    kata = require(input.learner.file);
  } catch (err) {
    if (broken()) return;
    const notStarted = err instanceof Error && err.name === 'NotImplementedError';
    const where = learnerLocation(err);
    const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    post({ type: 'load-error', notStarted, problem: { kind: 'load', detail: where ? `${where}: ${what}` : what } });
    return;
  }
  if (broken()) return;
  const env = {
    get reference(): ReferenceBackend {
      if (reference instanceof Error) throw reference;
      return reference;
    },
  };
  let started = false;
  for (const p of selected) {
    post({ type: 'start', id: p.id });
    const result = runProperty(p, kata, { seed: propertySeed(input.seed, input.slug, p.id), path: input.path, env });
    // Checked before the result is sent: a pass earned with a patched Math never reaches the score.
    if (broken()) return;
    post({ type: 'result', result });
    started ||= result.status !== 'not-implemented';
  }
  // Pictures after every property, so they can cost no points; not for a
  // replay of one property, nor for a kata not started (nothing to draw).
  if (!input.only && started) {
    for (const p of grader.pictures ?? []) {
      post({ type: 'picture-start', id: p.id, title: pictureText(p.title) });
      const picture = runPicture(p, kata, env);
      if (broken()) return;
      post({ type: 'picture', picture });
    }
  }
  post({ type: 'done' });
}
