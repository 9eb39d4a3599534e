import { defineVariants } from '../kit/toolkit/defineVariants';

export default defineVariants([
  {
    name: 'wrong-grad-not-divided-by-n',
    mistake: 'δ2 = softmax(z) − onehot(y), without the 1/N of the mean loss',
    message: /not divided by the batch size N/,
  },
  {
    name: 'wrong-loss-summed',
    mistake: 'the loss (and so its gradient) is the sum over the batch, not the mean',
    message: /the loss should be a mean over the batch/,
  },
  {
    name: 'wrong-bias-grad-first-row',
    mistake: "db1 and db2 taken from the first example's δ instead of summed over the batch",
    message: /bias gradient is not summed over the batch/,
  },
  { name: 'wrong-dw1-transposed', mistake: "dW1 = xᵀ·δ1, shape [D, H] instead of W1's [H, D]", message: /dW1 = δ1ᵀ·x/ },
  { name: 'wrong-sigmoid-derivative-plus', mistake: 'σ′ written as σ(1 + σ)', message: /looks like σ\(1 \+ σ\)/ },
  { name: 'wrong-no-sigmoid-backprop', mistake: 'δ1 = δ2·W2 without ⊙ σ′(a1)', message: /skips the sigmoid/ },
  {
    name: 'wrong-softmax-no-max-subtraction',
    mistake: 'softmax as exp(z) / Σ exp(z) without subtracting the row max',
    message: /softmax without max-subtraction/,
  },
  {
    name: 'wrong-log-of-underflowed-probability',
    mistake: 'a stable softmax, then loss = −log p[y], which is ∞ when p[y] underflows to 0',
    message: /underflowed to 0/,
  },
  {
    name: 'alt-per-example-loop',
    difference: "loops over examples, accumulating each example's gradient / N; explicit index loops",
  },
  {
    name: 'alt-log-softmax',
    difference: 'log-softmax z − m − log Σ exp(z − m) first, probabilities as its exp; column-major loop order',
  },
]);
