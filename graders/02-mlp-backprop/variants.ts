import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

const MEAN_DZ = `  const N = x.length;
  // ∂loss/∂z = (softmax(z) − onehot(y)) / N: the mean divides every row by N.
  const dz = probs.map((p, n) => p.map((v, c) => (v - (c === y[n] ? 1 : 0)) / N));`;

const SIGMOID_BACKWARD = `  // Back through the second layer, then through the sigmoid: σ′(a) = σ(a)(1 − σ(a)) = h(1 − h).
  const da1 = dz.map((d, n) =>
    W2[0].map((_, j) => h[n][j] * (1 - h[n][j]) * d.reduce((s, dc, c) => s + dc * W2[c][j], 0)),
  );`;

// The proof of this grader (CONTRIBUTING.md): each wrong variant is the
// solution plus one edit, and must be named as its own misconception and no
// other; each alternative is a whole correct program that must pass.
export default defineVariants({
  wrong: [
    {
      name: 'grad-not-divided-by-n',
      misconception: m['grad-not-divided-by-n'],
      mistake: 'δ2 = softmax(z) − onehot(y), without the 1/N of the mean loss',
      edits: [
        [
          MEAN_DZ,
          `  // Mistake: ∂loss/∂z taken as softmax(z) − onehot(y), without the 1/N of the mean.
  const dz = probs.map((p, n) => p.map((v, c) => v - (c === y[n] ? 1 : 0)));`,
        ],
      ],
    },
    {
      name: 'loss-summed',
      misconception: m['loss-summed'],
      mistake: 'the loss (and so its gradient) is the sum over the batch, not the mean',
      edits: [
        [
          'return { loss: loss / x.length, logits, cache: { x, y, h, probs, W2 } };',
          'return { loss, logits, cache: { x, y, h, probs, W2 } }; // mistake: the sum over the batch, not the mean',
        ],
        [
          MEAN_DZ,
          `  // ∂loss/∂z = softmax(z) − onehot(y): the gradient of the summed loss.
  const dz = probs.map((p, n) => p.map((v, c) => v - (c === y[n] ? 1 : 0)));`,
        ],
      ],
    },
    {
      name: 'bias-grad-first-row',
      misconception: m['bias-grad-first-row'],
      mistake: "db1 and db2 taken from the first example's δ instead of summed over the batch",
      edits: [
        ['const sumRows = (A: Matrix): number[] => A[0].map((_, j) => A.reduce((s, row) => s + row[j], 0));\n\n', ''],
        ['db1: sumRows(da1),', "db1: da1[0], // mistake: the first example's δ instead of the sum over the batch"],
        ['db2: sumRows(dz),', 'db2: dz[0],'],
      ],
    },
    {
      name: 'dw1-transposed',
      misconception: m['dw1-transposed'],
      mistake: "dW1 = xᵀ·δ1, shape [D, H] instead of W1's [H, D]",
      edits: [['dW1: transposeTimes(da1, x),', 'dW1: transposeTimes(x, da1), // mistake: xᵀ·δ1, shape [D, H]']],
    },
    {
      name: 'dw2-transposed',
      misconception: m['dw2-transposed'],
      mistake: "dW2 = hᵀ·δ2, shape [H, C] instead of W2's [C, H]",
      edits: [['dW2: transposeTimes(dz, h),', 'dW2: transposeTimes(h, dz), // mistake: hᵀ·δ2, shape [H, C]']],
    },
    {
      name: 'sigmoid-derivative-plus',
      misconception: m['sigmoid-derivative-plus'],
      mistake: 'σ′ written as σ(1 + σ)',
      edits: [
        [
          SIGMOID_BACKWARD,
          `  // Mistake: σ′ written as σ(1 + σ).
  const da1 = dz.map((d, n) =>
    W2[0].map((_, j) => h[n][j] * (1 + h[n][j]) * d.reduce((s, dc, c) => s + dc * W2[c][j], 0)),
  );`,
        ],
      ],
    },
    {
      name: 'no-sigmoid-backprop',
      misconception: m['no-sigmoid-backprop'],
      mistake: 'δ1 = δ2·W2 without ⊙ σ′(a1)',
      edits: [
        [
          SIGMOID_BACKWARD,
          `  // Mistake: back through the second layer only, forgetting ⊙ σ′(a1).
  const da1 = dz.map((d) => W2[0].map((_, j) => d.reduce((s, dc, c) => s + dc * W2[c][j], 0)));`,
        ],
      ],
    },
    {
      name: 'softmax-no-max-subtraction',
      misconception: m['softmax-no-max-subtraction'],
      mistake: 'softmax as exp(z) / Σ exp(z) without subtracting the row max',
      edits: [
        [
          `  // Softmax with the row max subtracted: exp never overflows, and
  // log Σ exp(z) = m + log Σ exp(z − m).
  const probs = logits.map((z, n) => {
    const m = Math.max(...z);
    const e = z.map((v) => Math.exp(v - m));`,
          `  // Mistake: softmax straight from exp(z), without subtracting the row max.
  const probs = logits.map((z, n) => {
    const e = z.map((v) => Math.exp(v));`,
        ],
        ['loss += m + Math.log(total) - z[y[n]];', 'loss += Math.log(total) - z[y[n]];'],
      ],
    },
    {
      name: 'log-of-underflowed-probability',
      misconception: m['log-of-underflowed-probability'],
      mistake: 'a stable softmax, then loss = −log p[y], which is ∞ when p[y] underflows to 0',
      edits: [
        [
          `  // Softmax with the row max subtracted: exp never overflows, and
  // log Σ exp(z) = m + log Σ exp(z − m).`,
          `  // A stable softmax, but the loss is then −log p[y]: a probability that
  // underflowed to 0 gives −log 0 = ∞ (the mistake).`,
        ],
        [
          `    loss += m + Math.log(total) - z[y[n]];
    return e.map((v) => v / total);`,
          `    const p = e.map((v) => v / total);
    loss -= Math.log(p[y[n]]);
    return p;`,
        ],
      ],
    },
  ],
  alternatives: [
    {
      name: 'per-example-loop',
      difference: "loops over examples, accumulating each example's gradient / N; explicit index loops",
    },
    {
      name: 'log-softmax',
      difference: 'log-softmax z − m − log Σ exp(z − m) first, probabilities as its exp; column-major loop order',
    },
  ],
});
