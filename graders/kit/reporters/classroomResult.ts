import type { KataResult, PropertyResult, RunResults } from '../results/results';
import { testOutcome } from './testOutcome';

/**
 * GitHub Classroom's autograding-grading-reporter reads one base64 JSON per
 * runner (`<RUNNER>_RESULTS`). Its Classroom total sums the tests' `score`s
 * against `max_score` (notify-classroom.js); only its console table counts
 * passed tests. So one runner, one test per property, each scored with the
 * property's points, keeps gradkata's points exact in Classroom.
 */
export interface ClassroomResult {
  readonly version: 1;
  readonly status: 'pass' | 'fail' | 'error';
  readonly max_score: number;
  readonly tests: readonly ClassroomTest[];
}

export interface ClassroomTest {
  readonly name: string;
  readonly status: 'pass' | 'fail' | 'error';
  readonly score: number;
  readonly message: string;
  readonly filename: string;
  readonly execution_time: string;
}

const MESSAGE_LIMIT = 1000;

export function classroomResult(results: RunResults): ClassroomResult {
  const tests = results.katas.flatMap((k) => k.properties.map((p) => classroomTest(results, k, p)));
  const status = results.katas.some((k) => k.status === 'error')
    ? 'error'
    : tests.every((t) => t.status === 'pass')
      ? 'pass'
      : 'fail';
  return { version: 1, status, max_score: results.maxPoints, tests };
}

/** The reporter's input: `echo "result=$(classroomOutput ...)" >> $GITHUB_OUTPUT`. */
export function classroomOutput(results: RunResults): string {
  return Buffer.from(JSON.stringify(classroomResult(results)), 'utf8').toString('base64');
}

function classroomTest(run: RunResults, k: KataResult, p: PropertyResult): ClassroomTest {
  const { status, message } = testOutcome(run, k, p);
  const why = message ?? '';
  return {
    name: `${k.number} ${k.slug}: ${p.name}`,
    status,
    score: p.earned,
    message: why.length > MESSAGE_LIMIT ? `${why.slice(0, MESSAGE_LIMIT)} … (truncated)` : why,
    filename: k.file,
    execution_time: `${(p.durationMs / 1000).toFixed(2)}s`,
  };
}
