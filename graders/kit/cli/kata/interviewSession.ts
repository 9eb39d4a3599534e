import path from 'node:path';
import type { KataEntry } from '../../../catalog';
import { gradeKatas } from '../../engine/gradeKatas';
import { DEFAULT_SEED } from '../../engine/propertySeed';
import { warmWorkers } from '../../engine/warmWorkers';
import { displayPath, kataFolder, katasDir, learnerFile } from '../../paths';
import { kataWord } from '../../reporters/language';
import { mathText } from '../../reporters/mathText';
import type { KataResult } from '../../results/results';
import { loadProgress } from '../../state/loadProgress';
import { emptyProgress, type InterviewRecord } from '../../state/progress';
import { recordHint } from '../../state/recordHint';
import { recordResults } from '../../state/recordResults';
import { saveProgress } from '../../state/saveProgress';
import { countdown, label } from './countdown';
import { currentReadme } from './currentReadme';
import { followUps } from './followUps';
import type { KataContext } from './kataContext';
import type { KataReadme } from './kataReadme';
import { lineReader } from './lineReader';
import { propertyChanges } from './propertyChanges';
import { watchReport } from './watchReport';
import { t } from './words';

/**
 * The interview itself: question, coding under the clock with grading on
 * demand, then the follow-ups, all from the README in the learner's
 * language. The commands are the English words in every language, shown
 * as they are typed.
 */
export async function interviewSession(kata: KataEntry, minutes: number, ctx: KataContext): Promise<InterviewRecord> {
  const { readme, name } = currentReadme(kata);
  const readmePath = displayPath(path.join(katasDir, kataFolder(kata), name));
  const commands = t('interview.commands');
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

  const title = kataWord(kata.slug, 'title', kata.title);
  ctx.out(p.bold(t('interview.heading', { minutes, number: kata.number, title })));
  ctx.out('');
  // The quote marks are the README's (" or “ ”): the interviewer says the question.
  ctx.out(t('interview.question', { question: mathText(readme.question.replace(/^["“]|["”]$/g, '')) }));
  ctx.out('');
  ctx.out(t('interview.write', { file: displayPath(learnerFile(ctx.target, kata)), readme: readmePath }));
  ctx.out(p.dim(commands));
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
      else if (cmd === 't' || cmd === 'time') ctx.out(t('interview.left', { time: label(clock.leftMs()) }));
      else if (cmd === 'd' || cmd === 'done') ended = 'done';
      else if (cmd === 'q' || cmd === 'quit') ended = 'quit';
      else if (cmd === 'h' || cmd === 'hint') hints = showHint(kata, readme.hints, hints, ctx);
      else if (cmd !== '') ctx.out(p.dim(commands));
    }
  }
  clock.cancel();
  const elapsedMs = ctx.now() - startedAt;
  ctx.out('');
  ctx.out(
    p.bold(
      t(
        ended === 'time'
          ? 'interview.times-up'
          : ended === 'quit' || ended === 'abort'
            ? 'interview.stopped'
            : 'interview.final',
      ),
    ),
  );
  const final = await grade();
  workers.close();
  if (ended !== 'quit' && ended !== 'abort') await followUps(readme.followUps, input, ctx, readmePath);
  ctx.out('');
  ctx.out(
    p.bold(
      t('interview.recorded', {
        slug: kata.slug,
        points: final.points,
        max: final.maxPoints,
        elapsed: label(elapsedMs),
        minutes,
        count: hints,
      }),
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

function showHint(kata: KataEntry, hints: KataReadme['hints'], shown: number, ctx: KataContext): number {
  const h = hints[Math.min(shown, hints.length - 1)];
  if (!h) return shown;
  ctx.out(ctx.paint.yellow(t('interview.hint', { level: h.level, label: h.label })));
  ctx.out(mathText(h.text));
  const progress = loadProgress(ctx.progressFile);
  if (progress) saveProgress(ctx.progressFile, recordHint(progress, kata.slug, h.level));
  return Math.max(shown, h.level);
}
