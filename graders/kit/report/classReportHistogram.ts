import { escapeHtml } from './escapeHtml';
import { t } from './words';

/** Students whose points fall from `from` to `to` (inclusive), in points or, when maxima differ, in percent. */
export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

export interface PointsHistogram {
  readonly unit: 'points' | 'percent';
  readonly bins: readonly HistogramBin[];
}

const MAX_BARS_PER_POINT = 40;

/**
 * A bar per score (0, 1, …, max) when every student's kata has the same
 * whole-number maximum, up to 40 points; otherwise ten bars by share of each
 * student's own maximum (a grader that changed between students, or a kata
 * with more points than bars fit).
 */
export function pointsHistogram(
  scores: readonly { readonly points: number; readonly maxPoints: number }[],
): PointsHistogram {
  const max = scores[0]?.maxPoints ?? 0;
  const perPoint =
    Number.isInteger(max) &&
    max <= MAX_BARS_PER_POINT &&
    scores.every((s) => s.maxPoints === max && Number.isInteger(s.points));
  if (perPoint) {
    const bins = Array.from({ length: max + 1 }, (_, p) => ({ from: p, to: p, count: 0 }));
    for (const s of scores) bins[s.points].count++;
    return { unit: 'points', bins };
  }
  const bins = Array.from({ length: 10 }, (_, b) => ({ from: 10 * b, to: b === 9 ? 100 : 10 * b + 9, count: 0 }));
  for (const s of scores) {
    const percent = s.maxPoints > 0 ? (100 * s.points) / s.maxPoints : 0;
    bins[Math.min(9, Math.floor(percent / 10))].count++;
  }
  return { unit: 'percent', bins };
}

const HEIGHT = 44;
const AXIS = 14;

/** The histogram as a small inline SVG: a bar per bin, its count as a tooltip; no script, no font. */
export function histogramSvg(h: PointsHistogram, label: string): string {
  const n = h.bins.length;
  const bar = Math.max(4, Math.floor(220 / n));
  const width = n * bar;
  const top = Math.max(1, ...h.bins.map((b) => b.count));
  const unit = h.unit === 'points' ? '' : '%';
  const range = (b: HistogramBin): string => (b.from === b.to ? `${b.from}${unit}` : `${b.from}–${b.to}${unit}`);
  const bars = h.bins
    .map((b, i) => {
      const height = (HEIGHT * b.count) / top;
      const full = b.to === (h.unit === 'points' ? n - 1 : 100);
      const title = t(h.unit === 'points' ? 'class.bin-points' : 'class.bin-share', {
        count: b.count,
        range: range(b),
      });
      return `<rect class="bin${full ? ' full' : ''}" x="${i * bar + 0.5}" y="${(HEIGHT - height).toFixed(2)}" width="${bar - 1}" height="${height.toFixed(2)}" data-from="${b.from}" data-to="${b.to}" data-count="${b.count}"><title>${escapeHtml(title)}</title></rect>`;
    })
    .join('');
  const right = h.unit === 'points' ? `${n - 1}` : '100%';
  return `<svg class="histogram" role="img" aria-label="${escapeHtml(label)}" data-unit="${h.unit}" width="${width}" height="${HEIGHT + AXIS}" viewBox="0 0 ${width} ${HEIGHT + AXIS}"><line class="axis" x1="0" y1="${HEIGHT + 0.5}" x2="${width}" y2="${HEIGHT + 0.5}"/>${bars}<text x="0" y="${HEIGHT + AXIS - 2}">0</text><text x="${width}" y="${HEIGHT + AXIS - 2}" text-anchor="end">${right}</text></svg>`;
}
