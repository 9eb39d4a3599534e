import path from 'node:path';
import { displayPath, kataFolder } from '../../paths';
import { mathText } from '../../reporters/mathText';
import { currentProgress } from '../../state/currentProgress';
import { recordHint } from '../../state/recordHint';
import { saveProgress } from '../../state/saveProgress';
import { UsageError } from '../usageError';
import { currentReadme } from './currentReadme';
import { findKataArg } from './findKataArg';
import type { KataContext } from './kataContext';
import { t } from './words';

/**
 * `kata hint <kata> [level]`: the next hint, from the "## Hints" of the
 * README in the learner's language (nudge → approach → near-answer),
 * recorded; a level already seen can be shown again, a later one only in order.
 */
export async function kataHint(argv: readonly string[], ctx: KataContext): Promise<number> {
  const kata = findKataArg(argv[0], 'hint');
  const { readme, name } = currentReadme(kata);
  const { hints } = readme;
  const { progress } = await currentProgress(ctx.progressFile, ctx.target, ctx.now());
  const used = progress.katas[kata.slug]?.hintsUsed ?? 0;
  const level = argv[1] === undefined ? Math.min(used + 1, hints.length) : Number(argv[1]);
  if (!Number.isInteger(level) || level < 1 || level > hints.length)
    throw new UsageError(t('hint.level-range', { max: hints.length, given: String(argv[1]) }));
  if (level > used + 1) throw new UsageError(t('hint.in-order', { used, next: used + 1 }));
  const hint = hints.find((h) => h.level === level)!;
  saveProgress(ctx.progressFile, recordHint(progress, kata.slug, level));
  const p = ctx.paint;
  ctx.out(p.bold(t('hint.heading', { slug: kata.slug, level, total: hints.length, label: hint.label })));
  ctx.out('');
  ctx.out(mathText(hint.text));
  ctx.out('');
  const readmePath = displayPath(path.join(ctx.target, kataFolder(kata), name));
  ctx.out(
    p.dim(
      level < hints.length
        ? t('hint.next', { command: `npx kata hint ${kata.slug}`, level: level + 1, label: hints[level].label })
        : t('hint.last', { readme: readmePath }),
    ),
  );
  return 0;
}
