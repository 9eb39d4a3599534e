import type { Misconception } from './defineMisconceptions';

/** One exact edit of the solution's text: `find` must occur exactly once. */
export type Edit = readonly [find: string, replace: string];

/** A mistake people really make, stored as the solution plus the one change that makes it. */
export interface WrongVariant {
  /** Kebab-case, unique in the kata: the folder it is materialised in. */
  readonly name: string;
  /** The misconception the grader must name for it, and no other. */
  readonly misconception: Misconception;
  /** The mistake in a learner's words, for the readable copy's first line. */
  readonly mistake: string;
  readonly edits: readonly Edit[];
}

/**
 * A correct solution written differently from ours: a whole file in the
 * kata's `alternatives/<name>.ts` when it is a genuinely different program,
 * or, when it differs in one place (another tiling, another starting
 * offset), the solution plus `edits` like a wrong variant.
 */
export interface Alternative {
  readonly name: string;
  /** How it differs: "i-k-j loop order", "log-sum-exp via log1p". */
  readonly difference: string;
  readonly edits?: readonly Edit[];
}

export interface Variants {
  readonly wrong: readonly WrongVariant[];
  readonly alternatives: readonly Alternative[];
}

/** The floor every kata's proof stands on (CONTRIBUTING.md): mistakes people make, and other right answers. */
export const MIN_WRONG_VARIANTS = 6;
export const MIN_ALTERNATIVES = 2;

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A kata's proof: the mistakes its grader must name, and the other right answers it must accept. */
export function defineVariants(v: Variants): Variants {
  const names = new Set<string>();
  for (const { name } of [...v.wrong, ...v.alternatives]) {
    if (!KEBAB.test(name)) throw new Error(`defineVariants: "${name}" must be kebab-case`);
    if (names.has(name)) throw new Error(`defineVariants: "${name}" is used twice`);
    names.add(name);
  }
  for (const w of v.wrong) {
    if (w.edits.length === 0) throw new Error(`defineVariants: wrong variant "${w.name}" has no edit`);
  }
  if (v.wrong.length < MIN_WRONG_VARIANTS || v.alternatives.length < MIN_ALTERNATIVES) {
    throw new Error(
      `defineVariants: a kata needs ≥ ${MIN_WRONG_VARIANTS} wrong variants and ≥ ${MIN_ALTERNATIVES} alternatives, got ${v.wrong.length} and ${v.alternatives.length}`,
    );
  }
  return v;
}
