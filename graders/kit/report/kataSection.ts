import { kataStatusText } from '../reporters/kataStatusText';
import { kataWord } from '../reporters/language';
import { kataMessage, propertyMessage } from '../reporters/propertyMessage';
import type { KataResult, PropertyResult, RunResults } from '../results/results';
import { escapeHtml } from './escapeHtml';
import { failurePictures } from './failurePictures';
import { kataPictures } from './kataPictures';
import { type ReportReadme, readmeHtml } from './readmeHtml';
import { t, tHtml } from './words';

/**
 * One kata: its status, the interview question, why it could not be graded,
 * what it printed, each property with its message and pictures, the grader's
 * pictures of its code, then (given
 * its README) the hints used and, once passed, the follow-up questions.
 */
export function kataSection(
  run: Pick<RunResults, 'target' | 'seed'>,
  k: KataResult,
  readme?: ReportReadme,
  hintsUsed = 0,
): string {
  const head = `<h2>${escapeHtml(`${k.number} ${kataWord(k.slug, 'title', k.title)}`)} <small class="status-${k.status}">${escapeHtml(kataStatusText(k))}</small></h2>`;
  const file = k.file
    ? `<p class="file">${tHtml('kata.file', { file: `<code>${escapeHtml(k.file)}</code>` })}</p>`
    : '';
  const problem = kataMessage(k);
  const message = problem ? `<pre class="kata-message">${escapeHtml(problem)}</pre>` : '';
  const output = k.output
    ? `<details class="output"><summary>${escapeHtml(t('kata.printed'))}</summary><pre>${escapeHtml(k.output)}</pre></details>`
    : '';
  const props =
    k.status === 'not-started'
      ? ''
      : `<ul class="properties">${k.properties.map((p) => property(run, k, p)).join('')}</ul>`;
  const pictures = k.status === 'not-started' ? '' : kataPictures(k.pictures);
  const text = readme ? readmeHtml(readme, k.status, hintsUsed) : { question: '', hints: '', followUps: '' };
  return `<section class="kata" id="kata-${escapeHtml(k.slug)}" data-slug="${escapeHtml(k.slug)}" data-status="${k.status}">${head}${file}${text.question}${message}${output}${props}${pictures}${text.hints}${text.followUps}</section>`;
}

function property(run: Pick<RunResults, 'target' | 'seed'>, k: KataResult, p: PropertyResult): string {
  const shown = p.status !== 'pass' && p.status !== 'skipped' && p.status !== 'not-implemented';
  const text = shown ? propertyMessage(run, k, p) : undefined;
  const message = text ? `<pre class="message">${escapeHtml(text)}</pre>` : '';
  const pictures = p.status === 'fail' && p.failure ? failurePictures(k.slug, p.failure.detail) : '';
  const label =
    p.status === 'pass'
      ? ''
      : ` <small>${escapeHtml(t('kata.property-status', { status: t(`property.${p.status}`) }))}</small>`;
  const name = kataWord(k.slug, `property.${p.id}`, p.name);
  return `<li class="property ${p.status}" data-id="${escapeHtml(p.id)}" data-status="${p.status}">${escapeHtml(name)} <span class="points">${p.earned}/${p.points}</span>${label}${message}${pictures}</li>`;
}
