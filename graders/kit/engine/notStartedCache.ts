import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { WorkerOutcome } from './runKataWorker';

/**
 * What an untouched stub grades to, kept by content for the rest of one test
 * run. The project's own tests grade fresh copies of every stub dozens of
 * times (each CLI test starts from a new folder of them) and the verdict is
 * always the same "not started": a function of the grader's bundle, the
 * learner's bundle and the options alone, whatever folder they sit in (a
 * not-started outcome names functions, never files). `KATA_NOT_STARTED_CACHE`
 * names the folder; vitest.config.mts sets it to a new one per run and
 * removes it after, so a grader changed between runs is never answered from
 * an old verdict. Unset (learners, CI grading, mutation testing), nothing is
 * kept. Only not-started outcomes are kept: anything the learner wrote is
 * graded every time.
 */
export function notStartedKey(
  graderFile: string,
  learnerBundle: string,
  options: Readonly<Record<string, unknown>>,
): string | undefined {
  if (!process.env.KATA_NOT_STARTED_CACHE) return undefined;
  const hash = crypto.createHash('sha256');
  hash.update(fs.readFileSync(graderFile)).update('\0');
  // esbuild marks each input with a `// <path>` line and maps it back in an
  // inline source map: the same stub in another folder is the same code.
  const code = fs.readFileSync(learnerBundle, 'utf8').replace(/^\/\/(?: \S+\.[cm]?[jt]s|# sourceMappingURL=.*)$/gm, '');
  hash.update(code).update('\0');
  hash.update(JSON.stringify(options)).update(process.env.KATA_BACKEND ?? '');
  return hash.digest('hex');
}

// v8's serializer, as the worker's messages: NaN, ±Infinity and -0 in a failure's numbers survive (JSON would make them null).
const fileOf = (key: string): string => path.join(process.env.KATA_NOT_STARTED_CACHE!, `${key}.bin`);

export function cachedNotStarted(key: string | undefined): WorkerOutcome | undefined {
  if (!key) return undefined;
  try {
    return v8.deserialize(fs.readFileSync(fileOf(key))) as WorkerOutcome;
  } catch {
    return undefined;
  }
}

/**
 * Keeps a not-started outcome, or with `whole` (the proof's targets, keyed
 * by folder too) any outcome that ran to its end: the proof and the
 * synthetic class of the class-report test grade the same solutions and
 * variants, and seeded grading gives the same outcome every time. One that
 * timed out, crashed or broke a rule is never kept: it depends on the
 * machine's load.
 */
export function rememberNotStarted(
  key: string | undefined,
  outcome: WorkerOutcome,
  { whole = false }: { whole?: boolean } = {},
): void {
  const complete = outcome.results.length === outcome.plan.length && !outcome.problem && !outcome.violation;
  const untouched = outcome.results.every((r) => r.status === 'not-implemented') && !outcome.output;
  if (!key || !complete || outcome.running || !(whole || untouched)) return;
  const file = fileOf(key);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written whole, then renamed: a test reading it in parallel never sees half.
  const partial = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(partial, v8.serialize(outcome));
  fs.renameSync(partial, file);
}
