import os from 'node:os';
import type { KataEntry } from '../../catalog';
import { ensureGradientsBundle } from '../backends/gradientsBundle';
import { displayPath, learnerFile } from '../paths';
import { type KataResult, type PropertyResult, type RunResults, scoreKata } from '../results/results';
import { bundleGrader, bundleLearner } from './bundleKata';
import { activeMutant } from './mutationSwitch';
import { cachedNotStarted, notStartedKey, rememberNotStarted } from './notStartedCache';
import { runKataWorker, type WorkerOutcome } from './runKataWorker';

export interface GradeOptions {
  readonly target: string;
  readonly katas: readonly KataEntry[];
  readonly seed: number;
  /** Run one property only (with `path`, replay one failure). */
  readonly only?: string;
  readonly path?: string;
  readonly timeoutMs?: number;
  readonly concurrency?: number;
  /** How a kata's worker runs: a fresh worker per grade (runKataWorker), or a warm one (warmWorkers, watch mode). */
  readonly runWorker?: typeof runKataWorker;
  /** Keep every complete outcome for the test run, not only not-started ones (the proof's targets; notStartedCache.ts). */
  readonly keepOutcomes?: boolean;
}

/** Per property (runKataWorker); the slowest solution property takes under 0.3 s. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Grades katas in parallel worker threads, one per kata, and returns the one results object. */
export async function gradeKatas(o: GradeOptions): Promise<RunResults> {
  const t0 = performance.now();
  ensureGradientsBundle();
  const prepared = o.katas.map((k) =>
    Promise.all([bundleGrader(k).catch((err: unknown) => graderBroken(k, err)), bundleLearner(k, o.target)]),
  );
  const katas: KataResult[] = new Array(o.katas.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < o.katas.length) {
      const i = next++;
      const [grader, learner] = await prepared[i];
      const started = performance.now();
      if (typeof grader !== 'string') {
        katas[i] = { ...grader, durationMs: 0 };
        continue;
      }
      const job = {
        slug: o.katas[i].slug,
        targetDir: o.target,
        learner,
        seed: o.seed,
        only: o.only,
        path: o.path,
        activeMutant: activeMutant(),
      };
      const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      // A warm worker (watch mode) is left to do its own work: its tests count
      // what it does. The proof's targets (o.keepOutcomes) are kept whole, by
      // folder too: a failure names the learner's file and line.
      const options = { ...job, learner: undefined, timeoutMs, targetDir: o.keepOutcomes ? o.target : undefined };
      const key =
        learner.ok && (o.keepOutcomes || !o.runWorker) ? notStartedKey(grader, learner.file, options) : undefined;
      const outcome = cachedNotStarted(key) ?? (await (o.runWorker ?? runKataWorker)(grader, job, timeoutMs));
      rememberNotStarted(key, outcome, { whole: o.keepOutcomes === true });
      katas[i] = kataResult(o.katas[i], outcome, o, performance.now() - started);
    }
  };
  const lanes = Math.max(1, Math.min(o.concurrency ?? os.availableParallelism(), o.katas.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  return {
    target: displayPath(o.target),
    seed: o.seed,
    backend: process.env.KATA_BACKEND || 'cpu',
    katas,
    points: katas.reduce((s, k) => s + k.points, 0),
    maxPoints: katas.reduce((s, k) => s + k.maxPoints, 0),
    durationMs: performance.now() - t0,
  };
}

/** A grader that does not build is gradkata's bug, reported on that kata alone. */
function graderBroken(kata: KataEntry, err: unknown): Omit<KataResult, 'durationMs'> {
  const errors = (err as { errors?: { text: string }[] }).errors;
  const why = errors?.length ? errors.map((e) => e.text).join('; ') : String(err);
  return {
    slug: kata.slug,
    number: kata.number,
    track: kata.track,
    title: kata.title,
    file: '',
    status: 'error',
    points: 0,
    maxPoints: 0,
    properties: [],
    problem: { kind: 'grader', detail: why },
  };
}

function kataResult(kata: KataEntry, outcome: WorkerOutcome, o: GradeOptions, durationMs: number): KataResult {
  const file = displayPath(learnerFile(o.target, kata));
  const ran = new Map(outcome.results.map((r) => [r.id, r]));
  const properties: PropertyResult[] = outcome.plan.map((p) => {
    // A broken rule scores every property 0 (KataResult.problem says which rule).
    if (outcome.violation) return { ...p, earned: 0, status: 'error', durationMs: 0 };
    const r = ran.get(p.id);
    if (r) return r;
    if (outcome.notStarted) return { ...p, earned: 0, status: 'not-implemented', durationMs: 0 };
    return { ...p, earned: 0, status: p.id === outcome.running ? 'timeout' : 'skipped', durationMs: 0 };
  });
  const named = new Set(properties.flatMap((p) => p.failure?.detail.misconceptions ?? []));
  const misconceptions = Object.fromEntries(Object.entries(outcome.misconceptions).filter(([id]) => named.has(id)));
  const score = scoreKata(properties);
  return {
    slug: kata.slug,
    number: kata.number,
    track: kata.track,
    title: kata.title,
    file,
    ...score,
    status: outcome.notStarted ? 'not-started' : outcome.problem ? 'error' : score.status,
    properties,
    problem: outcome.notStarted ? undefined : outcome.problem,
    misconceptions: named.size ? misconceptions : undefined,
    output: outcome.output || undefined,
    // A kata that broke a rule shows nothing of its code's.
    pictures: outcome.pictures?.length && !outcome.violation ? outcome.pictures : undefined,
    durationMs,
  };
}
