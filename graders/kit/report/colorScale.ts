/** Blue (negative) through white (0) to red (positive): the sign reads at a glance, as in a diverging colormap. */
const NEG = [33, 102, 172];
const POS = [178, 24, 43];

/** The fill for `v` on a symmetric scale [−range, range]; a zero range paints every value white. */
export function colorScale(v: number, range: number): string {
  const t = range > 0 && Number.isFinite(v) ? Math.max(-1, Math.min(1, v / range)) : 0;
  const end = t < 0 ? NEG : POS;
  const a = Math.abs(t);
  const [r, g, b] = end.map((c) => Math.round(255 + (c - 255) * a));
  return `rgb(${r},${g},${b})`;
}
