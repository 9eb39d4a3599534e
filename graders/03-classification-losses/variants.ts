import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader (CONTRIBUTING.md): each wrong variant is the
// solution plus one edit, and must be named as its own misconception and no
// other; each alternative is a whole correct program that must pass.

const SOFTMAX_GRAD = 'return exps.map((e, j) => (e / sum - (j === labels[i] ? 1 : 0)) / n);';
const BCE_GRAD = 'return (sigmoid(z) - y) / count;';
const BCE_COUNT =
  'export function binaryCrossEntropyWithLogits(logits: Matrix, targets: Matrix): LossAndGradient {\n  const count = logits.length * logits[0].length;';
const ALPHA_T = 'const alphaT = y === 1 ? alpha : 1 - alpha;';
const FOCAL_GRAD = 'return (sign * alphaT * (gamma * modulating * pt * logPt - modulating * q)) / count;';

export default defineVariants({
  wrong: [
    {
      name: 'softmax-grad-not-divided-by-batch',
      misconception: m['softmax-grad-not-divided-by-batch'],
      mistake: 'softmax-CE dlogits = p − onehot, without the 1/N of the batch mean',
      edits: [[SOFTMAX_GRAD, 'return exps.map((e, j) => e / sum - (j === labels[i] ? 1 : 0));']],
    },
    {
      name: 'softmax-grad-minus-one-everywhere',
      misconception: m['softmax-grad-minus-one-everywhere'],
      mistake: 'softmax-CE dlogits = (p − 1)/N for every class instead of (p − onehot)/N',
      edits: [[SOFTMAX_GRAD, 'return exps.map((e) => (e / sum - 1) / n);']],
    },
    {
      // Added: the label's −1 forgotten, dlogits = p/N.
      name: 'softmax-grad-onehot-missing',
      misconception: m['softmax-grad-onehot-missing'],
      mistake: 'softmax-CE dlogits = p/N, the one-hot label never subtracted',
      edits: [[SOFTMAX_GRAD, 'return exps.map((e) => e / sum / n);']],
    },
    {
      name: 'softmax-no-max-subtraction',
      misconception: m['softmax-no-max-subtraction'],
      mistake: 'softmax and log-sum-exp without subtracting the row max: overflows at logits of 1e3',
      edits: [
        [
          'const m = Math.max(...row);\n    const exps = row.map((z) => Math.exp(z - m));',
          'const exps = row.map((z) => Math.exp(z));',
        ],
        ['total += m + Math.log(sum) - row[labels[i]];', 'total += Math.log(sum) - row[labels[i]];'],
      ],
    },
    {
      // Added: the loss's 1/N forgotten while the gradient keeps it.
      name: 'softmax-loss-summed',
      misconception: m['softmax-loss-summed'],
      mistake: 'softmax-CE loss summed over the batch (the gradient still divided by N)',
      edits: [['return { loss: total / n, dlogits };', 'return { loss: total, dlogits };']],
    },
    {
      // Added: the sign of σ(z) − y, the classic slip in a hand-written BCE backward.
      name: 'bce-grad-sign-flipped',
      misconception: m['gradient-sign-flipped'],
      mistake: 'BCE dlogits = (y − σ(z))/(N·C), the sign flipped',
      edits: [[BCE_GRAD, 'return (y - sigmoid(z)) / count;']],
    },
    {
      name: 'bce-loss-summed',
      misconception: m['elementwise-loss-summed'],
      mistake: 'reduction = sum: the BCE loss and its gradient are not divided by N·C',
      edits: [
        [
          BCE_COUNT,
          'export function binaryCrossEntropyWithLogits(logits: Matrix, targets: Matrix): LossAndGradient {\n  const count = 1; // summed, not averaged',
        ],
      ],
    },
    {
      name: 'bce-mean-over-batch-only',
      misconception: m['elementwise-mean-over-batch-only'],
      mistake: 'BCE divided by the batch size N instead of by all N·C elements',
      edits: [
        [
          BCE_COUNT,
          'export function binaryCrossEntropyWithLogits(logits: Matrix, targets: Matrix): LossAndGradient {\n  const count = logits.length;',
        ],
      ],
    },
    {
      name: 'bce-log-sigmoid',
      misconception: m['bce-log-sigmoid'],
      mistake: 'BCE as −[y·log σ(z) + (1 − y)·log(1 − σ(z))]: −Infinity/NaN at |z| = 1e3',
      edits: [
        [
          'total += Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));',
          'const p = 1 / (1 + Math.exp(-z));\n      total += -(y * Math.log(p) + (1 - y) * Math.log(1 - p));',
        ],
      ],
    },
    {
      // Added: the textbook σ(z) = e^z/(1 + e^z), NaN once e^z overflows.
      name: 'bce-sigmoid-overflow',
      misconception: m['bce-sigmoid-overflow'],
      mistake: 'BCE dlogits with σ(z) = e^z/(1 + e^z): Infinity/Infinity = NaN at z = 1e3',
      edits: [[BCE_GRAD, 'return (Math.exp(z) / (1 + Math.exp(z)) - y) / count;']],
    },
    {
      name: 'focal-alpha-both-classes',
      misconception: m['focal-alpha-both-classes'],
      mistake: 'focal loss weighted by α for both classes instead of α_t (1 − α for negatives)',
      edits: [[ALPHA_T, 'const alphaT = alpha;']],
    },
    {
      // Added: α_t left out altogether.
      name: 'focal-alpha-missing',
      misconception: m['focal-alpha-missing'],
      mistake: 'focal loss without the class weight α_t',
      edits: [[ALPHA_T, 'const alphaT = 1; // the class weight left out']],
    },
    {
      name: 'focal-grad-constant-factor',
      misconception: m['focal-grad-constant-factor'],
      mistake: 'the focal gradient treats (1 − p_t)^γ as a constant: dlogits = α_t(1 − p_t)^γ(p − y)/(N·C)',
      edits: [[FOCAL_GRAD, 'return (sign * alphaT * (-modulating * q)) / count;']],
    },
    {
      name: 'focal-grad-negative-power',
      misconception: m['focal-grad-negative-power'],
      mistake:
        'the focal gradient keeps γ(1 − p_t)^(γ−1)·(1 − p_t)p_t unsimplified: Infinity·0 = NaN where 1 − p_t rounds to 0 and γ < 1',
      edits: [
        [
          FOCAL_GRAD,
          'const dModulating = -gamma * q ** (gamma - 1) * (q * pt); // d(q^γ)/dz_t, dq/dz_t = −q·p_t\n      return (sign * alphaT * (-dModulating * logPt - modulating * q)) / count;',
        ],
      ],
    },
    {
      // Added: log p_t taken of the probability, −Infinity once p_t rounds to 0.
      name: 'focal-log-pt',
      misconception: m['focal-log-pt'],
      mistake: 'focal loss with log p_t = log(σ(z_t)): −Infinity where p_t rounds to 0 at z_t = −1e3',
      edits: [['const logPt = -softplus(-zt);', 'const logPt = Math.log(pt);']],
    },
  ],
  alternatives: [
    {
      name: 'logsoftmax-log1p',
      difference: 'log-softmax with log-sum-exp via log1p; BCE as y·softplus(−z) + (1 − y)·softplus(z); index loops',
    },
    {
      name: 'log-sigmoid-identities',
      difference: 'log σ(z) = −softplus(−z) everywhere; BCE as softplus(z) − z·y; focal factor as exp(γ·log(1 − p_t))',
    },
    {
      name: 'torchvision-arithmetic',
      difference: "torchvision's blended p_t and α_t with 1 − p_t by subtraction; softmax CE in two passes",
    },
  ],
});
