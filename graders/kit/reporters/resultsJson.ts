import type { RunResults } from '../results/results';
import { kataMessage } from './propertyMessage';
import { testOutcome } from './testOutcome';

// .kata/results.json follows Exercism's test-runner interface, version 3
// (one entry per test: name, status pass|fail|error, message, output), with
// points added per test and in total, and the per-kata results beside it.

export interface ExercismTest {
  readonly name: string;
  readonly status: 'pass' | 'fail' | 'error';
  readonly message: string | null;
  readonly output: string | null;
  readonly task_id: number;
  readonly kata: string;
  readonly points: number;
  readonly max_points: number;
}

export interface ResultsJson {
  readonly version: 3;
  readonly status: 'pass' | 'fail' | 'error';
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
        ...testOutcome(results, k, p),
        output: k.output ?? null,
        task_id: Number(k.number) + 1,
        kata: k.slug,
        points: p.earned,
        max_points: p.points,
      }),
    ),
  );
  const errors = results.katas.filter((k) => k.status === 'error');
  return {
    version: 3,
    status: errors.length ? 'error' : results.katas.every((k) => k.status === 'passed') ? 'pass' : 'fail',
    message: errors.length ? errors.map((k) => `${k.slug}: ${kataMessage(k) ?? 'error'}`).join('\n') : null,
    tests,
    points: results.points,
    max_points: results.maxPoints,
    seed: results.seed,
    target: results.target,
    backend: results.backend,
    katas: results.katas,
  };
}
