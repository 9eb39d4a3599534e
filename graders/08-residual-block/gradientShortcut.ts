import { seededRng } from '../../katas/lib/rng';
import { callLearner, picture } from '../kit/toolkit';
import type { K } from './learner';
import text from './messages';
import type { Matrix } from './oracle';

// The guide's "gradient short-cut", drawn from the learner's own two
// functions: 50 blocks stacked, and a plain stack of the same F without the
// skip. The plain layer is built from the same calls: its output is
// residualForward's out − x (= F(x)) and its input gradient residualBackward's
// dx − dout (= the path through F), so nothing but the learner's code runs.

const LAYERS = 50;
const N = 8;
const WIDTH = 16;
/**
 * Weights N(0, 0.5²/fan_in), biases 0: each F then shrinks a gradient by
 * about 0.5²·√½ ≈ 0.18, so the plain stack's vanishes to ~1e-37 after 50
 * layers, while the residual stack's grows by only √(1 + 0.5⁴/2) ≈ 1.02 a
 * layer (about ×2 over 50): level on a log axis.
 */
const SCALE = 0.5;
const SEED = 8;

/** Box–Muller normals from the generator. */
function normals(next: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

const matrix = (rows: number, cols: number, draw: () => number, scale: number): Matrix =>
  Array.from({ length: rows }, () => Array.from({ length: cols }, () => scale * draw()));

const norm = (m: Matrix): number => Math.sqrt(m.reduce((s, row) => s + row.reduce((t, v) => t + v * v, 0), 0));

interface Stack {
  readonly x: Matrix;
  readonly dout: Matrix;
  readonly layers: readonly { W1: Matrix; b1: number[]; W2: Matrix; b2: number[] }[];
}

/** The stated input (x rows N(0, 1)), upstream gradient (unit norm) and weights. */
function stack(): Stack {
  const draw = normals(seededRng(SEED));
  const std = SCALE / Math.sqrt(WIDTH);
  const layers = Array.from({ length: LAYERS }, () => ({
    W1: matrix(WIDTH, WIDTH, draw, std),
    b1: new Array<number>(WIDTH).fill(0),
    W2: matrix(WIDTH, WIDTH, draw, std),
    b2: new Array<number>(WIDTH).fill(0),
  }));
  const x = matrix(N, WIDTH, draw, 1);
  const g = matrix(N, WIDTH, draw, 1);
  const n = norm(g);
  return { x, dout: g.map((row) => row.map((v) => v / n)), layers };
}

const minus = (a: Matrix, b: Matrix): Matrix => a.map((row, i) => row.map((v, j) => v - b[i][j]));

/** ‖∂L/∂x_l‖ at the input of each layer l = 1…50, for L = ⟨dout, x₅₀⟩. */
function gradientNorms(kata: K, s: Stack, plain: boolean): number[] {
  const caches: unknown[] = [];
  let x = s.x;
  for (const params of s.layers) {
    const { out, cache } = callLearner(kata, 'residualForward', { x, params });
    caches.push(cache);
    x = plain ? minus(out, x) : out;
  }
  const norms = new Array<number>(LAYERS);
  let g = s.dout;
  for (let l = LAYERS - 1; l >= 0; l--) {
    const { dx } = callLearner(kata, 'residualBackward', { dout: g, cache: caches[l] });
    g = plain ? minus(dx, g) : dx;
    norms[l] = norm(g);
  }
  return norms;
}

export const gradientShortcut = picture<K>({
  id: 'gradient-shortcut',
  title: text['shortcut-title'](),
  draw: (kata) => {
    const s = stack();
    return {
      x: Array.from({ length: LAYERS }, (_, l) => l + 1),
      xLabel: text['shortcut-layer'](),
      yScale: 'log',
      series: [
        { name: text['shortcut-residual'](), values: gradientNorms(kata, s, false) },
        { name: text['shortcut-plain'](), values: gradientNorms(kata, s, true) },
      ],
    };
  },
});
