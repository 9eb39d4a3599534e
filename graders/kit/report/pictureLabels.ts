import type { HeatmapOptions } from './heatmap';

export type PictureLabels = Pick<HeatmapOptions, 'rows' | 'cols' | 'panel'> & {
  /** Heading over the pictures: "attention weights (query × key)". */
  readonly heading: string;
};

const batchHead = (lead: readonly number[]): string =>
  lead.length === 2 ? `batch ${lead[0]}, head ${lead[1]}` : `[${lead.join(', ')}, :, :]`;

/**
 * How a kata's tensors read as pictures. Attention's tensors are
 * [batch, heads, seq, ·]: one panel per (batch, head); its weights P are
 * query × key, the picture interviewers draw.
 */
export function pictureLabels(slug: string, argument: string | undefined, rank: number): PictureLabels {
  if (slug === 'attention' && rank === 4) {
    if (argument === 'weights')
      return {
        heading: 'attention weights (rows: queries, columns: keys)',
        rows: 'query',
        cols: 'key',
        panel: batchHead,
      };
    return {
      heading: `${argument ?? 'value'} per batch and head`,
      rows: 'position',
      cols: 'feature',
      panel: batchHead,
    };
  }
  return { heading: argument ?? 'value' };
}
