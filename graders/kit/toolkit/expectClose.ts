import { failureTensors } from './failureTensors';
import { fail, GradingFailure } from './gradingFailure';
import { flatten, indexOf, type Nested, shapeOf } from './nested';
import { elementBound, referenceTolerance, type ToleranceConstraints } from './tolerance';
import { validateTensor } from './validateTensor';

/** A mistake people make, as the value it would produce on these inputs (float64). */
export interface Suspect {
  readonly misconception: string;
  readonly value: () => Nested;
}

export interface CloseConstraints extends ToleranceConstraints {
  /** The learner function and which of its outputs: named in the message. */
  readonly fn: string;
  readonly argument: string;
  /** Magnitude the absolute error is measured against; default ‖expected‖∞ (see tolerance.ts). */
  readonly scale?: number;
  /** Said when the shape is wrong: "a gradient has the shape of its input". */
  readonly shapeMisconception?: string;
  /** Checked in order when the value is wrong; the first that matches is named. */
  readonly suspects?: readonly Suspect[];
}

export interface Closeness {
  readonly worst: number;
  readonly got: number;
  readonly expected: number;
  /** Error at the worst element over its bound: ≤ 1 passes. */
  readonly ratio: number;
  readonly bound: number;
}

/** Element-wise comparison under the norm-wise bound of tolerance.ts. */
export function closeness(got: readonly number[], expected: readonly number[], eps: number, scale?: number): Closeness {
  const s = scale ?? expected.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  let worst = 0;
  let ratio = -1;
  let bound = 0;
  for (let i = 0; i < expected.length; i++) {
    const b = elementBound(eps, s, expected[i]);
    const err = Math.abs(got[i] - expected[i]);
    // A zero bound (all-zero expected) accepts only exact zeros.
    const r = b > 0 ? err / b : err > 0 ? Infinity : 0;
    if (r > ratio) {
      ratio = r;
      worst = i;
      bound = b;
    }
  }
  return { worst, got: got[worst], expected: expected[worst], ratio: Math.max(ratio, 0), bound };
}

/**
 * Fails unless `got` has the shape of `expected` and agrees with it within
 * the float32-aware bound. Returns the validated value.
 */
export function expectClose(got: unknown, expected: Nested, c: CloseConstraints): Nested {
  const shape = shapeOf(expected);
  let value: Nested;
  try {
    value = validateTensor(got, shape, c);
  } catch (err) {
    if (err instanceof GradingFailure && c.shapeMisconception && /shape|length/.test(err.detail.summary)) {
      fail({ ...err.detail, misconception: c.shapeMisconception });
    }
    throw err;
  }
  const eps = referenceTolerance(c);
  const g = flatten(value);
  const e = flatten(expected);
  const m = closeness(g, e, eps, c.scale);
  if (m.ratio <= 1) return value;
  const index = indexOf(m.worst, shape);
  const misconception = c.suspects?.find((s) => {
    const alt = flatten(s.value());
    return alt.length === g.length && closeness(g, alt, eps, c.scale).ratio <= 1;
  })?.misconception;
  const at = `${c.argument}${index.map((i) => `[${i}]`).join('')}`;
  fail({
    fn: c.fn,
    argument: c.argument,
    index,
    got: m.got,
    expected: m.expected,
    relError: Math.abs(m.got - m.expected) / Math.max(Math.abs(m.expected), Number.MIN_VALUE),
    allowed: m.bound,
    misconception,
    summary: `${at} is ${fmt(m.got)}, expected ${fmt(m.expected)}`,
    // The whole of both, for the report's heatmaps (small tensors only).
    tensors: failureTensors(value, expected),
  });
}

export function fmt(x: number): string {
  // Six significant digits, trailing zeros dropped: 0.0001, 3.14159, 6e-11.
  return Number.isFinite(x) ? String(Number(x.toPrecision(6))) : String(x);
}
