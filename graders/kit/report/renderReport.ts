import { kataStatusText } from '../reporters/kataStatusText';
import { t as kit, language } from '../reporters/language';
import type { KataResult, RunResults } from '../results/results';
import { escapeHtml } from './escapeHtml';
import { interviewTable, type ReportInterview } from './interviewTable';
import { kataSection } from './kataSection';
import { pointsChart, type ReportGrade } from './pointsChart';
import type { ReportReadme } from './readmeHtml';
import { readmeStyle } from './readmeStyle';
import { reportStyle } from './reportStyle';
import { headings, t } from './words';

/** What the progress state adds per kata (kata list's figures); every field optional. */
export interface ReportProgress {
  readonly hintsUsed?: number;
  readonly timeSpentMs?: number;
  /** The grades that changed its points, for the chart of points over time; the line runs on to lastGradedAt. */
  readonly history?: readonly ReportGrade[];
  readonly lastGradedAt?: number;
}

export interface ReportOptions {
  /** Keyed by slug. Without it the table shows grading results only. */
  readonly progress?: Readonly<Record<string, ReportProgress>>;
  /** The mock interviews taken, listed after the table. Without it the page has no interview section. */
  readonly interviews?: readonly ReportInterview[];
  /** Shown as "graded at"; default now. */
  readonly generatedAt?: Date;
  /** Keyed by slug: each kata's README, for its question, the hints used and, once passed, its follow-up questions. */
  readonly readmes?: Readonly<Record<string, ReportReadme>>;
}

// Nothing may be fetched: no fonts, scripts or images from anywhere, which
// the Content-Security-Policy also enforces in the browser.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * The whole report as one self-contained HTML page: a table of every kata's
 * status (with the progress: hints, time and its points over time as a
 * small chart), the mock interviews taken, then per kata each property with
 * its message and, for a wrong tensor, heatmaps of the failing case. No
 * scripts: it reads the same in any browser, offline, from a file:// URL.
 */
export function renderReport(results: RunResults, options: ReportOptions = {}): string {
  const progress = options.progress;
  const rows = results.katas.map((k) => summaryRow(k, progress?.[k.slug], progress !== undefined)).join('');
  const extra = progress ? headings('head.hints', 'head.time', 'head.points-over-time') : '';
  const interviews = options.interviews ? `${interviewTable(options.interviews)}\n` : '';
  const share = results.maxPoints ? results.points / results.maxPoints : 0;
  const meta = t('page.meta', {
    points: results.points,
    max: results.maxPoints,
    target: results.target,
    seed: results.seed,
    backend: results.backend,
    at: (options.generatedAt ?? new Date()).toISOString(),
  });
  const title = escapeHtml(t('page.title'));
  return `<!doctype html>
<html lang="${language()}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>${reportStyle}${readmeStyle}</style></head>
<body><header><h1>${title}</h1><p class="meta">${bar(share)} ${escapeHtml(meta)}</p></header>
<table class="katas"><thead><tr><th>#</th>${headings('head.kata', 'head.track', 'head.status', 'head.points')}${extra}</tr></thead><tbody>${rows}</tbody></table>
${interviews}${results.katas.map((k) => kataSection(results, k, options.readmes?.[k.slug], options.progress?.[k.slug]?.hintsUsed)).join('\n')}
</body></html>
`;
}

function summaryRow(k: KataResult, p: ReportProgress | undefined, withProgress: boolean): string {
  const share = k.maxPoints ? k.points / k.maxPoints : 0;
  const cells = [
    k.number,
    `<a href="#kata-${escapeHtml(k.slug)}">${escapeHtml(k.slug)}</a>`,
    escapeHtml(t('page.track', { number: k.track, name: kit(`track.${k.track}`) })),
    `<span class="status-${k.status}">${escapeHtml(kataStatusText(k))}</span>`,
    `${bar(share)} ${k.points}/${k.maxPoints}`,
  ];
  if (withProgress)
    cells.push(
      String(p?.hintsUsed ?? 0),
      escapeHtml(minutes(p?.timeSpentMs)),
      pointsChart(k.slug, p?.history ?? [], p?.lastGradedAt),
    );
  return `<tr class="kata-row" data-slug="${escapeHtml(k.slug)}" data-status="${k.status}">${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}

const bar = (share: number): string =>
  `<span class="bar"><span style="width:${(100 * share).toFixed(1)}%"></span></span>`;

const minutes = (ms: number | undefined): string => (ms ? t('page.minutes', { n: Math.round(ms / 60_000) }) : '–');
