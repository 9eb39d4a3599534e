import type { FailureCurves } from '../toolkit/gradingFailure';
import { escapeHtml } from './escapeHtml';
import { t } from './words';

const W = 360;
const H = 200;
const M = { left: 48, right: 12, top: 12, bottom: 28 };
/** The learner's line first, in the report's red; then the reference's, dark and dashed. */
const STYLES = ['stroke="#b2182b"', 'stroke="#333" stroke-dasharray="5 3"', 'stroke="#2166ac"', 'stroke="#2a9d4b"'];

/** At most this many x labels are written; the others are every point's tooltip. */
const MAX_X_TICKS = 11;

export interface CurvesOptions {
  /** `log`: values that span decades (gradient norms through many layers); a value ≤ 0 breaks its line. */
  readonly yScale?: 'linear' | 'log';
  /** What the x axis counts, written under it. */
  readonly xLabel?: string;
}

/**
 * A line chart of series over shared x labels (layers, steps), inline SVG:
 * each point carries its series, label and exact value in data attributes
 * and a tooltip; a missing value (NaN) breaks its line. A log axis has its
 * ticks at powers of ten.
 */
export function curves(c: FailureCurves, o: CurvesOptions = {}): string {
  const log = o.yScale === 'log';
  const shown = (v: number): boolean => Number.isFinite(v) && (!log || v > 0);
  const values = c.series.flatMap((s) => s.values).filter(shown);
  const [lo, hi] = log
    ? decades(values)
    : [Math.min(0, ...values), Math.max(Math.min(0, ...values) + Number.MIN_VALUE, ...values)];
  const at = (v: number): number => (log ? Math.log10(v) : v);
  const x = (i: number): number =>
    M.left + (c.x.length > 1 ? (i * (W - M.left - M.right)) / (c.x.length - 1) : (W - M.left - M.right) / 2);
  const y = (v: number): number => M.top + ((at(hi) - at(v)) * (H - M.top - M.bottom)) / (at(hi) - at(lo));
  const lines = c.series.map((s, k) => {
    const style = STYLES[k % STYLES.length];
    const segments: string[][] = [[]];
    const points = s.values.map((v, i) => {
      if (!shown(v)) {
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
  const every = Math.ceil(c.x.length / MAX_X_TICKS);
  const ticks = c.x.map((label, i) =>
    i % every === 0 || i === c.x.length - 1
      ? `<text class="x-tick" x="${x(i).toFixed(1)}" y="${H - 8}" text-anchor="middle">${escapeHtml(label)}</text>`
      : '',
  );
  const yValues = log ? powersOfTen(lo, hi) : [lo, hi];
  const yTicks = yValues.map(
    (v) =>
      `<text class="y-tick" x="${M.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${escapeHtml(short(v))}</text>`,
  );
  // The x axis at 0, or at the bottom of a log axis (which has no 0).
  const base = log ? H - M.bottom : y(0);
  const axes = `<line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${H - M.bottom}" stroke="#999"/><line x1="${M.left}" y1="${base.toFixed(1)}" x2="${W - M.right}" y2="${base.toFixed(1)}" stroke="#999"/>`;
  const xLabel = o.xLabel
    ? `<text class="x-label" x="${W - M.right}" y="${H - M.bottom - 4}" text-anchor="end" fill="#555">${escapeHtml(o.xLabel)}</text>`
    : '';
  const legend = c.series
    .map(
      (s, k) =>
        `<span class="legend"><svg width="22" height="8"><line x1="0" y1="4" x2="22" y2="4" stroke-width="2" ${STYLES[k % STYLES.length]}/></svg> ${escapeHtml(seriesName(s.name))}</span>`,
    )
    .join(' ');
  return `<figure class="curves"><figcaption>${escapeHtml(c.title)} ${legend}</figcaption><svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-size="11" role="img" aria-label="${escapeHtml(c.title)}" data-y-scale="${log ? 'log' : 'linear'}">${axes}${xLabel}${ticks.join('')}${yTicks.join('')}${lines.join('')}</svg></figure>`;
}

/** The two sources every curve compares, in the reader's language; any other name as the grader gave it. */
function seriesName(name: string): string {
  return name === 'yours' || name === 'reference' ? t(`series.${name}`) : name;
}

/** The powers of ten just around the values: a log axis from 10^⌊log lo⌋ to 10^⌈log hi⌉. */
function decades(values: readonly number[]): [number, number] {
  if (values.length === 0) return [1, 10];
  const lo = 10 ** Math.floor(Math.log10(Math.min(...values)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...values)));
  return [lo, hi > lo ? hi : lo * 10];
}

/** A tick at each power of ten between lo and hi, thinned to at most six. */
function powersOfTen(lo: number, hi: number): number[] {
  const from = Math.round(Math.log10(lo));
  const to = Math.round(Math.log10(hi));
  const step = Math.ceil((to - from) / 5) || 1;
  const out: number[] = [];
  for (let e = from; e <= to; e += step) out.push(10 ** e);
  if (Math.round(Math.log10(out.at(-1)!)) !== to) out.push(hi);
  return out;
}

function short(v: number): string {
  return String(Number(v.toPrecision(3)));
}
