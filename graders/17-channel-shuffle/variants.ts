import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader (CONTRIBUTING.md): each wrong variant is the
// solution plus one edit, and must be named as its own misconception and no
// other; each alternative is a whole correct program that must pass.
export default defineVariants({
  wrong: [
    {
      name: 'shuffle-transposed-wrong-way',
      misconception: m['shuffle-transposed-wrong-way'],
      mistake: 'reshaped to [N, C/g, g, H, W] before the swap: out[c] = x[(c mod (C/g))·g + ⌊c/(C/g)⌋]',
      edits: [
        [
          'image.map((_, c) => copy(image[(c % groups) * per + Math.floor(c / groups)]))',
          'image.map((_, c) => copy(image[(c % per) * groups + Math.floor(c / per)]))',
        ],
      ],
    },
    {
      name: 'backward-same-shuffle',
      misconception: m['backward-same-shuffle'],
      mistake: 'dout gathered through the forward index table, a second shuffle with g',
      edits: [
        [
          'image.map((_, c) => copy(image[(c % per) * groups + Math.floor(c / per)]))',
          'image.map((_, c) => copy(image[(c % groups) * per + Math.floor(c / groups)]))',
        ],
      ],
    },
    {
      name: 'groups-interleaved',
      misconception: m['groups-interleaved'],
      mistake: 'channel t of group j read as input channel t·g + j',
      edits: [['const ci = grp * Cg + t;', 'const ci = t * groups + grp;']],
    },
    {
      name: 'group-offset-missing',
      misconception: m['group-offset-missing'],
      mistake: 'channel t of every group read as input channel t',
      edits: [['const ci = grp * Cg + t;', 'const ci = t;']],
    },
    {
      name: 'weight-absolute-channel',
      misconception: m['weight-absolute-channel'],
      mistake: 'the weight read as w[co][ci] with ci the absolute input channel',
      edits: [['s += x[n][ci][r][q] * w[co][t][a][e];', 's += x[n][ci][r][q] * w[co][ci][a][e];']],
    },
    {
      name: 'weight-gradients-averaged',
      misconception: m['weight-gradients-averaged'],
      mistake: 'dw and db divided by the batch size N',
      edits: [
        ['db[co] += g;', 'db[co] += g / N;'],
        ['dw[co][t][a][e] += g * x[n][first + t][r][q];', 'dw[co][t][a][e] += (g * x[n][first + t][r][q]) / N;'],
      ],
    },
    {
      name: 'output-blocks-reversed',
      misconception: m['output-blocks-reversed'],
      mistake: 'block j of the output written at block g − 1 − j',
      edits: [['out[n][co][i][j] = s;', 'out[n][(groups - 1 - grp) * outPer + (co % outPer)][i][j] = s;']],
    },
  ],
  alternatives: [
    {
      name: 'sliced-convs',
      difference:
        'the shuffle as explicit reshape → transpose → flatten loops, its backward as the shuffle with C/g groups; the group conv as g ordinary convolutions on sliced input and weight blocks, concatenated',
    },
    {
      name: 'block-diagonal',
      difference:
        'the shuffle through a permutation table and its inverse; the group conv as one dense convolution with the [Cout, Cin, k, k] block-diagonal weight (zeros off the blocks), its dw read back from the block diagonal',
    },
  ],
});
