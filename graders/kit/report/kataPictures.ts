import { observedText } from '../reporters/language';
import type { KataPicture, PictureText } from '../results/picture';
import { curves } from './curves';
import { escapeHtml } from './escapeHtml';
import { t } from './words';

/** A grader's text in the reader's language where the kata translates it, else the English it carries. */
const said = (p: PictureText): string => observedText({ summary: p.text, message: p.message });

/**
 * The grader's pictures of the learner's own code, below the properties:
 * each drawn with the curves renderer, or one line saying why it was left out.
 */
export function kataPictures(pictures: readonly KataPicture[] | undefined): string {
  if (!pictures?.length) return '';
  const items = pictures.map((p) => {
    const title = said(p.title);
    if (!p.drawn) {
      const why = t(`picture-skip.${p.skipped?.reason ?? 'malformed'}`, { detail: p.skipped?.detail ?? '' });
      return `<p class="picture-skipped" data-picture="${escapeHtml(p.id)}">${escapeHtml(t('pictures.skipped', { title, why }))}</p>`;
    }
    const d = p.drawn;
    const chart = curves(
      { title, x: d.x, series: d.series.map((s) => ({ name: said(s.name), values: s.values })) },
      { yScale: d.yScale, xLabel: d.xLabel && said(d.xLabel) },
    );
    return `<div class="kata-picture" data-picture="${escapeHtml(p.id)}">${chart}</div>`;
  });
  return `<div class="kata-pictures"><h3>${escapeHtml(t('pictures.of-your-code'))}</h3><div class="maps">${items.join('')}</div></div>`;
}
