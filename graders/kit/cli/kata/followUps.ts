import { mathText } from '../../reporters/mathText';
import type { KataContext } from './kataContext';
import type { KataReadme } from './kataReadme';
import type { lineReader } from './lineReader';

/**
 * Each follow-up: the question, the learner's answer (one line; Enter skips),
 * then the model answer. `q` or `quit`, the interview's own word for
 * stopping, ends them (it is not an answer), and so does the end of input.
 */
export async function followUps(
  questions: KataReadme['followUps'],
  input: ReturnType<typeof lineReader>,
  ctx: KataContext,
  readmePath: string,
): Promise<void> {
  ctx.out('');
  ctx.out(
    ctx.paint.bold(
      `Follow-up questions (${questions.length}). Answer out loud or type one line; Enter shows the model answer, q stops.`,
    ),
  );
  for (const [i, f] of questions.entries()) {
    ctx.out('');
    ctx.out(`Interviewer (${i + 1}/${questions.length}): ${mathText(f.question)}`);
    const answer = input.ended() ? undefined : await input.next();
    if (answer !== undefined && isQuit(answer)) {
      ctx.out(
        ctx.paint.dim(
          `Follow-ups stopped at question ${i + 1} of ${questions.length}. All of them, with their model answers, are in ${readmePath}.`,
        ),
      );
      return;
    }
    ctx.out(ctx.paint.dim('Model answer:'));
    ctx.out(mathText(f.answer));
  }
}

function isQuit(line: string): boolean {
  const cmd = line.trim().toLowerCase();
  return cmd === 'q' || cmd === 'quit';
}
