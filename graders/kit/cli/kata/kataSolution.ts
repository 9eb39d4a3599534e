import fs from 'node:fs';
import { displayPath, learnerFile, solutionsDir } from '../../paths';
import { kataStatusText } from '../../reporters/kataStatusText';
import { currentProgress } from '../../state/currentProgress';
import { codeColumns, SIDE_BY_SIDE_WIDTH } from './codeColumns';
import { findKataArg } from './findKataArg';
import type { KataContext } from './kataContext';

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
    ctx.err(
      `the reference solution of ${kata.slug} is not in this repository (no ${displayPath(reference)}: it was set up without the answers); once your file passes, it is your reference`,
    );
    return 1;
  }
  const { progress } = await currentProgress(ctx.progressFile, ctx.target, ctx.now(), [kata]);
  const k = progress.katas[kata.slug];
  if (k?.status !== 'passed') {
    const status = k ? kataStatusText(k) : 'not started';
    ctx.err(
      `${kata.slug} is not passed yet (${status}): pass it first (npm test -- ${kata.slug}), then the solution is yours to compare`,
    );
    return 1;
  }
  const mine = learnerFile(ctx.target, kata);
  const p = ctx.paint;
  ctx.out(
    p.bold(`${kata.number} ${kata.slug} · passed ${k.points}/${k.maxPoints} points — yours next to the reference`),
  );
  ctx.out('');
  const width = terminalWidth(ctx);
  ctx.out(
    codeColumns(
      lines(mine),
      lines(reference),
      [`yours: ${displayPath(mine)}`, `reference: ${displayPath(reference)}`],
      width,
      p,
    ).join('\n'),
  );
  ctx.out('');
  if (width >= SIDE_BY_SIDE_WIDTH)
    ctx.out(p.dim('│ the same line   ≠ a different line   < only in yours   > only in the reference'));
  ctx.out(
    p.dim(
      `The reference is one correct answer, not the only one: yours passed every property too. Next: its follow-up questions in ${displayPath(mine.replace(/[^/]+\.ts$/, 'README.md'))}, or npx kata interview --kata ${kata.slug}`,
    ),
  );
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
