import type fc from 'fast-check';
import type { ReferenceBackend } from '../backends/referenceBackend';
import type { Picture } from './definePicture';
import type { Mistake } from './mistake';

/** What a check is given besides the kata and its input: the reference, started by whoever grades. */
export interface GradingEnv {
  readonly reference: ReferenceBackend;
}

/**
 * One graded fact about a kata: inputs drawn by `arbitrary`, a `check` that
 * throws (GradingFailure, via the toolkit's checks) when the learner's code
 * breaks the fact, and the points it is worth.
 */
export interface Property<K, I> {
  /** Short, stable, kebab-case: used by `--only` and in results.json. */
  readonly id: string;
  /** A short fact, as a test name: "rows sum to one". */
  readonly name: string;
  readonly points: number;
  readonly arbitrary: fc.Arbitrary<I>;
  readonly check: (kata: K, input: I, env: GradingEnv) => void;
  /**
   * The mistakes a failure of this property may be diagnosed as. Each is
   * named only if the learner's code reproduces it where it differs from the
   * truth (confirmMistakes.ts); none is ever guessed.
   */
  readonly diagnose?: readonly Mistake<K, any>[];
  /** Default DEFAULT_RUNS; a property that is costly or exhaustive may say otherwise, with a reason. */
  readonly numRuns?: number;
}

export interface Grader<K = any> {
  readonly properties: readonly Property<K, any>[];
  /** Plots of the learner's code for the HTML report, drawn after the properties; they carry no points. */
  readonly pictures?: readonly Picture<K>[];
}

export interface GraderOptions<K> {
  readonly pictures?: readonly Picture<K>[];
}

export const DEFAULT_RUNS = 30;

/** Types one property (the input type flows from the arbitrary to the check). */
export function property<K, I>(p: Property<K, I>): Property<K, I> {
  return p;
}

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A kata's grader: its properties, checked for unique ids and positive points, and its pictures (unique ids). */
export function defineGrader<K>(properties: readonly Property<K, any>[], options: GraderOptions<K> = {}): Grader<K> {
  const seen = new Set<string>();
  for (const p of properties) {
    if (!KEBAB.test(p.id)) throw new Error(`defineGrader: property id "${p.id}" must be kebab-case`);
    if (seen.has(p.id)) throw new Error(`defineGrader: property id "${p.id}" is used twice`);
    if (!(Number.isInteger(p.points) && p.points > 0)) {
      throw new Error(`defineGrader: property "${p.id}" needs a positive integer number of points`);
    }
    seen.add(p.id);
  }
  const pictures = options.pictures ?? [];
  const drawn = new Set<string>();
  for (const p of pictures) {
    if (!KEBAB.test(p.id)) throw new Error(`defineGrader: picture id "${p.id}" must be kebab-case`);
    if (drawn.has(p.id)) throw new Error(`defineGrader: picture id "${p.id}" is used twice`);
    drawn.add(p.id);
  }
  return pictures.length ? { properties, pictures } : { properties };
}

/** Every misconception a grader can name, id → text: what reporters turn ids into (misconceptionsOf is its one reader). */
export function misconceptionsOf(grader: Grader): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of grader.properties) for (const m of p.diagnose ?? []) out[m.misconception.id] = m.misconception.text;
  return out;
}
