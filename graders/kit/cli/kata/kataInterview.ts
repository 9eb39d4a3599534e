import { parseArgs } from 'node:util';
import { catalog } from '../../../catalog';
import { currentProgress } from '../../state/currentProgress';
import { loadProgress } from '../../state/loadProgress';
import { saveProgress } from '../../state/saveProgress';
import { UsageError } from '../usageError';
import { findKataArg } from './findKataArg';
import { interviewSession } from './interviewSession';
import type { KataContext } from './kataContext';
import { t } from './words';

/**
 * `kata interview [--minutes 45] [--track N] [--kata K]`: a timed mock
 * interview on a kata not passed yet (chosen at random, or the one given),
 * then its follow-up questions; the session is recorded in the progress.
 */
export async function kataInterview(argv: readonly string[], ctx: KataContext): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: { minutes: { type: 'string' }, track: { type: 'string' }, kata: { type: 'string' } },
  });
  const minutes = values.minutes === undefined ? 45 : Number(values.minutes);
  if (!(minutes > 0)) throw new UsageError(t('interview.minutes', { value: String(values.minutes) }));
  const track = values.track === undefined ? undefined : Number(values.track);
  if (track !== undefined && !catalog.some((k) => k.track === track))
    throw new UsageError(t('interview.track', { tracks: [...new Set(catalog.map((k) => k.track))].join(', ') }));
  const { progress } = await currentProgress(ctx.progressFile, ctx.target, ctx.now());
  const open = catalog.filter(
    (k) => (track === undefined || k.track === track) && progress.katas[k.slug]?.status !== 'passed',
  );
  const kata = values.kata ? findKataArg(values.kata, 'interview') : open[Math.floor(Math.random() * open.length)];
  if (!kata) {
    ctx.out(
      ctx.paint.green(track === undefined ? t('interview.all-passed') : t('interview.all-passed-track', { track })),
    );
    return 0;
  }
  const record = await interviewSession(kata, minutes, ctx);
  const latest = loadProgress(ctx.progressFile) ?? progress;
  saveProgress(ctx.progressFile, { ...latest, interviews: [...latest.interviews, record] });
  return 0;
}
