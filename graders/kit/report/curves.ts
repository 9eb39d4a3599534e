import type { FailureCurves } from '../toolkit/gradingFailure';
import { escapeHtml } from './escapeHtml';
import { t } from './words';

const W = 360;
const H = 200;
const M = { left: 48, right: 12, top: 12, bottom: 28 };
/** The learner's line first, in the report's red; then the reference's, dark and dashed. */
const STYLES = ['stroke="#b2182b"', 'stroke="#333" stroke-dasharray="5 3"', 'stroke="#2166ac"', 'stroke="#2a9d4b"'];

/**
 * A line chart of a failure's series over shared x labels (layers, steps),
 * inline SVG: each point carries its series, label and exact value in data
 * attributes and a tooltip; a missing value (NaN) breaks its line.
 */
export function curves(c: FailureCurves): string {
  const values = c.series.flatMap((s) => s.values).filter(Number.isFinite);
  const lo = Math.min(0, ...values);
  const hi = Math.max(lo + Number.MIN_VALUE, ...values);
  const x = (i: number): number =>
    M.left + (c.x.length > 1 ? (i * (W - M.left - M.right)) / (c.x.length - 1) : (W - M.left - M.right) / 2);
  const y = (v: number): number => M.top + ((hi - v) * (H - M.top - M.bottom)) / (hi - lo);
  const lines = c.series.map((s, k) => {
    const style = STYLES[k % STYLES.length];
    const segments: string[][] = [[]];
    const points = s.values.map((v, i) => {
      if (!Number.isFinite(v)) {
        segments.push([]);
        return '';
      }
      segments.at(-1)!.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
      const label = t('curves.point', { series: seriesName(s.name), x: c.x[i], value: v });
      return `<circle class="point" cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3.5" fill="#fff" ${style} data-series="${escapeHtml(s.name)}" data-x="${escapeHtml(c.x[i])}" data-value="${v}"><title>${escapeHtml(label)}</title></circle>`;
    });
    const polylines = segments
      .filter((g) => g.length > 1)
      .map((g) => `<polyline fill="none" stroke-width="2" ${style} points="${g.join(' ')}"/>`);
    return `<g class="series" data-series="${escapeHtml(s.name)}">${polylines.join('')}${points.join('')}</g>`;
  });
  const ticks = c.x.map(
    (label, i) => `<text x="${x(i).toFixed(1)}" y="${H - 8}" text-anchor="middle">${escapeHtml(label)}</text>`,
  );
  const yTicks = [lo, hi].map(
    (v) => `<text x="${M.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${escapeHtml(short(v))}</text>`,
  );
  const axes = `<line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${H - M.bottom}" stroke="#999"/><line x1="${M.left}" y1="${y(0).toFixed(1)}" x2="${W - M.right}" y2="${y(0).toFixed(1)}" stroke="#999"/>`;
  const legend = c.series
    .map(
      (s, k) =>
        `<span class="legend"><svg width="22" height="8"><line x1="0" y1="4" x2="22" y2="4" stroke-width="2" ${STYLES[k % STYLES.length]}/></svg> ${escapeHtml(seriesName(s.name))}</span>`,
    )
    .join(' ');
  return `<figure class="curves"><figcaption>${escapeHtml(c.title)} ${legend}</figcaption><svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-size="11" role="img" aria-label="${escapeHtml(c.title)}">${axes}${ticks.join('')}${yTicks.join('')}${lines.join('')}</svg></figure>`;
}

/** The two sources every curve compares, in the reader's language; any other name as the grader gave it. */
function seriesName(name: string): string {
  return name === 'yours' || name === 'reference' ? t(`series.${name}`) : name;
}

function short(v: number): string {
  return String(Number(v.toPrecision(3)));
}
