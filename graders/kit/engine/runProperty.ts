import fc from 'fast-check';
import type { FailureDetail } from '../results/failure';
import { type Message, msg } from '../results/message';
import type { PropertyResult } from '../results/results';
import { render } from '../results/translate';
import type { KataModule } from '../toolkit/callLearner';
import { confirmMistakes } from '../toolkit/confirmMistakes';
import { DEFAULT_RUNS, type GradingEnv, type Property } from '../toolkit/defineGrader';
import { tensorInputs } from '../toolkit/failureTensors';
import { GradingFailure, NotStartedSignal } from '../toolkit/gradingFailure';
import { learnerLocation } from '../toolkit/learnerLocation';
import { formatValue } from './formatValue';

export interface RunOptions {
  readonly seed: number;
  readonly path?: string;
  readonly env: GradingEnv;
}

/**
 * Runs one property against a kata with fast-check: a first sample decides
 * whether the kata is started at all, then fc.check runs, shrinks a failure
 * and hands back the smallest counterexample with its seed and path; then
 * the property's suspected mistakes are put to the test on the learner's
 * own code (confirmMistakes.ts), and only the confirmed ones are named.
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
      p.check(kata, first, o.env);
    } catch (err) {
      if (err instanceof NotStartedSignal) {
        return done({
          earned: 0,
          status: 'not-implemented',
          failure: {
            detail: englishDetail(
              'not-started',
              msg('check.not-implemented', { fn: err.functionName }),
              err.functionName,
            ),
            seed: o.seed,
          },
        });
      }
    }
  }
  // The first input that fails, before shrinking: where a diagnosis is tried first.
  let original: { input: unknown } | undefined;
  const details = fc.check(
    fc.property(p.arbitrary, (input) => {
      try {
        p.check(kata, input, o.env);
      } catch (err) {
        original ??= { input };
        throw err;
      }
    }),
    { seed: o.seed, numRuns: p.numRuns ?? DEFAULT_RUNS, path: o.path },
  );
  if (!details.failed) return done({ earned: p.points, status: 'pass' });
  const shrunk = details.counterexample?.[0];
  const detail = toDetail(details.errorInstance, shrunk);
  const misconceptions = diagnose(p, kata, { original: original?.input, shrunk, seed: o.seed }, detail);
  return done({
    earned: 0,
    status: 'fail',
    failure: {
      // errorInstance and counterexample are the shrunk case's: the tensors match the message.
      detail: misconceptions.length ? { ...detail, misconceptions } : detail,
      counterexample: details.counterexample ? formatValue(shrunk) : undefined,
      seed: details.seed,
      path: details.counterexamplePath ?? undefined,
      runs: details.numRuns,
      shrinks: details.numShrinks,
    },
  });
}

/** A diagnosis is a bonus: one that cannot run (the learner's code stops half way) names nothing. */
function diagnose(
  p: Property<KataModule, unknown>,
  kata: KataModule,
  ctx: { original: unknown; shrunk: unknown; seed: number },
  detail: FailureDetail,
): string[] {
  if (!p.diagnose?.length || detail.kind === 'not-started') return [];
  try {
    return confirmMistakes(kata, p.diagnose, ctx);
  } catch (err) {
    if (err instanceof NotStartedSignal) return [];
    throw err;
  }
}

function toDetail(err: unknown, input: unknown): FailureDetail {
  if (err instanceof GradingFailure) {
    // Only plain fields cross to the main thread (structured clone).
    const d = err.detail;
    const tensors = d.tensors && {
      got: d.tensors.got,
      expected: d.tensors.expected,
      inputs: d.tensors.inputs ?? tensorInputs(input),
    };
    return { ...d, tensors };
  }
  if (err instanceof NotStartedSignal) {
    return englishDetail(
      'not-started',
      msg('check.not-implemented-needed', { fn: err.functionName }),
      err.functionName,
    );
  }
  const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return {
    ...englishDetail('exception', msg('check.grader-could-not-check', { what })),
    location: learnerLocation(err),
  };
}

/** A failure detail whose summary is its message in English, as GradingFailure writes them. */
function englishDetail(kind: FailureDetail['kind'], message: Message, fn?: string): FailureDetail {
  return { kind, ...(fn ? { fn } : {}), summary: render('en', message), message };
}
