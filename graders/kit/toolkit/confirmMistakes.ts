import fc from 'fast-check';
import { bounds, flatten, type Nested, shapeOf, type Tensor64 } from '../tensor';
import { FLOAT32_UNIT_ROUNDOFF } from '../tensor/tolerance';
import { GradingFailure, NotStartedSignal } from './gradingFailure';
import { type Mistake, type Outputs, THROWS } from './mistake';

/**
 * How far (in multiples of the tolerance) a mistake's output must be from
 * the truth before a case counts as telling them apart. The tolerance is the
 * float32 bound of the oracle (bounds.ts); a float64 learner that makes the
 * mistake matches it ~10⁸ times closer than that, so a margin of 100 leaves
 * nothing to luck on either side.
 */
export const SEPARATION = 100;
/** Fresh cases that tell the mistake apart from the truth, on top of the failing case: "a few". */
export const SEPARATING_CASES = 2;
/** Fresh draws tried per mistake before giving up on finding separating cases. */
export const FRESH_DRAWS = 24;

interface Values {
  readonly shape: readonly number[];
  readonly data: readonly number[];
}

/** A learner's return value as numbers of a rectangular shape (NaN allowed), or undefined if it is not one. */
function valuesOf(v: unknown): Values | undefined {
  if (typeof v === 'number') return { shape: [], data: [v] };
  if (!Array.isArray(v) && !ArrayBuffer.isView(v)) return undefined;
  const nested = (ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number>) : v) as Nested;
  const shape = shapeOf(nested);
  const data = flatten(nested);
  const size = shape.reduce((a, b) => a * b, 1);
  if (data.length !== size || data.some((x) => typeof x !== 'number')) return undefined;
  // A ragged array flattens to the right count by accident only if every row has the first row's length.
  return rectangular(nested, shape, 0) ? { shape, data } : undefined;
}

function rectangular(x: unknown, shape: readonly number[], d: number): boolean {
  if (d === shape.length) return typeof x === 'number';
  return Array.isArray(x) && x.length === shape[d] && x.every((e) => rectangular(e, shape, d + 1));
}

const isTensor64 = (v: unknown): v is Tensor64 => typeof v === 'object' && v !== null && 'err' in v && 'data' in v;

const sameShape = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((d, i) => d === b[i]);

/** |got − want| ≤ bound everywhere; two non-finite values match (both overflowed), a finite and a non-finite do not. */
function within(got: readonly number[], want: ArrayLike<number>, bound: ArrayLike<number>, factor: number): boolean {
  for (let i = 0; i < got.length; i++) {
    const g = got[i];
    const w = want[i];
    if (!Number.isFinite(w) || !Number.isFinite(g)) {
      if (Number.isFinite(w) !== Number.isFinite(g)) return false;
      continue;
    }
    if (!(Math.abs(g - w) <= factor * bound[i])) return false;
  }
  return true;
}

interface Verdict {
  /** The learner did what the mistake predicts on this case. */
  readonly matches: boolean;
  /** The mistake and the truth differ here by SEPARATION times the tolerance. */
  readonly separates: boolean;
}

