import fs from 'node:fs';
import path from 'node:path';
import { displayPath, learnerFile, solutionsDir } from '../../paths';
import { kataStatusText } from '../../reporters/kataStatusText';
import { t as kitWord } from '../../reporters/language';
import { currentProgress } from '../../state/currentProgress';
import { codeColumns, SIDE_BY_SIDE_WIDTH } from './codeColumns';
import { currentReadme } from './currentReadme';
import { findKataArg } from './findKataArg';
import type { KataContext } from './kataContext';
import { t } from './words';

/** The width assumed when output goes to a pipe or file: one file after the other, as a terminal of 80 shows it. */
const DEFAULT_WIDTH = 80;

/**
 * `kata solution <kata>`: once the kata passes, the reference solution next
 * to the learner's file (Rustlings shows its solution once an exercise is
 * done); before that, one line that says why not, exit 1. The kata is graded
 * first if its file changed since it was last graded, as `kata list` does, so
 * a file broken after passing is refused too. A repository exported without
 * solutions/ says so. `solutions` is the folder the reference solutions are in.
 */
export async function kataSolution(
  argv: readonly string[],
  ctx: KataContext,
  solutions = solutionsDir,
): Promise<number> {
  const kata = findKataArg(argv[0], 'solution');
  const reference = learnerFile(solutions, kata);
  if (!fs.existsSync(reference)) {
    ctx.err(t('solution.no-reference', { slug: kata.slug, file: displayPath(reference) }));
    return 1;
  }
  const { progress } = await currentProgress(ctx.progressFile, ctx.target, ctx.now(), [kata]);
  const k = progress.katas[kata.slug];
  if (k?.status !== 'passed') {
    const status = k ? kataStatusText(k) : kitWord('status.not-started');
    ctx.err(t('solution.not-passed', { slug: kata.slug, status }));
    return 1;
  }
  const mine = learnerFile(ctx.target, kata);
  const p = ctx.paint;
  ctx.out(p.bold(t('solution.heading', { number: kata.number, slug: kata.slug, points: k.points, max: k.maxPoints })));
  ctx.out('');
  const width = terminalWidth(ctx);
  ctx.out(
    codeColumns(
      lines(mine),
      lines(reference),
      [t('code.yours', { what: displayPath(mine) }), t('code.reference-of', { what: displayPath(reference) })],
      width,
      p,
    ).join('\n'),
  );
  ctx.out('');
  if (width >= SIDE_BY_SIDE_WIDTH) ctx.out(p.dim(t('solution.legend')));
  const readme = displayPath(path.join(path.dirname(mine), currentReadme(kata).name));
  ctx.out(p.dim(t('solution.next', { readme, slug: kata.slug })));
  return 0;
}

function lines(file: string): string[] {
  return fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
}

/** The terminal's width; COLUMNS where it is set (a pipe, a test); else 80. */
function terminalWidth(ctx: KataContext): number {
  const fromTerminal = ctx.columns;
  const fromEnv = Number(ctx.env.COLUMNS);
  return fromTerminal || (Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_WIDTH);
}
