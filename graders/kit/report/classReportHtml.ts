import type { KataStatus } from '../results/results';
import { histogramSvg, pointsHistogram } from './classReportHistogram';
import type { ClassInputs } from './classReportInputs';
import { type ClassStats, classStats, type KataClassStats, type MisconceptionCount } from './classReportStats';
import { classReportStyle } from './classReportStyle';
import { escapeHtml } from './escapeHtml';
import { reportStyle } from './reportStyle';

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
const STATUS_WORDS: Record<KataStatus, string> = {
  passed: 'passed',
  failing: 'failing',
  'not-started': 'not started',
  error: 'error',
};

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
    `${stats.students} student${stats.students === 1 ? '' : 's'}`,
    `${stats.katas.length} kata${stats.katas.length === 1 ? '' : 's'}`,
    `generated ${(options.generatedAt ?? new Date()).toISOString()}`,
  ].join(' · ');
  const body =
    stats.students === 0
      ? '<p class="empty">No results were read: give the results.json or artifact.json files that grading writes, or folders that hold them.</p>'
      : `${katasTable(stats)}\n${topTable(stats, options.top ?? 10)}\n${stats.katas.map((k) => kataSection(k, stats)).join('\n')}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>gradkata class report</title><style>${reportStyle}${classReportStyle}</style></head>
<body><header><h1>What the class got wrong</h1><p class="meta">${escapeHtml(meta)}</p></header>
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
    return `<tr class="kata-row" data-slug="${escapeHtml(k.slug)}"><td>${escapeHtml(k.number)}</td><td><a href="#kata-${escapeHtml(k.slug)}">${escapeHtml(k.slug)}</a></td><td class="count" data-students>${k.students}</td>${counts}<td>${histogramSvg(h, `points of ${k.scores.length} students, ${k.slug}`)}</td></tr>`;
  });
  const heads = STATUSES.map((st) => `<th class="count">${STATUS_WORDS[st]}</th>`).join('');
  return `<h2>Katas</h2>
<table class="katas"><thead><tr><th>#</th><th>kata</th><th class="count">students</th>${heads}<th>points of those who started</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function topTable(stats: ClassStats, top: number): string {
  const hits = stats.misconceptions.slice(0, top);
  if (hits.length === 0)
    return '<h2>Most common misconceptions</h2>\n<p class="quiet">No known mistake was named in any student\'s code.</p>';
  return `<h2>Most common misconceptions</h2>
<p class="quiet">The mistakes each student's own code was shown to make, counted once per student; the ${hits.length} most common of ${stats.misconceptions.length}.</p>
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
    const text =
      m.text === undefined ? '<span class="quiet">(the results carry no text for it)</span>' : escapeHtml(m.text);
    return `<tr class="misconception" data-id="${escapeHtml(m.id)}"><td class="count">${i + 1}</td><td class="count" data-students>${m.students}</td><td class="count">${share}</td>${withKata ? `<td><a href="#kata-${escapeHtml(m.slug)}">${escapeHtml(m.slug)}</a></td>` : ''}<td><code class="id">${escapeHtml(m.id)}</code><div class="text">${text}</div></td></tr>`;
  });
  return `<table class="${cls}"><thead><tr><th class="count">#</th><th class="count">students</th><th class="count">of the class</th>${withKata ? '<th>kata</th>' : ''}<th>misconception</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function kataSection(k: KataClassStats, stats: ClassStats): string {
  const counts = STATUSES.map((st) => `${k.status[st]} ${STATUS_WORDS[st]}`).join(', ');
  const h = pointsHistogram(k.scores);
  const figure = k.scores.length
    ? `<figure class="points">${histogramSvg(h, `points of ${k.scores.length} students, ${k.slug}`)}<figcaption>points of the ${k.scores.length} student${k.scores.length === 1 ? '' : 's'} who started it${h.unit === 'percent' ? ', as a share of each one’s maximum' : ''}</figcaption></figure>`
    : '';
  const hits = k.misconceptions.length
    ? misconceptionTable('misconceptions', k.misconceptions, stats.students, false)
    : '<p class="quiet">No known mistake was named.</p>';
  const undiagnosed = k.undiagnosed
    ? `<p class="undiagnosed" data-count="${k.undiagnosed}">${k.undiagnosed} failing student${k.undiagnosed === 1 ? '' : 's'}: no known mistake was confirmed in their code (their messages say what was observed).</p>`
    : '';
  return `<section class="kata" id="kata-${escapeHtml(k.slug)}" data-slug="${escapeHtml(k.slug)}"><h2>${escapeHtml(k.number)} ${escapeHtml(k.slug)} <span class="quiet">${escapeHtml(k.title)}</span></h2>
<p class="counts">${k.students} student${k.students === 1 ? '' : 's'}: ${escapeHtml(counts)}</p>
${figure}${hits}${undiagnosed}</section>`;
}

function inputsSection(inputs: ClassInputs): string {
  const parts: string[] = [];
  if (inputs.skipped.length)
    parts.push(
      `<details class="inputs skipped" open><summary>${inputs.skipped.length} file${inputs.skipped.length === 1 ? '' : 's'} skipped: not results</summary><table class="inputs"><thead><tr><th>file</th><th>why</th></tr></thead><tbody>${inputs.skipped
        .map(
          (s) => `<tr class="skipped"><td><code>${escapeHtml(s.file)}</code></td><td>${escapeHtml(s.reason)}</td></tr>`,
        )
        .join('')}</tbody></table></details>`,
    );
  if (inputs.duplicates.length)
    parts.push(
      `<details class="inputs duplicates" open><summary>${inputs.duplicates.length} duplicate${inputs.duplicates.length === 1 ? '' : 's'}: a student already counted, counted once</summary><table class="inputs"><thead><tr><th>file</th><th>is the student of</th><th>why</th></tr></thead><tbody>${inputs.duplicates
        .map(
          (d) =>
            `<tr class="duplicate"><td><code>${escapeHtml(d.file)}</code></td><td><code>${escapeHtml(d.of)}</code></td><td>${escapeHtml(d.why)}</td></tr>`,
        )
        .join('')}</tbody></table></details>`,
    );
  return parts.length ? `<section class="inputs">${parts.join('\n')}</section>` : '';
}
