import { seededRng } from '../../katas/lib/rng';
import { callLearner, picture } from '../kit/toolkit';
import type { Case, T3 } from './cases';
import { type K, paramsOf } from './learner';
import text from './messages';

// The report's picture: each head's attention weights, from the learner's own
// mhaForward on one fixed, seeded self-attention input (4 heads of d_head 2,
// 6 tokens, causal), so the lower triangle and the heads' different patterns show.

const HEADS = 4;
const TOKENS = 6;
const D = 8;
const SEED = 14;

export function pictureCase(): Case {
  const rng = seededRng(SEED);
  const u = (r: number) => (2 * rng() - 1) * r;
  const m = (r: number) => Array.from({ length: D }, () => Array.from({ length: D }, () => u(r)));
  const x: T3 = [Array.from({ length: TOKENS }, () => Array.from({ length: D }, () => u(1)))];
  // Larger query and key weights than the grader's draws: sharper, more readable patterns.
  return {
    query: x,
    key: x,
    value: x,
    Wq: m(1.5),
    Wk: m(1.5),
    Wv: m(1),
    Wo: m(1),
    bq: new Array(D).fill(0),
    bk: new Array(D).fill(0),
    bv: new Array(D).fill(0),
    bo: new Array(D).fill(0),
    heads: HEADS,
    causal: true,
    dout: x,
  };
}

export const headsPicture = picture<K>({
  id: 'attention-heads',
  title: text['heads-title'](),
  draw: (kata) => {
    const c = pictureCase();
    const { weights } = callLearner(kata, 'mhaForward', {
      query: c.query,
      key: c.key,
      value: c.value,
      params: paramsOf(c),
      options: { heads: HEADS, causal: true },
    });
    return {
      grid: weights[0] as number[][][],
      rows: text['heads-query'](),
      cols: text['heads-key'](),
      panels: Array.from({ length: HEADS }, (_, h) => text['heads-panel']({ h })),
    };
  },
});
