import { mathText } from '../../reporters/mathText';
import type { KataContext } from './kataContext';
import type { KataReadme } from './kataReadme';
import type { lineReader } from './lineReader';
import { t } from './words';

/**
 * Each follow-up: the question, the learner's answer (one line; Enter skips),
 * then the model answer. `q` or `quit`, the interview's own word for
 * stopping, typed in English in every language as the commands are shown,
 * ends them (it is not an answer), and so does the end of input.
 */
export async function followUps(
  questions: KataReadme['followUps'],
  input: ReturnType<typeof lineReader>,
  ctx: KataContext,
  readmePath: string,
): Promise<void> {
  ctx.out('');
  ctx.out(ctx.paint.bold(t('followups.intro', { count: questions.length })));
  for (const [i, f] of questions.entries()) {
    ctx.out('');
    ctx.out(t('followups.question', { n: i + 1, total: questions.length, question: mathText(f.question) }));
    const answer = input.ended() ? undefined : await input.next();
    if (answer !== undefined && isQuit(answer)) {
      ctx.out(ctx.paint.dim(t('followups.stopped', { n: i + 1, total: questions.length, readme: readmePath })));
      return;
    }
    ctx.out(ctx.paint.dim(t('followups.model-answer')));
    ctx.out(mathText(f.answer));
  }
}

function isQuit(line: string): boolean {
  const cmd = line.trim().toLowerCase();
  return cmd === 'q' || cmd === 'quit';
}
