import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader (CONTRIBUTING.md, step 8): each wrong variant is
// the solution plus one edit and must be named as its own misconception and
// no other; each alternative is a whole correct program that must pass.
export default defineVariants({
  wrong: [
    {
      name: 'sin-cos-swapped',
      misconception: m['sin-cos-swapped'],
      mistake: 'cos on the even dimensions, sin on the odd ones',
      edits: [['row.push(Math.sin(angle), Math.cos(angle));', 'row.push(Math.cos(angle), Math.sin(angle));']],
    },
    {
      name: 'exponent-uses-dimension-index',
      misconception: m['exponent-uses-dimension-index'],
      mistake: 'the frequency of pair i taken at the dimension index 2i: 10000^(−2·2i/d)',
      edits: [['const angle = pos * frequency(i, d, 10000);', 'const angle = pos * frequency(2 * i, d, 10000);']],
    },
    {
      name: 'base-in-numerator',
      misconception: m['base-in-numerator'],
      mistake: 'θ_i = base^(+2i/d): the angle pos·10000^(2i/d)',
      edits: [['return base ** (-(2 * i) / d);', 'return base ** ((2 * i) / d);']],
    },
    {
      name: 'positions-from-one',
      misconception: m['positions-from-one'],
      mistake: 'the table starts at position 1',
      edits: [['for (let pos = 0; pos < length; pos++) {', 'for (let pos = 1; pos <= length; pos++) {']],
    },
    {
      name: 'rope-half-split',
      misconception: m['concatenated-halves'],
      mistake: "RoPE pairs dimension i with i + d/2 (GPT-NeoX and Llama's rotate_half)",
      edits: [
        ['const [a, b] = [row[2 * i], row[2 * i + 1]];', 'const [a, b] = [row[i], row[i + d / 2]];'],
        ['out[2 * i] = a * c - b * s;', 'out[i] = a * c - b * s;'],
        ['out[2 * i + 1] = a * s + b * c;', 'out[i + d / 2] = a * s + b * c;'],
      ],
    },
    {
      name: 'rotation-reversed',
      misconception: m['rotation-reversed'],
      mistake: 'the rotation matrix transposed: [[cos, sin], [−sin, cos]]',
      edits: [
        ['out[2 * i] = a * c - b * s;', 'out[2 * i] = a * c + b * s;'],
        ['out[2 * i + 1] = a * s + b * c;', 'out[2 * i + 1] = -a * s + b * c;'],
      ],
    },
    {
      name: 'same-angle-every-pair',
      misconception: m['same-angle-every-pair'],
      mistake: 'every pair turned by m·θ_0 = m',
      edits: [
        ['const angle = direction * positions[r] * frequency(i, d, base);', 'const angle = direction * positions[r];'],
      ],
    },
    {
      name: 'backward-forward-rotation',
      misconception: m['backward-forward-rotation'],
      mistake: 'ropeBackward turns dout by +mθ, as the forward does',
      edits: [['return rotatePairs(dout, positions, base, -1);', 'return rotatePairs(dout, positions, base, 1);']],
    },
  ],
  alternatives: [
    {
      name: 'complex',
      difference:
        'complex multiplication: pair i is x[2i] + i·x[2i + 1], multiplied by e^{i·mθ_i} (and by its conjugate in the backward); θ_i = exp(−(2i/d)·ln base); the encoding is (Im, Re) of e^{i·pos·θ_i}',
    },
    {
      name: 'matrices',
      difference:
        'an explicit 2×2 rotation matrix per pair, applied as a matrix-vector product, and its transpose for the backward; angles pos / 10000^(2i/d) as Vaswani et al. write them; the table filled column by column',
    },
    {
      name: 'recurrence',
      difference:
        'the encoding by the angle-addition recurrence down the positions (one cos and sin per pair, none per entry), θ_i = 1/10000^(2i/d); RoPE on a copy, rotated in place',
    },
  ],
});
