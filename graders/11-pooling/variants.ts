import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader (CONTRIBUTING.md): each wrong variant is the
// solution plus edits, and must be named as its own misconception and no
// other; each alternative is a whole correct program that must pass.

/** The max-pool backward given x in its cache, for the variants that look at the window again. */
const withX: [string, string][] = [
  ['readonly argmax: [number, number][][][][];', 'readonly argmax: [number, number][][][][];\n  readonly x: Tensor4;'],
  ['return { out, cache: { g, argmax } };', 'return { out, cache: { g, argmax, x } };'],
];

const ROUTE = `          const [r, q] = argmax[n][c][i][j];
          dx[n][c][r + g.pH][q + g.pW] += dout[n][c][i][j];`;

/** The max-pool backward, each tied maximum of window (i, j) handed dout times `share`. */
const toEveryTie = (share: string): [string, string][] => [
  ...withX,
  [
    ROUTE,
    `          const best = cache.x[n][c][argmax[n][c][i][j][0]][argmax[n][c][i][j][1]];
          const ties: [number, number][] = [];
          for (let a = 0; a < g.kH; a++) {
            for (let b = 0; b < g.kW; b++) {
              const r = i * g.sH - g.pH + a;
              const q = j * g.sW - g.pW + b;
              if (at(cache.x[n][c], r, q, Number.NEGATIVE_INFINITY) === best) ties.push([r, q]);
            }
          }
          for (const [r, q] of ties) dx[n][c][r + g.pH][q + g.pW] += ${share};`,
  ],
];

export default defineVariants({
  wrong: [
    {
      name: 'avg-excludes-padding',
      misconception: m['avg-excludes-padding'],
      mistake: 'average over the real positions of each window only (count_include_pad=False)',
      edits: [
        [
          `          let sum = 0;
          for (let a = 0; a < g.kH; a++) {
            for (let b = 0; b < g.kW; b++) {
              sum += at(x[n][c], i * g.sH - g.pH + a, j * g.sW - g.pW + b, 0);
            }
          }
          out[n][c][i][j] = sum / (g.kH * g.kW);`,
          `          let sum = 0;
          let real = 0;
          for (let a = 0; a < g.kH; a++) {
            for (let b = 0; b < g.kW; b++) {
              const r = i * g.sH - g.pH + a;
              const q = j * g.sW - g.pW + b;
              sum += at(x[n][c], r, q, 0);
              if (r >= 0 && r < g.H && q >= 0 && q < g.W) real++;
            }
          }
          out[n][c][i][j] = sum / real;`,
        ],
        [
          'const share = dout[n][c][i][j] / (g.kH * g.kW);',
          `let real = 0;
          for (let a = 0; a < g.kH; a++) {
            for (let b = 0; b < g.kW; b++) {
              const r = i * g.sH - g.pH + a;
              const q = j * g.sW - g.pW + b;
              if (r >= 0 && r < g.H && q >= 0 && q < g.W) real++;
            }
          }
          const share = dout[n][c][i][j] / real;`,
        ],
      ],
    },
    {
      name: 'max-pads-with-zero',
      misconception: m['max-pads-with-zero'],
      mistake: 'max pooling reads the padding as 0',
      edits: [['const pad = Number.NEGATIVE_INFINITY;', 'const pad = 0;']],
    },
    {
      name: 'max-ties-split',
      misconception: m['max-ties-split'],
      mistake: 'dout / (number of ties) to each tied maximum',
      edits: toEveryTie('dout[n][c][i][j] / ties.length'),
    },
    {
      name: 'max-ties-all',
      misconception: m['max-ties-all'],
      mistake: 'all of dout to every tied maximum (a mask x == max)',
      edits: toEveryTie('dout[n][c][i][j]'),
    },
    {
      name: 'max-ties-last',
      misconception: m['max-ties-last'],
      mistake: 'v >= best: the last tied maximum keeps the gradient',
      edits: [['if (v > best) {', 'if (v >= best) {']],
    },
    {
      name: 'max-overlap-overwrites',
      misconception: m['max-overlap-overwrites'],
      mistake: 'dx[argmax] = dout instead of +=',
      edits: [
        ['dx[n][c][r + g.pH][q + g.pW] += dout[n][c][i][j];', 'dx[n][c][r + g.pH][q + g.pW] = dout[n][c][i][j];'],
      ],
    },
    {
      name: 'avg-gradient-not-divided',
      misconception: m['avg-gradient-not-divided'],
      mistake: 'each position of the window gets all of dout',
      edits: [['const share = dout[n][c][i][j] / (g.kH * g.kW);', 'const share = dout[n][c][i][j];']],
    },
    {
      name: 'output-size-ceil',
      misconception: m['output-size-ceil'],
      mistake: '⌈(H + 2p − k)/s⌉ + 1 windows per axis',
      edits: [
        ['Math.floor((H + 2 * pH - kH) / sH)', 'Math.ceil((H + 2 * pH - kH) / sH)'],
        ['Math.floor((W + 2 * pW - kW) / sW)', 'Math.ceil((W + 2 * pW - kW) / sW)'],
      ],
    },
    {
      name: 'stride-ignored',
      misconception: m['stride-ignored'],
      mistake: 'windows one step apart whatever the stride',
      edits: [['const [sH, sW] = pair(params.stride);', 'const [sH, sW] = [1, 1];']],
    },
    {
      name: 'max-argmax-global',
      misconception: m['max-argmax-global'],
      mistake: "the backward sends each window's dout to the maximum of the whole plane",
      edits: [
        ...withX,
        [
          ROUTE,
          `          const plane = cache.x[n][c];
          let r = 0;
          let q = 0;
          for (let y = 0; y < g.H; y++) {
            for (let z = 0; z < g.W; z++) {
              if (plane[y][z] > plane[r][q]) {
                r = y;
                q = z;
              }
            }
          }
          dx[n][c][r + g.pH][q + g.pW] += dout[n][c][i][j];`,
        ],
      ],
    },
  ],
  alternatives: [
    {
      name: 'recompute-argmax',
      difference:
        'the max-pool cache keeps x and the backward finds each window’s first maximum again; dx written directly, no padded buffer',
    },
    {
      name: 'constant-kernel',
      difference:
        'average pooling as a depthwise convolution of the zero-padded input with a constant 1/(kH·kW) kernel; both backwards gather, looping over input positions and the windows that cover them',
    },
  ],
});