/** One case: does the learner's code behave as the mistake says, and is this a case where that means something? */
function judge<K, C>(kata: K, m: Mistake<K, C>, c: C): Verdict | undefined {
  let truth: Readonly<Record<string, Tensor64>>;
  let predicted: Outputs | typeof THROWS;
  try {
    truth = m.probe.truth(c);
    predicted = m.predict(c);
  } catch {
    return undefined; // not a case of this probe (another property's input)
  }
  let observed: Readonly<Record<string, unknown>> | undefined;
  let threw = false;
  try {
    observed = m.probe.observe(kata, c);
  } catch (err) {
    if (err instanceof NotStartedSignal) throw err;
    // The learner's code threw (through callLearner, or called directly); a broken rule is not a throw.
    threw = !(err instanceof GradingFailure) || err.detail.kind === 'exception';
  }
  if (predicted === THROWS) return { matches: threw, separates: true };
  if (observed === undefined) return { matches: false, separates: false };
  let matches = true;
  let separates = false;
  for (const [name, prediction] of Object.entries(predicted)) {
    const t = truth[name];
    if (!t)
      throw new Error(
        `confirmMistakes: ${m.misconception.id} predicts "${name}", which the probe's truth does not have`,
      );
    const tolerance = bounds(t, FLOAT32_UNIT_ROUNDOFF);
    const want = isTensor64(prediction)
      ? { shape: prediction.shape, data: Array.from(prediction.data) }
      : valuesOf(prediction);
    if (!want)
      throw new Error(`confirmMistakes: ${m.misconception.id} predicts "${name}" as something that is not numbers`);
    if (!sameShape(want.shape, t.shape) || !within(want.data, t.data, tolerance, SEPARATION)) separates = true;
    const got = valuesOf(observed[name]);
    if (!got || !sameShape(got.shape, want.shape)) {
      matches = false;
      continue;
    }
    // Against the prediction, within the larger of the two bounds (a mistake that scales values scales their rounding).
    const slack = isTensor64(prediction) ? bounds(prediction, FLOAT32_UNIT_ROUNDOFF) : undefined;
    const bound = want.shape.length === t.shape.length && sameShape(want.shape, t.shape) ? tolerance : undefined;
    const tol = want.data.map((w, i) => {
      const b = bound?.[i] ?? 0;
      const s = slack && Number.isFinite(slack[i]) ? slack[i] : b + 2 ** -20 * Math.abs(w);
      return Math.max(b, s);
    });
    if (!within(got.data, want.data, tol, 1)) matches = false;
  }
  return { matches, separates };
}

export interface ConfirmContext<C> {
  /** The first failing input fast-check found, before shrinking. */
  readonly original?: C;
  /** The shrunk counterexample. */
  readonly shrunk?: C;
  readonly seed: number;
}

/** The cases a mistake was judged on, for cross-checks between two confirmed mistakes. */
type Evidence<C> = C[];

function confirmOne<K, C>(kata: K, m: Mistake<K, C>, ctx: ConfirmContext<C>): Evidence<C> | undefined {
  const evidence: C[] = [];
  for (const c of [ctx.original, ctx.shrunk]) {
    if (c === undefined) continue;
    const v = judge(kata, m, c);
    if (!v) continue;
    if (!v.matches) return undefined;
    evidence.push(c);
  }
  let separating = 0;
  const fresh = fc.sample(m.cases ?? m.probe.cases, {
    seed: seedFor(ctx.seed, m.misconception.id),
    numRuns: FRESH_DRAWS,
  });
  for (const c of fresh) {
    const v = judge(kata, m, c);
    if (!v) continue;
    if (!v.matches) return undefined;
    evidence.push(c);
    if (v.separates && ++separating >= SEPARATING_CASES) return evidence;
  }
  return undefined;
}

/**
 * The misconceptions among `mistakes` that the learner's code is shown to
 * make: on the failing case (original and shrunk) and on fresh cases where
 * the mistake and the truth differ by SEPARATION times the tolerance, the
 * learner's outputs match the mistake's, every time. A suspect that cannot be
 * confirmed is not returned; two confirmed ones must also agree with the
 * learner on each other's cases. Ids come back in the order given.
 */
export function confirmMistakes<K>(kata: K, mistakes: readonly Mistake<K, any>[], ctx: ConfirmContext<any>): string[] {
  const confirmed: { m: Mistake<K, unknown>; evidence: unknown[] }[] = [];
  for (const m of mistakes) {
    const evidence = confirmOne(kata, m, ctx);
    if (evidence) confirmed.push({ m, evidence });
  }
  const kept = confirmed.filter(({ m }) =>
    confirmed.every((other) => other.m === m || other.evidence.every((c) => judge(kata, m, c)?.matches !== false)),
  );
  return [...new Set(kept.map(({ m }) => m.misconception.id))];
}

function seedFor(seed: number, id: string): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h | 0;
}
