/**
 * A mutant of a solution that cannot change any output the kata's contract
 * defines, with the reason. `npm run mutate` counts these apart and leaves
 * them out of the score. "The tolerance is too loose to see it" is never a
 * reason: that is a finding about the tolerance.
 *
 * A mutant is matched by its mutator, its replacement and a piece of the
 * source line it sits on (not the line number, which moves with edits).
 */
export interface EquivalentMutant {
  readonly mutator: string;
  readonly replacement: string;
  /** Text that appears on the mutated line of the solution. */
  readonly line: string;
  readonly reason: string;
}

export function defineEquivalentMutants(list: readonly EquivalentMutant[]): readonly EquivalentMutant[] {
  for (const m of list) {
    if (m.reason.trim().length < 10)
      throw new Error(`defineEquivalentMutants: say why ${m.mutator} → ${m.replacement} cannot change an output`);
  }
  return list;
}
