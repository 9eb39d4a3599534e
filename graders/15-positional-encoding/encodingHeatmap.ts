import { picture } from '../kit/toolkit';
import type { K } from './cases';
import { runEncoding } from './learner';
import text from './messages';

// The encoding as it is usually drawn: fast stripes on the left (θ_0 = 1
// rad per position), slower and slower to the right, down to 10000^(−30/32)
// ≈ 1.8e-4 rad per position in the last pair.

export const LENGTH = 48;
export const D = 32;

export const encodingHeatmap = picture<K>({
  id: 'encoding-heatmap',
  title: text['heatmap-title'](),
  draw: (kata) => ({
    grid: runEncoding(kata, LENGTH, D),
    rows: text['heatmap-position'](),
    cols: text['heatmap-dimension'](),
  }),
});
