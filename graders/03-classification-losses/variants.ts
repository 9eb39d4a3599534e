import { defineVariants } from '../kit/toolkit/defineVariants';

export default defineVariants([
  {
    name: 'wrong-softmax-grad-not-divided-by-batch',
    mistake: 'softmax-CE dlogits = p − onehot, without the 1/N of the batch mean',
    message: /not divided by the batch size N/,
  },
  {
    name: 'wrong-softmax-grad-minus-one-everywhere',
    mistake: 'softmax-CE dlogits = p − 1 for every class instead of p − onehot',
    message: /subtracts 1 from every class/,
  },
  {
    name: 'wrong-softmax-no-max-subtraction',
    mistake: 'softmax without subtracting the row max: NaN at logits of 1e3',
    message: /softmax without max-subtraction overflows/,
  },
  {
    name: 'wrong-bce-loss-summed',
    mistake: 'BCE summed over the elements instead of averaged (loss and gradient)',
    message: /summed instead of averaged/,
  },
  {
    name: 'wrong-bce-mean-over-batch-only',
    mistake: 'BCE divided by the batch size N instead of by all N·C elements',
    message: /averaged over the batch N only/,
  },
  {
    name: 'wrong-bce-log-sigmoid',
    mistake: 'BCE as −[y·log σ(z) + (1 − y)·log(1 − σ(z))]: −Infinity/NaN at |z| = 1e3',
    message: /log\(sigmoid\(z\)\) underflows.*use softplus/,
  },
  {
    name: 'wrong-focal-alpha-both-classes',
    mistake: 'focal loss weighted by α for both classes instead of α_t',
    message: /α is applied to both classes/,
  },
  {
    name: 'wrong-focal-grad-constant-factor',
    mistake: 'focal gradient ignores the derivative of (1 − p_t)^γ',
    message: /treats the modulating factor \(1 − p_t\)\^γ as a constant/,
  },
  {
    name: 'wrong-focal-grad-negative-power',
    mistake: 'focal gradient with γ(1 − p_t)^(γ−1) not multiplied out: NaN where 1 − p_t rounds to 0',
    message: /\(1 − p_t\)\^\(γ−1\) is Infinity/,
  },
  {
    name: 'alt-logsoftmax-log1p',
    difference: 'log-softmax with log-sum-exp via log1p; BCE as y·softplus(−z) + (1 − y)·softplus(z); index loops',
  },
  {
    name: 'alt-log-sigmoid-identities',
    difference: 'log σ(z) = −softplus(−z) everywhere; BCE as softplus(z) − z·y; focal factor as exp(γ·log(1 − p_t))',
  },
  {
    name: 'alt-torchvision-arithmetic',
    difference: "torchvision's blended p_t and α_t with 1 − p_t by subtraction; softmax CE in two passes",
  },
]);
