import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader (CONTRIBUTING.md): each wrong variant is the
// solution plus one edit, and must be named as its own misconception and no
// other; each alternative is a whole correct program that must pass.

const MSE_COUNT =
  'export function mse(pred: Matrix, target: Matrix): LossAndGradient {\n  const count = pred.length * pred[0].length;';
const MSE_GRAD = 'return (2 * r) / count;';
const HUBER_SIZE = 'const size = pred.length * pred[0].length;';
const BRANCH = 'if (a <= delta) {';
const LINEAR = 'total += delta * (a - 0.5 * delta);';
const LINEAR_GRAD = 'return (delta * Math.sign(r)) / size;';

export default defineVariants({
  wrong: [
    {
      name: 'mse-loss-summed',
      misconception: m['loss-summed'],
      mistake: "reduction = 'sum': the MSE and its gradient are not divided by N·D",
      edits: [
        [
          MSE_COUNT,
          'export function mse(pred: Matrix, target: Matrix): LossAndGradient {\n  const count = 1; // summed, not averaged',
        ],
      ],
    },
    {
      name: 'huber-mean-over-batch-only',
      misconception: m['mean-over-batch-only'],
      mistake: 'Huber divided by the batch size N instead of by all N·D elements',
      edits: [[HUBER_SIZE, 'const size = pred.length;']],
    },
    {
      name: 'mse-grad-missing-two',
      misconception: m['mse-grad-missing-two'],
      mistake: 'MSE dpred = (p − t)/(N·D), the 2 of d(r²)/dr dropped',
      edits: [[MSE_GRAD, 'return r / count;']],
    },
    {
      name: 'mse-grad-not-averaged',
      misconception: m['mse-grad-not-averaged'],
      mistake: 'MSE dpred = 2(p − t): the loss is a mean, its gradient is not',
      edits: [[MSE_GRAD, 'return 2 * r;']],
    },
    {
      name: 'mse-grad-sign-flipped',
      misconception: m['gradient-sign-flipped'],
      mistake: 'MSE dpred = 2(t − p)/(N·D), the sign flipped',
      edits: [[MSE_GRAD, 'return (2 * (target[i][j] - p)) / count;']],
    },
    {
      name: 'huber-linear-missing-half-delta',
      misconception: m['huber-linear-missing-half-delta'],
      mistake: 'the linear branch δ|r| without −δ²/2: the loss jumps by δ²/2 at |r| = δ',
      edits: [[LINEAR, 'total += delta * a;']],
    },
    {
      name: 'huber-branch-without-abs',
      misconception: m['huber-branch-without-abs'],
      mistake: 'the branch test r ≤ δ without |·|: every r < −δ stays quadratic',
      edits: [[BRANCH, 'if (r <= delta) {']],
    },
    {
      name: 'huber-branch-delta-squared',
      misconception: m['huber-branch-delta-squared'],
      mistake: 'the branch test |r| ≤ δ², from r² ≤ δ² half-rewritten',
      edits: [[BRANCH, 'if (a <= delta * delta) {']],
    },
    {
      name: 'huber-grad-missing-delta',
      misconception: m['huber-grad-missing-delta'],
      mistake: 'the linear branch gradient sign(r)/(N·D), without δ',
      edits: [[LINEAR_GRAD, 'return Math.sign(r) / size;']],
    },
    {
      name: 'huber-grad-unclipped',
      misconception: m['huber-grad-unclipped'],
      mistake: 'the gradient r/(N·D) in both branches: not clipped at ±δ',
      edits: [[LINEAR_GRAD, 'return r / size;']],
    },
    {
      name: 'smooth-l1-instead-of-huber',
      misconception: m['smooth-l1-instead-of-huber'],
      mistake: "PyTorch's SmoothL1Loss with β = δ: r²/(2β) and |r| − β/2, Huber divided by δ",
      edits: [
        [
          'total += 0.5 * r * r;\n        return r / size;',
          'total += (0.5 * r * r) / delta;\n        return r / delta / size;',
        ],
        [LINEAR, 'total += a - 0.5 * delta;'],
        [LINEAR_GRAD, 'return Math.sign(r) / size;'],
      ],
    },
  ],
  alternatives: [
    {
      name: 'clipped-form',
      difference: 'Huber as ½·min(|r|, δ)² + δ·max(|r| − δ, 0) without a branch, its gradient clamp(r, −δ, δ)',
    },
    {
      name: 'reduce-flat',
      difference:
        'flattened residuals, losses summed by reduce from the last element, the mean taken per element first',
    },
  ],
});
