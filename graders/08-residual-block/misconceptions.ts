import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words live.
export default defineMisconceptions('residual-block', {
  'relu-after-addition':
    'a ReLU was applied after the addition, out = ReLU(x + F(x)): that is the original (post-activation) ResNet; the block asked for is y = x + F(x), the identity path left untouched, with F(x) = ReLU(x·W1ᵀ + b1)·W2ᵀ + b2',
  'weight-not-transposed':
    "a linear layer computed x·W instead of x·Wᵀ: in PyTorch's layout W is [out, in], so unit j of x·Wᵀ + b is bⱼ + Σₖ xₖ·Wⱼₖ (with H ≠ D the shapes do not even fit)",
  'dx-missing-skip':
    'dx forgot the skip path: y = x + F(x), so dx = dout + dz·W1 — the gradient through the identity, dout, plus the gradient through F',
  'bias-grad-wrong-axis':
    'a bias gradient was summed over the features of each row: a bias is added to every row of the batch, so db2 = Σᵢ doutᵢ and db1 = Σᵢ dzᵢ, sums over the N rows, of shape [D] and [H]',
  'relu-grad-at-kink':
    'ReLU′(0) was taken as 1 (a mask z ≥ 0): PyTorch takes ReLU′(0) = 0, the mask is z > 0, so a unit whose pre-activation is exactly 0 passes no gradient',
  'dw2-from-pre-activation':
    'dW2 used the pre-activation z: the second layer sees h = ReLU(z), so dW2 = doutᵀ·h, with the negative z clipped to 0',
  'backward-missing-relu-mask':
    "the backward left out ReLU's mask: dz = dh ⊙ 1[z > 0], where dh = dout·W2, so the units the ReLU switched off get no gradient (dW1, db1 and the F path of dx all go through dz)",
});
