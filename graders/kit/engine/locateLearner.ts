import { displayPath } from '../paths';
import type { StoppedAt } from '../results/results';
import { learnerFrame } from './learnerFrame';
import type { WorkerInput } from './messages';
import type { PausedFrame } from './pauseWorker';

/** How to name the place in the learner's code a paused stack of this run is at (none without a bundle). */
export function locateLearner(
  input: WorkerInput,
): ((frames: readonly PausedFrame[]) => StoppedAt | undefined) | undefined {
  const learner = input.learner;
  if (!learner.ok) return undefined;
  return (frames) => {
    const f = learnerFrame(frames, learner.file, input.targetDir);
    if (!f) return undefined;
    return { location: `${displayPath(f.file)}:${f.line}:${f.column}`, functionName: f.functionName || undefined };
  };
}
