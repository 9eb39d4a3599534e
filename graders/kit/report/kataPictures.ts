import { observedText } from '../reporters/language';
import type { KataPicture, PictureText } from '../results/picture';
import type { Nested } from '../tensor/nested';
import { curves } from './curves';
import { escapeHtml } from './escapeHtml';
import { heatmap } from './heatmap';
import { t } from './words';

/** A grader's text in the reader's language where the kata translates it, else the English it carries. */
const said = (p: PictureText): string => observedText({ summary: p.text, message: p.message });

/**
 * The grader's pictures of the learner's own code, below the properties:
 * lines drawn with the curves renderer, grids with the heatmap one, or one
 * line saying why it was left out.
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
    if ('grid' in d) {
      const map = heatmap((d.grid.length === 1 ? d.grid[0] : d.grid) as Nested, {
        title,
        name: p.id,
        role: 'picture',
        ...(d.rows ? { rows: said(d.rows) } : {}),
        ...(d.cols ? { cols: said(d.cols) } : {}),
        ...(d.panels ? { panel: (lead: readonly number[]) => said(d.panels![lead[0]]) } : {}),
      });
      return `<div class="kata-picture" data-picture="${escapeHtml(p.id)}">${map}</div>`;
    }
    const chart = curves(
      { title, x: d.x, series: d.series.map((s) => ({ name: said(s.name), values: s.values })) },
      { yScale: d.yScale, xLabel: d.xLabel && said(d.xLabel) },
    );
    return `<div class="kata-picture" data-picture="${escapeHtml(p.id)}">${chart}</div>`;
  });
  return `<div class="kata-pictures"><h3>${escapeHtml(t('pictures.of-your-code'))}</h3><div class="maps">${items.join('')}</div></div>`;
}
