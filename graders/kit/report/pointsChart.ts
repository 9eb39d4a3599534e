import { escapeHtml } from './escapeHtml';
import { utcDate } from './utcDate';
import { t } from './words';

/** One grade as the progress state records it (state/progress.ts's GradePoint). */
export interface ReportGrade {
  readonly at: number;
  readonly points: number;
  readonly maxPoints: number;
}

const W = 168;
const H = 44;
const M = { left: 4, right: 4, top: 4, bottom: 14 };

/**
 * A kata's points over time as a small inline SVG step chart: the points
 * hold from one grade to the next (the history keeps only the grades that
 * changed them), up to the last grade. The axis runs 0 to the kata's
 * points; each grade is a dot with its date and score in a tooltip and in
 * data attributes, filled green once it has every point. Dates are UTC, as
 * the page has no script to learn the reader's time zone.
 */
export function pointsChart(slug: string, grades: readonly ReportGrade[], lastGradedAt?: number): string {
  if (grades.length === 0) return '–';
  // Recorded in order; a hand-edited file or a clock set back may not be.
  const history = [...grades].sort((a, b) => a.at - b.at);
  const start = history[0].at;
  const end = Math.max(history.at(-1)!.at, lastGradedAt ?? -Infinity);
  const top = Math.max(1, ...history.map((g) => g.maxPoints));
  const x = (t: number): number =>
    end > start ? M.left + ((t - start) * (W - M.left - M.right)) / (end - start) : W / 2;
  const y = (v: number): number => M.top + ((top - Math.max(0, Math.min(top, v))) * (H - M.top - M.bottom)) / top;
  const f = (v: number): string => v.toFixed(1);
  const steps = history.flatMap((g, i) => {
    const next = history[i + 1]?.at ?? end;
    return [`${f(x(g.at))},${f(y(g.points))}`, `${f(x(next))},${f(y(g.points))}`];
  });
  const dots = history.map((g) => {
    const full = g.points >= g.maxPoints;
    const label = t('chart.grade', { date: utcDate(g.at, true), points: g.points, max: g.maxPoints });
    return `<circle class="grade" cx="${f(x(g.at))}" cy="${f(y(g.points))}" r="2.5" fill="${full ? '#2a9d4b' : '#fff'}" stroke="${full ? '#1a7f37' : '#555'}" data-at="${g.at}" data-points="${g.points}" data-max-points="${g.maxPoints}"><title>${escapeHtml(label)}</title></circle>`;
  });
  const [first, last] = [history[0], history.at(-1)!];
  const score = { slug, first: first.points, last: last.points, max: last.maxPoints };
  const summary =
    utcDate(start) === utcDate(end)
      ? t('chart.summary-day', { ...score, date: utcDate(start) })
      : t('chart.summary-span', { ...score, from: utcDate(start), to: utcDate(end) });
  const base = `<line x1="${M.left}" y1="${f(y(0))}" x2="${W - M.right}" y2="${f(y(0))}" stroke="#ccc"/><line x1="${M.left}" y1="${f(y(top))}" x2="${W - M.right}" y2="${f(y(top))}" stroke="#eee" stroke-dasharray="2 2"/>`;
  const dates =
    utcDate(start) !== utcDate(end)
      ? `<text x="${M.left}" y="${H - 2}">${utcDate(start)}</text><text x="${W - M.right}" y="${H - 2}" text-anchor="end">${utcDate(end)}</text>`
      : `<text x="${W / 2}" y="${H - 2}" text-anchor="middle">${utcDate(start)}</text>`;
  return `<svg class="points-chart" data-slug="${escapeHtml(slug)}" xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-size="9" fill="#555" role="img" aria-label="${escapeHtml(summary)}"><title>${escapeHtml(summary)}</title>${base}<polyline fill="none" stroke="#2a9d4b" stroke-width="1.5" points="${steps.join(' ')}"/>${dots.join('')}${dates}</svg>`;
}
