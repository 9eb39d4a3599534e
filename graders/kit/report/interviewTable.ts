import { findKata } from '../../catalog';
import { kataStatusText } from '../reporters/kataStatusText';
import type { InterviewResult } from '../results/interviewResult';
import { escapeHtml } from './escapeHtml';
import { utcDate } from './utcDate';
import { headings, t, tHtml } from './words';

/** One mock interview as the progress state records it. */
export type ReportInterview = InterviewResult;

/**
 * The mock interviews taken, newest first: when, which kata (a link to its
 * section), the time used of the time given, the points and status at the
 * end, and the hints taken. With none yet, the command that starts one.
 */
export function interviewTable(interviews: readonly ReportInterview[]): string {
  const head = `<h2 id="interviews">${escapeHtml(t('interviews.heading'))} <small>${escapeHtml(t('interviews.count', { n: interviews.length }))}</small></h2>`;
  if (interviews.length === 0)
    return `<section class="interviews">${head}<p class="none">${tHtml('interviews.none', { command: '<code>npx kata interview</code>' })}</p></section>`;
  const rows = [...interviews]
    .sort((a, b) => b.startedAt - a.startedAt)
    .map((r) => {
      const kata = findKata(r.slug);
      const name = kata ? `${kata.number} ${kata.slug}` : r.slug;
      const used = r.elapsedMs < 60_000 ? '<1' : String(Math.round(r.elapsedMs / 60_000));
      const cells = [
        escapeHtml(utcDate(r.startedAt, true)),
        kata ? `<a href="#kata-${escapeHtml(kata.slug)}">${escapeHtml(name)}</a>` : escapeHtml(name),
        escapeHtml(t('interviews.used', { used, minutes: r.minutes })),
        `${r.points}/${r.maxPoints}`,
        `<span class="status-${escapeHtml(r.status)}">${escapeHtml(kataStatusText(r))}</span>`,
        String(r.hintsUsed),
      ];
      return `<tr class="interview-row" data-slug="${escapeHtml(r.slug)}" data-started-at="${r.startedAt}">${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    });
  return `<section class="interviews">${head}<table class="katas interviews"><thead><tr>${headings('head.date', 'head.kata', 'head.time', 'head.points', 'head.result', 'head.hints')}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}
