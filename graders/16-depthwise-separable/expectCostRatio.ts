import { fail, validateTensor } from '../kit/toolkit';
import { type K, runCosts } from './learner';
import text from './messages';
import type { CostCase } from './oracle';

const questionText = (q: CostCase): string => `Cin = ${q.Cin}, Cout = ${q.Cout}, k = ${q.k}, H×W = ${q.H}×${q.W}`;

function count(value: unknown, fn: string, what: string, q: CostCase): bigint {
  const v = validateTensor(value, [], { fn, argument: what }) as number;
  if (!Number.isSafeInteger(v)) {
    fail({
      fn,
      argument: what,
      kind: 'value',
      got: v,
      message: text['count-not-integer']({ fn, what, got: v, question: questionText(q) }),
    });
  }
  return BigInt(v);
}

/**
 * The guide's formula from the learner's own counts: separable/standard =
 * (C·k² + C·Cout)/(C·Cout·k²) = 1/Cout + 1/k², for the parameters and for
 * the MACs (H·W times each). Compared as integers, with no division:
 * separable·Cout·k² = standard·(Cout + k²), in BigInt (the products pass 2⁵³).
 */
export function expectCostRatio(kata: K, q: CostCase): void {
  const got = runCosts(kata, q);
  for (const what of ['params', 'macs'] as const) {
    const separable = count(got[`separable.${what}`], 'separableCost', what, q);
    const standard = count(got[`standard.${what}`], 'standardCost', what, q);
    const left = separable * BigInt(q.Cout * q.k * q.k);
    const right = standard * BigInt(q.Cout + q.k * q.k);
    if (left !== right) {
      fail({
        fn: 'separableCost',
        argument: what,
        kind: 'value',
        message: text['ratio-not-exact']({
          question: questionText(q),
          what,
          separable: separable.toString(),
          standard: standard.toString(),
          left: left.toString(),
          right: right.toString(),
        }),
      });
    }
  }
}
