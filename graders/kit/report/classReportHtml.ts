import { kataWord, t as kit, language, misconceptionText } from '../reporters/language';
import type { KataStatus } from '../results/results';
import { histogramSvg, pointsHistogram } from './classReportHistogram';
import type { ClassInputs } from './classReportInputs';
import { type ClassStats, classStats, type KataClassStats, type MisconceptionCount } from './classReportStats';
import { classReportStyle } from './classReportStyle';
import { escapeHtml } from './escapeHtml';
import { reportStyle } from './reportStyle';
import { headings, t } from './words';

export interface ClassReportOptions {
  /** Shown as "generated"; default now. */
  readonly generatedAt?: Date;
  /** How many of the class's most hit misconceptions lead the page (default 10). */
  readonly top?: number;
}

// The learner's report's policy: nothing may be fetched, no script may run.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** In the order an instructor reads them. */
const STATUSES: readonly KataStatus[] = ['passed', 'failing', 'not-started', 'error'];
/** The status words every front end uses (the kit's), in the current language. */
const statusWord = (st: KataStatus): string => kit(`status.${st}`);

/**
 * The page an instructor reads before the next lecture, one self-contained
 * HTML file: per kata how many students passed, are failing, have not
 * started or hit an error, their points as a histogram, and the
 * misconceptions the class hit most, by id with the learner-facing text and
 * how many students' code was shown to make each. Every string from a
 * student's file is escaped; nothing is fetched, nothing runs.
 */
export function classReportHtml(inputs: ClassInputs, options: ClassReportOptions = {}): string {
  const stats = classStats(inputs.students);
  const meta = [
    t('class.students', { count: stats.students }),
    t('class.katas', { count: stats.katas.length }),
    t('class.generated', { at: (options.generatedAt ?? new Date()).toISOString() }),
  ].join(' · ');
  const body =
    stats.students === 0
      ? `<p class="empty">${escapeHtml(t('class.empty'))}</p>`
      : `${katasTable(stats)}\n${topTable(stats, options.top ?? 10)}\n${stats.katas.map((k) => kataSection(k, stats)).join('\n')}`;
  return `<!doctype html>
<html lang="${language()}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t('class.title'))}</title><style>${reportStyle}${classReportStyle}</style></head>
<body><header><h1>${escapeHtml(t('class.heading'))}</h1><p class="meta">${escapeHtml(meta)}</p></header>
${inputsSection(inputs)}
${body}
</body></html>
`;
}

