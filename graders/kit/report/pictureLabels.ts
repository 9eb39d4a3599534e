import type { HeatmapOptions } from './heatmap';
import { t } from './words';

export type PictureLabels = Pick<HeatmapOptions, 'rows' | 'cols' | 'panel'> & {
  /** Heading over the pictures: "attention weights (query × key)". */
  readonly heading: string;
};

const batchHead = (lead: readonly number[]): string =>
  lead.length === 2 ? t('pictures.batch-head', { batch: lead[0], head: lead[1] }) : `[${lead.join(', ')}, :, :]`;

/**
 * How a kata's tensors read as pictures. Attention's tensors are
 * [batch, heads, seq, ·]: one panel per (batch, head); its weights P are
 * query × key, the picture interviewers draw.
 */
export function pictureLabels(slug: string, argument: string | undefined, rank: number): PictureLabels {
  if (slug === 'attention' && rank === 4) {
    if (argument === 'weights')
      return {
        heading: t('pictures.attention-weights'),
        rows: t('axis.query'),
        cols: t('axis.key'),
        panel: batchHead,
      };
    return {
      heading: t('pictures.per-batch-head', { name: argument ?? t('pictures.value') }),
      rows: t('axis.position'),
      cols: t('axis.feature'),
      panel: batchHead,
    };
  }
  return { heading: argument ?? t('pictures.value') };
}
