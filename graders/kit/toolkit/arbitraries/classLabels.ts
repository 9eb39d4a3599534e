import fc from 'fast-check';

/** `n` integer labels in [0, classes): targets for softmax cross-entropy. */
export function classLabels(n: number, classes: number): fc.Arbitrary<number[]> {
  if (!(Number.isInteger(n) && n >= 0 && Number.isInteger(classes) && classes >= 1)) {
    throw new RangeError(`classLabels: need integers n ≥ 0 and classes ≥ 1, got n=${n}, classes=${classes}`);
  }
  return fc.array(fc.integer({ min: 0, max: classes - 1 }), { minLength: n, maxLength: n });
}
