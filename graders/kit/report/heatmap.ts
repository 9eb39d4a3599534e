import { slices2d } from '../reporters/slices2d';
import { flatten, type Nested } from '../tensor/nested';
import { colorScale } from './colorScale';
import { escapeHtml } from './escapeHtml';
import { t } from './words';

export interface HeatmapOptions {
  /** Caption: "your weights", "reference". */
  readonly title: string;
  /** What the cells are called in their tooltips: `weights` gives `weights[0][1][2][3] = 0.25`. */
  readonly name: string;
  /** `data-role` of the figure (got, expected, difference, input), for styling and tests. */
  readonly role: string;
  /** Half-width of the colour scale; default max |value|. Share it to compare two maps by colour. */
  readonly range?: number;
  /** Full index of the element to mark (the failure's worst element). */
  readonly worst?: readonly number[];
  /** Axis names, e.g. rows "query", columns "key"; panels are captioned by their leading index. */
  readonly rows?: string;
  readonly cols?: string;
  /** Caption of a panel from its leading index, e.g. [0, 1] → "batch 0, head 1". */
  readonly panel?: (lead: readonly number[]) => string;
}

/** Side of the largest panel in pixels; cells are 6 to 28 pixels. */
const PANEL_PX = 240;

/**
 * An inline SVG heatmap of a tensor of any rank (N-D as a grid of 2-D
 * panels), readable without scripts: every cell carries its index and exact
 * value in data attributes and a <title> tooltip, and the worst element is
 * outlined.
 */
export function heatmap(tensor: Nested, o: HeatmapOptions): string {
  const { shape, slices } = slices2d(tensor);
  const range = o.range ?? Math.max(0, ...flatten(tensor).map((v) => (Number.isFinite(v) ? Math.abs(v) : 0)));
  const worst = o.worst?.join(',');
  const panels = slices.map((s) => {
    const nRows = s.rows.length;
    const nCols = Math.max(1, ...s.rows.map((r) => r.length));
    const cell = Math.max(6, Math.min(28, Math.floor(PANEL_PX / Math.max(nRows, nCols))));
    const cells: string[] = [];
    let marker = '';
    for (const [i, row] of s.rows.entries()) {
      for (const [j, v] of row.entries()) {
        const index = shape.length === 0 ? [] : shape.length === 1 ? [j] : [...s.lead, i, j];
        const key = index.join(',');
        const isWorst = key === worst;
        const label = `${o.name}${index.map((k) => `[${k}]`).join('')} = ${v}`;
        cells.push(
          `<rect class="cell${isWorst ? ' worst' : ''}" x="${j * cell}" y="${i * cell}" width="${cell}" height="${cell}" fill="${colorScale(v, range)}" data-index="${key}" data-value="${v}"><title>${escapeHtml(label)}</title></rect>`,
        );
        if (isWorst)
          marker = `<rect class="worst-marker" x="${j * cell + 1}" y="${i * cell + 1}" width="${cell - 2}" height="${cell - 2}" fill="none" stroke="#111" stroke-width="2"/>`;
      }
    }
    const w = nCols * cell;
    const h = nRows * cell;
    const caption = s.lead.length
      ? `<figcaption>${escapeHtml(o.panel ? o.panel(s.lead) : `[${s.lead.join(', ')}, :, :]`)}</figcaption>`
      : '';
    return `<figure class="panel" data-lead="${s.lead.join(',')}">${caption}<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="${escapeHtml(o.title)}">${cells.join('')}${marker}</svg></figure>`;
  });
  const axes =
    o.rows || o.cols
      ? `<div class="axes">${escapeHtml(t('heatmap.axes', { rows: o.rows ?? '', cols: o.cols ?? '' }))}</div>`
      : '';
  const scale = `<span class="scale"><span class="swatch" style="background:${colorScale(-range, range)}"></span>−${escapeHtml(fmtShort(range))} <span class="swatch" style="background:#fff"></span>0 <span class="swatch" style="background:${colorScale(range, range)}"></span>${escapeHtml(fmtShort(range))}</span>`;
  return `<figure class="heatmap" data-role="${escapeHtml(o.role)}" data-shape="${shape.join(',')}"><figcaption>${escapeHtml(o.title)} <span class="shape">[${shape.join(', ')}]</span> ${scale}</figcaption><div class="panels">${panels.join('')}</div>${axes}</figure>`;
}

function fmtShort(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(3))) : String(x);
}
