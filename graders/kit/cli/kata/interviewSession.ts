import path from 'node:path';
import type { KataEntry } from '../../../catalog';
import { gradeKatas } from '../../engine/gradeKatas';
import { DEFAULT_SEED } from '../../engine/propertySeed';
import { warmWorkers } from '../../engine/warmWorkers';
import { displayPath, kataFolder, katasDir, learnerFile } from '../../paths';
import { mathText } from '../../reporters/mathText';
import type { KataResult } from '../../results/results';
import { loadProgress } from '../../state/loadProgress';
import { emptyProgress, type InterviewRecord } from '../../state/progress';
import { recordHint } from '../../state/recordHint';
import { recordResults } from '../../state/recordResults';
import { saveProgress } from '../../state/saveProgress';
import { countdown, label } from './countdown';
import { followUps } from './followUps';
import type { KataContext } from './kataContext';
import { kataReadme } from './kataReadme';
import { lineReader } from './lineReader';
import { propertyChanges } from './propertyChanges';
import { watchReport } from './watchReport';

const COMMANDS =
  'type  grade (g) to grade now · hint (h) for a hint · time (t) · done (d) to finish · quit (q) to stop';

/** The interview itself: question, coding under the clock with grading on demand, then the follow-ups. */
export async function interviewSession(kata: KataEntry, minutes: number, ctx: KataContext): Promise<InterviewRecord> {
  const readme = kataReadme(kata);
  const p = ctx.paint;
  const startedAt = ctx.now();
  const clock = countdown(ctx, minutes * 60_000);
  const input = lineReader(ctx.lines());
  const workers = warmWorkers();
  let hints = 0;
  let last: KataResult | undefined;
  const grade = async (): Promise<KataResult> => {
    const t0 = performance.now();
    const results = await gradeKatas({ target: ctx.target, katas: [kata], seed: DEFAULT_SEED, runWorker: workers.run });
    const k = results.katas[0];
    ctx.out(watchReport(results, k, propertyChanges(last, k), performance.now() - t0, ctx.now(), p));
    saveProgress(
      ctx.progressFile,
      recordResults(loadProgress(ctx.progressFile) ?? emptyProgress(), results, ctx.target, ctx.now()),
    );
    last = k;
    return k;
  };

  ctx.out(p.bold(`Mock interview · ${minutes} min · ${kata.number} ${kata.title}`));
  ctx.out('');
  ctx.out(`Interviewer: ${mathText(readme.question.replace(/^"|"$/g, ''))}`);
  ctx.out('');
  ctx.out(`Write your answer in ${displayPath(learnerFile(ctx.target, kata))} (its README has the conventions).`);
  ctx.out(p.dim(COMMANDS));
  // Objects, not strings, so that a learner typing "time" is a command, not the clock.
  const timeUp = clock.up.then(() => ({ ended: 'time' as const }));
  const aborted = new Promise<{ ended: 'abort' }>((resolve) =>
    ctx.signal?.addEventListener('abort', () => resolve({ ended: 'abort' }), { once: true }),
  );
  let ended: 'time' | 'done' | 'quit' | 'abort' | 'eof' | undefined;
  while (!ended) {
    const got = await Promise.race([input.next(), timeUp, aborted]);
    if (typeof got === 'object') ended = got.ended;
    else if (got === undefined) ended = 'eof';
    else {
      const cmd = got.trim().toLowerCase();
      if (cmd === 'g' || cmd === 'grade') await grade();
      else if (cmd === 't' || cmd === 'time') ctx.out(`${label(clock.leftMs())} left`);
      else if (cmd === 'd' || cmd === 'done') ended = 'done';
      else if (cmd === 'q' || cmd === 'quit') ended = 'quit';
      else if (cmd === 'h' || cmd === 'hint') hints = showHint(kata, readme.hints, hints, ctx);
      else if (cmd !== '') ctx.out(p.dim(COMMANDS));
    }
  }
  clock.cancel();
  const elapsedMs = ctx.now() - startedAt;
  ctx.out('');
  ctx.out(
    p.bold(
      ended === 'time'
        ? "Time's up. Final grade:"
        : ended === 'quit' || ended === 'abort'
          ? 'Interview stopped. Final grade:'
          : 'Final grade:',
    ),
  );
  const final = await grade();
  workers.close();
  if (ended !== 'quit' && ended !== 'abort')
    await followUps(readme.followUps, input, ctx, displayPath(path.join(katasDir, kataFolder(kata), 'README.md')));
  ctx.out('');
  ctx.out(
    p.bold(
      `Session recorded: ${kata.slug}, ${final.points}/${final.maxPoints} points in ${label(elapsedMs)} of ${minutes} min, ${hints} hint${hints === 1 ? '' : 's'}.`,
    ),
  );
  return {
    slug: kata.slug,
    startedAt,
    minutes,
    elapsedMs,
    hintsUsed: hints,
    points: final.points,
    maxPoints: final.maxPoints,
    status: final.status,
  };
}

function showHint(
  kata: KataEntry,
  hints: ReturnType<typeof kataReadme>['hints'],
  shown: number,
  ctx: KataContext,
): number {
  const h = hints[Math.min(shown, hints.length - 1)];
  if (!h) return shown;
  ctx.out(ctx.paint.yellow(`Interviewer (hint ${h.level} — ${h.label}):`));
  ctx.out(mathText(h.text));
  const progress = loadProgress(ctx.progressFile);
  if (progress) saveProgress(ctx.progressFile, recordHint(progress, kata.slug, h.level));
  return Math.max(shown, h.level);
}
