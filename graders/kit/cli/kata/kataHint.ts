import { mathText } from '../../reporters/mathText';
import { currentProgress } from '../../state/currentProgress';
import { recordHint } from '../../state/recordHint';
import { saveProgress } from '../../state/saveProgress';
import { UsageError } from '../usageError';
import { findKataArg } from './findKataArg';
import type { KataContext } from './kataContext';
import { kataReadme } from './kataReadme';

/**
 * `kata hint <kata> [level]`: the next hint, from the README's "## Hints"
 * (nudge → approach → near-answer), recorded; a level already seen can be
 * shown again, a later one only in order.
 */
export async function kataHint(argv: readonly string[], ctx: KataContext): Promise<number> {
  const kata = findKataArg(argv[0], 'hint');
  const { hints } = kataReadme(kata);
  const { progress } = await currentProgress(ctx.progressFile, ctx.target, ctx.now());
  const used = progress.katas[kata.slug]?.hintsUsed ?? 0;
  const level = argv[1] === undefined ? Math.min(used + 1, hints.length) : Number(argv[1]);
  if (!Number.isInteger(level) || level < 1 || level > hints.length)
    throw new UsageError(`hint level must be 1 to ${hints.length}, got "${argv[1]}"`);
  if (level > used + 1) throw new UsageError(`hints come in order: you have seen ${used}, so the next is ${used + 1}`);
  const hint = hints.find((h) => h.level === level)!;
  saveProgress(ctx.progressFile, recordHint(progress, kata.slug, level));
  const p = ctx.paint;
  ctx.out(p.bold(`${kata.slug} · hint ${level} of ${hints.length} — ${hint.label}`));
  ctx.out('');
  ctx.out(mathText(hint.text));
  ctx.out('');
  ctx.out(
    p.dim(
      level < hints.length
        ? `next: npx kata hint ${kata.slug} (hint ${level + 1}, ${hints[level].label})`
        : "that was the last hint; the README's follow-up questions are next once it passes",
    ),
  );
  return 0;
}
