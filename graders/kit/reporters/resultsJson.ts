import type { RunResults } from '../results/results';
import { kataMessage } from './propertyMessage';
import { runStatus, type TestStatus, testCode, testOutcome } from './testOutcome';

// .kata/results.json follows Exercism's test-runner interface, version 3
// (one entry per test: name, test_code, status pass|fail|error, message,
// output, task_id), with points added per test and in total, and the
// per-kata results beside it.

export interface ExercismTest {
  readonly name: string;
  readonly test_code: string;
  readonly status: TestStatus;
  readonly message: string | null;
  /**
   * What the learner's code printed during this test only. A kata's output
   * is captured per kata (`katas[].output`), not per property, so no test
   * can be given it as its own: null.
   */
  readonly output: null;
  readonly task_id: number;
  readonly kata: string;
  readonly points: number;
  readonly max_points: number;
}

export interface ResultsJson {
  readonly version: 3;
  readonly status: TestStatus;
  /** Only when status is `error`: why no test could run. */
  readonly message: string | null;
  readonly tests: readonly ExercismTest[];
  readonly points: number;
  readonly max_points: number;
  readonly seed: number;
  readonly target: string;
  readonly backend: string;
  readonly katas: RunResults['katas'];
}

export function resultsJson(results: RunResults): ResultsJson {
  const tests = results.katas.flatMap((k) =>
    k.properties.map(
      (p): ExercismTest => ({
        name: `${k.slug} › ${p.name}`,
        test_code: testCode(results, k, p),
        ...testOutcome(results, k, p),
        output: null,
        task_id: Number(k.number) + 1,
        kata: k.slug,
        points: p.earned,
        max_points: p.points,
      }),
    ),
  );
  const status = runStatus(tests);
  const stopped = results.katas.filter((k) => k.problem);
  return {
    version: 3,
    status,
    message:
      status !== 'error'
        ? null
        : stopped.length
          ? stopped.map((k) => `${k.slug}: ${kataMessage(k)}`).join('\n')
          : 'no test could be run',
    tests,
    points: results.points,
    max_points: results.maxPoints,
    seed: results.seed,
    target: results.target,
    backend: results.backend,
    katas: results.katas,
  };
}
