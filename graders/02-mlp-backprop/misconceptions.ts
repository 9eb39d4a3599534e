import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words live.
export default defineMisconceptions('mlp-backprop', {
  'grad-not-divided-by-n':
    'the cross-entropy gradient is not divided by the batch size N: the loss is a mean, so ∂loss/∂z = (softmax(z) − onehot(y)) / N',
  'loss-summed':
    "the loss is the sum over the N examples: it should be their mean (PyTorch's reduction='mean'), L = (1/N) Σₙ ℓₙ, and its gradient carries the same 1/N",
  'bias-grad-first-row':
    'the bias gradient is not summed over the batch: every example uses the bias, so db = Σₙ δ[n], not the first row δ[0]',
  'dw1-transposed':
    'dW1 is transposed: dW1 = δ1ᵀ·x has the shape of W1, [H, D] (PyTorch layout [out, in]); xᵀ·δ1 is its transpose',
  'dw2-transposed':
    'dW2 is transposed: dW2 = δ2ᵀ·h has the shape of W2, [C, H] (PyTorch layout [out, in]); hᵀ·δ2 is its transpose',
  'sigmoid-derivative-plus':
    "the sigmoid's derivative is written σ(1 + σ): it is σ′(a) = σ(a)(1 − σ(a)) = h(1 − h), at most ¼",
  'no-sigmoid-backprop': 'the backward skips the sigmoid: δ1 = (δ2·W2) ⊙ σ′(a1) with σ′ = h(1 − h), not just δ2·W2',
  'softmax-no-max-subtraction':
    'softmax without max-subtraction: exp(1000) overflows to ∞ and ∞/∞ is NaN; with m the row max, softmax(z) = exp(z − m) / Σ exp(z − m) and log Σ exp(z) = m + log Σ exp(z − m)',
  'log-of-underflowed-probability':
    'the loss takes the log of a probability that underflowed to 0: −log p[y] is ∞ once exp(z[y] − log Σ exp(z)) is below the smallest double; take log p[y] = z[y] − (m + log Σ exp(z − m)) directly (log-softmax)',
});
