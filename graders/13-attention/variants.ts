import { defineVariants } from '../kit/toolkit/defineVariants';

export default defineVariants([
  {
    name: 'wrong-no-scale',
    mistake: 'scores = Q·Kᵀ, the 1/√d_k forgotten',
    message: /the 1\/√d_k scale looks missing/,
  },
  {
    name: 'wrong-divide-by-dk',
    mistake: 'scores = Q·Kᵀ/d_k instead of /√d_k',
    message: /divided by d_k instead of √d_k/,
  },
  {
    name: 'wrong-mask-after-softmax',
    mistake: 'softmax first, then the hidden weights zeroed without renormalising',
    message: /mask applied after the softmax/,
  },
  {
    name: 'wrong-no-max-subtraction',
    mistake: 'softmax as exp(s)/Σexp(s), without subtracting the row max',
    message: /softmax without subtracting the row max/,
  },
  {
    name: 'wrong-elementwise-softmax-backward',
    mistake: 'dS = dP ⊙ P, as if softmax were element-wise',
    message: /softmax backward was treated as element-wise/,
  },
  {
    name: 'wrong-dk-unscaled',
    mistake: 'dK = dSᵀ·Q, the scale forgotten in backward',
    message: /dK is missing the 1\/√d_k factor/,
  },
  {
    name: 'wrong-gradient-through-hidden-scores',
    mistake: 'dS not zeroed where mask == 0 (shows in fully hidden rows)',
    message: /gradient flowed through hidden scores/,
  },
  {
    name: 'alt-online-softmax',
    difference:
      'single streaming pass over the keys with a running max and sum (flash-attention style); backward accumulates per (i, j)',
  },
  {
    name: 'alt-explicit-jacobian',
    difference: 'flat loops, scale folded into Q, softmax backward as the explicit per-row Jacobian diag(p) − p·pᵀ',
  },
  {
    name: 'alt-neg-infinity-mask',
    difference: 'hidden scores −Infinity with an explicit uniform fallback for fully hidden rows',
  },
]);
