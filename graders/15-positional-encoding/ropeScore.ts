import { dot } from '../kit/tensor';
import { picture } from '../kit/toolkit';
import type { K } from './cases';
import { runRotate } from './learner';
import text from './messages';
import { range } from './select64';

// RoFormer's long-term decay: with q = k = all ones, q_m·k_n = Σᵢ 2cos((m − n)θ_i),
// d = 64 at m − n = 0 and smaller, with ripples, as the distance grows. The
// rows of one call are the key at n = 0 and the query at m = 0 … 63.

export const DISTANCES = 64;
export const SCORE_D = 64;

export const ropeScore = picture<K>({
  id: 'rope-score',
  title: text['score-title'](),
  draw: (kata) => {
    const ones = range(DISTANCES).map(() => new Array<number>(SCORE_D).fill(1));
    const turned = runRotate(kata, ones, range(DISTANCES));
    return {
      x: range(DISTANCES),
      xLabel: text['score-distance'](),
      series: [{ name: text['score-series'](), values: turned.map((q) => dot(q, turned[0])) }],
    };
  },
});
