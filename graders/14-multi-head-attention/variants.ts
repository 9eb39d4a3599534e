import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader (CONTRIBUTING.md): each wrong variant is the
// solution plus small edits and must be named as its own misconception and
// no other; each alternative is a whole correct program that must pass.
const scores = '(visible(causal, i, j) ? scale * dot(qi, kj) : HIDDEN_SCORE)';

export default defineVariants({
  wrong: [
    {
      name: 'scale-by-d-model',
      misconception: m['scale-by-d-model'],
      mistake: 'scores scaled by 1/√d_model, as in single-head attention, instead of 1/√d_head',
      edits: [['const scale = 1 / Math.sqrt(d / heads);', 'const scale = 1 / Math.sqrt(d);']],
    },
    {
      name: 'heads-interleaved',
      misconception: m['heads-interleaved'],
      mistake:
        'head h takes columns h, h + heads, h + 2·heads … (reshape [N, L, d_head, heads]), split and merge alike',
      edits: [
        ['(_, p) => row[h * dh + p]', '(_, p) => row[p * heads + h]'],
        ['Xn[Math.floor(c / dh)][i][c % dh]', 'Xn[c % heads][i][Math.floor(c / heads)]'],
      ],
    },
    {
      name: 'weights-not-transposed',
      misconception: m['weights-not-transposed'],
      mistake: 'every projection computes x·W (W read as [in, out]) instead of x·Wᵀ',
      edits: [
        ['W.map((w, o) => b[o] + dot(row, w))', 'W.map((_, o) => b[o] + row.reduce((s, v, c) => s + v * W[c][o], 0))'],
      ],
    },
    {
      name: 'causal-hides-diagonal',
      misconception: m['causal-hides-diagonal'],
      mistake: 'the causal mask keeps j < i: a token cannot see itself, and query 0 sees nothing',
      edits: [['!causal || j <= i', '!causal || j < i']],
    },
    {
      name: 'mask-after-softmax',
      misconception: m['mask-after-softmax'],
      mistake: 'softmax over every key, then the future’s weights set to 0 without renormalising',
      edits: [
        [
          `softmax(K[n][h].map((kj, j) => ${scores}))`,
          'softmax(K[n][h].map((kj) => scale * dot(qi, kj))).map((p, j) => (visible(causal, i, j) ? p : 0))',
        ],
      ],
    },
    {
      name: 'softmax-over-queries',
      misconception: m['softmax-over-queries'],
      mistake: 'each head’s softmax over the queries (each column of the scores) instead of the keys',
      edits: [
        [
          `q.map((qi, i) => softmax(K[n][h].map((kj, j) => ${scores})))`,
          `transpose(K[n][h].map((kj, j) => softmax(q.map((qi, i) => ${scores}))))`,
        ],
      ],
    },
    {
      name: 'key-from-query',
      misconception: m['key-from-query'],
      mistake: 'K projected from the query input, so cross-attention attends over the queries',
      edits: [['linear(key, params.Wk, params.bk)', 'linear(query, params.Wk, params.bk)']],
    },
    {
      name: 'bias-grad-averaged',
      misconception: m['bias-grad-averaged'],
      mistake: 'every bias gradient divided by the batch size N',
      edits: [
        [
          'dy[0][0].map((_, o) => dy.reduce((s, seq) => s + seq.reduce((t, g) => t + g[o], 0), 0))',
          'dy[0][0].map((_, o) => dy.reduce((s, seq) => s + seq.reduce((t, g) => t + g[o], 0), 0) / dy.length)',
        ],
      ],
    },
  ],
  alternatives: [
    {
      name: 'loop-over-heads',
      difference:
        'index loops, one head at a time on column slices of the projections; the softmax backward as the explicit Jacobian diag(p) − p·pᵀ',
    },
    {
      name: 'reuses-kata-13',
      difference:
        'the per-head attention from kata 13 (its attentionForward/attentionBackward, the causal mask as its 0/1 mask), imported as a learner would',
    },
    {
      name: 'infinite-mask',
      difference: 'hidden scores −∞ instead of −1e9 (every causal row sees key 0, so no row is 0/0)',
      edits: [['const HIDDEN_SCORE = -1e9;', 'const HIDDEN_SCORE = Number.NEGATIVE_INFINITY;']],
    },
  ],
});
