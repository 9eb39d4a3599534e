import fc from 'fast-check';
import type { KataModule } from '../toolkit/callLearner';
import { DEFAULT_RUNS, type Property } from '../toolkit/defineGrader';
import { tensorInputs } from '../toolkit/failureTensors';
import { type FailureDetail, GradingFailure, NotStartedSignal } from '../toolkit/gradingFailure';
import { learnerLocation } from '../toolkit/learnerLocation';
import { formatValue } from './formatValue';
import type { PropertyResult } from './results';

export interface RunOptions {
  readonly seed: number;
  readonly path?: string;
}

/**
 * Runs one property against a kata with fast-check: a first sample decides
 * whether the kata is started at all, then fc.check runs, shrinks a failure
 * and hands back the smallest counterexample with its seed and path.
 */
export function runProperty(p: Property<KataModule, unknown>, kata: KataModule, o: RunOptions): PropertyResult {
  const t0 = performance.now();
  const done = (r: Omit<PropertyResult, 'id' | 'name' | 'points' | 'durationMs'>): PropertyResult => ({
    id: p.id,
    name: p.name,
    points: p.points,
    durationMs: performance.now() - t0,
    ...r,
  });
  if (o.path === undefined) {
    const [first] = fc.sample(p.arbitrary, { seed: o.seed, numRuns: 1 });
    try {
      p.check(kata, first);
    } catch (err) {
      if (err instanceof NotStartedSignal) {
        return done({
          earned: 0,
          status: 'not-implemented',
          failure: { detail: { fn: err.functionName, summary: err.message }, seed: o.seed },
        });
      }
    }
  }
  const details = fc.check(
    fc.property(p.arbitrary, (input) => {
      p.check(kata, input);
    }),
    { seed: o.seed, numRuns: p.numRuns ?? DEFAULT_RUNS, path: o.path },
  );
  if (!details.failed) return done({ earned: p.points, status: 'pass' });
  return done({
    earned: 0,
    status: 'fail',
    failure: {
      // errorInstance and counterexample are the shrunk case's: the tensors match the message.
      detail: toDetail(details.errorInstance, details.counterexample?.[0]),
      counterexample: details.counterexample ? formatValue(details.counterexample[0]) : undefined,
      seed: details.seed,
      path: details.counterexamplePath ?? undefined,
      runs: details.numRuns,
      shrinks: details.numShrinks,
    },
  });
}

function toDetail(err: unknown, input: unknown): FailureDetail {
  if (err instanceof GradingFailure) {
    // Only plain fields cross to the main thread (structured clone).
    const { summary, fn, argument, index, got, expected, relError, allowed, misconception, location, tensors, curves } =
      err.detail;
    const withInputs = tensors && {
      got: tensors.got,
      expected: tensors.expected,
      inputs: tensors.inputs ?? tensorInputs(input),
    };
    return {
      summary,
      fn,
      argument,
      index,
      got,
      expected,
      relError,
      allowed,
      misconception,
      location,
      tensors: withInputs,
      curves,
    };
  }
  if (err instanceof NotStartedSignal) {
    return { fn: err.functionName, summary: `${err.functionName} is not implemented yet, and this property needs it` };
  }
  const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return {
    summary: `the grader could not check this output (${what}) — if your output looks right, this may be a gradkata bug`,
    location: learnerLocation(err),
  };
}
