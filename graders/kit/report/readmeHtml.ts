import { markdownHtml, markdownInlineHtml } from '../reporters/markdownHtml';
import type { KataResult } from '../results/results';
import { escapeHtml } from './escapeHtml';
import { t } from './words';

/** What the report shows of a kata's README: the parts `kata next`, `hint` and `interview` print. */
export interface ReportReadme {
  readonly question: string;
  readonly hints: readonly { readonly level: number; readonly label: string; readonly text: string }[];
  readonly followUps: readonly { readonly question: string; readonly answer: string }[];
}

/**
 * A kata's README in its section, its math as MathML: the question always;
 * the hints the learner has already seen (never one more, so the report
 * spoils nothing); the follow-up questions with their model answers once the
 * kata is passed, as the interview shows them after the coding.
 */
export function readmeHtml(
  readme: ReportReadme,
  status: KataResult['status'],
  hintsUsed = 0,
): { readonly question: string; readonly hints: string; readonly followUps: string } {
  const question = readme.question ? `<blockquote class="question">${markdownHtml(readme.question)}</blockquote>` : '';
  const seen = readme.hints.filter((h) => h.level <= hintsUsed);
  const hints = seen.length
    ? `<details class="hints"><summary>${escapeHtml(t('readme.hints-used', { seen: seen.length, total: readme.hints.length }))}</summary>${seen
        .map(
          (h) => `<h3>${escapeHtml(t('readme.hint', { level: h.level, label: h.label }))}</h3>${markdownHtml(h.text)}`,
        )
        .join('')}</details>`
    : '';
  const followUps =
    status === 'passed' && readme.followUps.length
      ? `<details class="follow-ups"><summary>${escapeHtml(t('readme.follow-ups', { n: readme.followUps.length }))}</summary>${readme.followUps
          .map((f) => `<h3>${markdownInlineHtml(f.question)}</h3>${markdownHtml(f.answer)}`)
          .join('')}</details>`
      : '';
  return { question, hints, followUps };
}
