import type { KataContext } from './kataContext';
import type { KataReadme } from './kataReadme';
import type { lineReader } from './lineReader';

/** Each follow-up: the question, the learner's answer (one line; Enter skips), then the model answer. */
export async function followUps(
  questions: KataReadme['followUps'],
  input: ReturnType<typeof lineReader>,
  ctx: KataContext,
): Promise<void> {
  ctx.out('');
  ctx.out(
    ctx.paint.bold(
      `Follow-up questions (${questions.length}). Answer out loud or type one line; Enter shows the model answer.`,
    ),
  );
  for (const [i, f] of questions.entries()) {
    ctx.out('');
    ctx.out(`Interviewer (${i + 1}/${questions.length}): ${f.question}`);
    if (!input.ended()) await input.next();
    ctx.out(ctx.paint.dim('Model answer:'));
    ctx.out(f.answer);
  }
}
