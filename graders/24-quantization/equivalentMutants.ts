import { defineEquivalentMutants } from '../kit/toolkit/defineEquivalentMutants';

// Mutants of solutions/24-quantization that no output the kata defines can
// tell apart from the solution.
const wording =
  "the error's wording is the learner's to choose (the stub asks for an Error, any Error): an empty message still throws, and the contract defines no output that reads the text";
const ties =
  'a loop that also replaces the running extreme by an equal value ends on the same number (−0 and +0 aside, which give the same scale and zero point: min(−0, 0) and lo/scale = −0 round to the same integer)';

export default defineEquivalentMutants([
  { mutator: 'EqualityOperator', replacement: 'v <= m', line: 'for (const v of xs) if (v < m) m = v;', reason: ties },
  { mutator: 'EqualityOperator', replacement: 'v >= m', line: 'for (const v of xs) if (v > m) m = v;', reason: ties },
  {
    mutator: 'StringLiteral',
    replacement: '""',
    line: "const { scheme = 'asymmetric', qmin = -128, qmax = 127 } = opts;",
    reason:
      "only 'symmetric' is tested for (scheme === 'symmetric'); every other value, the empty string included, takes the asymmetric branch that the default names",
  },
  {
    mutator: 'ArithmeticOperator',
    replacement: 'wRow[k] + w.zeroPoint[o]',
    line: 'acc += (qx[k] - xp.zeroPoint) * (wRow[k] - w.zeroPoint[o]);',
    reason:
      "the layer's weights are always symmetric (the stub fixes it), so every weight zero point is 0 and q − 0 = q + 0",
  },
  { mutator: 'StringLiteral', replacement: '``', line: 'quantParams: need finite min ≤ max', reason: wording },
  { mutator: 'StringLiteral', replacement: '``', line: 'quantParams: need integers qmin < qmax', reason: wording },
]);
