/**
 * The proof of a grader: versions of the kata's solution that it must
 * classify right. Each lives in graders/<NN-slug>/variants/<name>/ as a
 * target folder (<name>/<NN-slug>/<slug>.ts), so
 * `KATA_TARGET=graders/<NN-slug>/variants/<name> npm test -- <slug>` grades it.
 */
export type Variant =
  | {
      /** `wrong-…`: a mistake people really make. */
      readonly name: `wrong-${string}`;
      /** The misconception, in a learner's words. */
      readonly mistake: string;
      /** Must appear in the failing property's message: the grader names the misconception. */
      readonly message: RegExp;
    }
  | {
      /** `alt-…`: a correct solution written differently from ours. */
      readonly name: `alt-${string}`;
      /** How it differs: "i-k-j loop order", "log-sum-exp via log1p". */
      readonly difference: string;
    };

export function defineVariants(variants: readonly Variant[]): readonly Variant[] {
  const wrong = variants.filter((v) => v.name.startsWith('wrong-')).length;
  const alt = variants.length - wrong;
  if (wrong < 4 || alt < 2)
    throw new Error(`defineVariants: a kata needs ≥ 4 wrong and ≥ 2 alternative variants, got ${wrong} and ${alt}`);
  return variants;
}