function katasTable(stats: ClassStats): string {
  const rows = stats.katas.map((k) => {
    const counts = STATUSES.map((st) => `<td class="count status-${st}" data-status="${st}">${k.status[st]}</td>`).join(
      '',
    );
    const h = pointsHistogram(k.scores);
    return `<tr class="kata-row" data-slug="${escapeHtml(k.slug)}"><td>${escapeHtml(k.number)}</td><td><a href="#kata-${escapeHtml(k.slug)}">${escapeHtml(k.slug)}</a></td><td class="count" data-students>${k.students}</td>${counts}<td>${histogramSvg(h, t('class.histogram', { n: k.scores.length, slug: k.slug }))}</td></tr>`;
  });
  const heads = STATUSES.map((st) => `<th class="count">${escapeHtml(statusWord(st))}</th>`).join('');
  return `<h2>${escapeHtml(t('class.katas-heading'))}</h2>
<table class="katas"><thead><tr><th>#</th><th>${escapeHtml(t('head.kata'))}</th><th class="count">${escapeHtml(t('class.head.students'))}</th>${heads}<th>${escapeHtml(t('class.head.started-points'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function topTable(stats: ClassStats, top: number): string {
  const hits = stats.misconceptions.slice(0, top);
  const heading = `<h2>${escapeHtml(t('class.top-heading'))}</h2>`;
  if (hits.length === 0) return `${heading}\n<p class="quiet">${escapeHtml(t('class.top-none'))}</p>`;
  return `${heading}
<p class="quiet">${escapeHtml(t('class.top-intro', { shown: hits.length, total: stats.misconceptions.length }))}</p>
${misconceptionTable('top', hits, stats.students, true)}`;
}

function misconceptionTable(
  cls: string,
  hits: readonly MisconceptionCount[],
  students: number,
  withKata: boolean,
): string {
  const rows = hits.map((m, i) => {
    const share = students ? `${Math.round((100 * m.students) / students)}%` : '–';
    // The kit's own text where it has one in this language, else what the students' results carried.
    const said = misconceptionText(m.id, m.text ?? '');
    const text = said === '' ? `<span class="quiet">${escapeHtml(t('class.no-text'))}</span>` : escapeHtml(said);
    return `<tr class="misconception" data-id="${escapeHtml(m.id)}"><td class="count">${i + 1}</td><td class="count" data-students>${m.students}</td><td class="count">${share}</td>${withKata ? `<td><a href="#kata-${escapeHtml(m.slug)}">${escapeHtml(m.slug)}</a></td>` : ''}<td><code class="id">${escapeHtml(m.id)}</code><div class="text">${text}</div></td></tr>`;
  });
  return `<table class="${cls}"><thead><tr><th class="count">#</th><th class="count">${escapeHtml(t('class.head.students'))}</th><th class="count">${escapeHtml(t('class.head.of-class'))}</th>${withKata ? `<th>${escapeHtml(t('head.kata'))}</th>` : ''}<th>${escapeHtml(t('class.head.misconception'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function kataSection(k: KataClassStats, stats: ClassStats): string {
  const counts = STATUSES.map((st) => t('class.status-count', { n: k.status[st], status: statusWord(st) })).join(
    kit('list.comma'),
  );
  const h = pointsHistogram(k.scores);
  const figure = k.scores.length
    ? `<figure class="points">${histogramSvg(h, t('class.histogram', { n: k.scores.length, slug: k.slug }))}<figcaption>${escapeHtml(t(h.unit === 'percent' ? 'class.started-share' : 'class.started-points', { count: k.scores.length }))}</figcaption></figure>`
    : '';
  const hits = k.misconceptions.length
    ? misconceptionTable('misconceptions', k.misconceptions, stats.students, false)
    : `<p class="quiet">${escapeHtml(t('class.kata-none'))}</p>`;
  const undiagnosed = k.undiagnosed
    ? `<p class="undiagnosed" data-count="${k.undiagnosed}">${escapeHtml(t('class.undiagnosed', { count: k.undiagnosed }))}</p>`
    : '';
  return `<section class="kata" id="kata-${escapeHtml(k.slug)}" data-slug="${escapeHtml(k.slug)}"><h2>${escapeHtml(k.number)} ${escapeHtml(k.slug)} <span class="quiet">${escapeHtml(kataWord(k.slug, 'title', k.title))}</span></h2>
<p class="counts">${escapeHtml(t('class.kata-students', { count: k.students, counts }))}</p>
${figure}${hits}${undiagnosed}</section>`;
}

function inputsSection(inputs: ClassInputs): string {
  const parts: string[] = [];
  if (inputs.skipped.length)
    parts.push(
      `<details class="inputs skipped" open><summary>${escapeHtml(t('class.skipped', { count: inputs.skipped.length }))}</summary><table class="inputs"><thead><tr>${headings('class.head.file', 'class.head.why')}</tr></thead><tbody>${inputs.skipped
        .map(
          (s) => `<tr class="skipped"><td><code>${escapeHtml(s.file)}</code></td><td>${escapeHtml(s.reason)}</td></tr>`,
        )
        .join('')}</tbody></table></details>`,
    );
  if (inputs.duplicates.length)
    parts.push(
      `<details class="inputs duplicates" open><summary>${escapeHtml(t('class.duplicates', { count: inputs.duplicates.length }))}</summary><table class="inputs"><thead><tr>${headings('class.head.file', 'class.head.student-of', 'class.head.why')}</tr></thead><tbody>${inputs.duplicates
        .map(
          (d) =>
            `<tr class="duplicate"><td><code>${escapeHtml(d.file)}</code></td><td><code>${escapeHtml(d.of)}</code></td><td>${escapeHtml(d.why)}</td></tr>`,
        )
        .join('')}</tbody></table></details>`,
    );
  return parts.length ? `<section class="inputs">${parts.join('\n')}</section>` : '';
}
