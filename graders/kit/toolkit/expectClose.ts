import type { FailureKind, OutputVerdict } from '../results/failure';
import { type Message, msg } from '../results/message';
import { closeness, flatten, indexOf, type Nested, shapeOf, sizeOf } from '../tensor';
import { fmtPair } from '../tensor/fmt';
import { type Argument, argumentAt, argumentText } from './argumentName';
import { failureTensors } from './failureTensors';
import { fail, GradingFailure, messageOf, type Observation } from './gradingFailure';
import { validateTensor } from './validateTensor';

/** Absolute bounds, element by element (`reference.bounds(truth.C)`), or one bound for every element. */
export type Bound = ArrayLike<number> | number;

export interface CloseConstraints {
  /** The learner function and which of its outputs: named in the message. */
  readonly fn: string;
  readonly argument: Argument;
  readonly bound: Bound;
  /** 'gradient' for a gradient compared with autodiff. Default 'value'. */
  readonly kind?: Extract<FailureKind, 'value' | 'gradient'>;
  /** What makes this comparison special, put before the summary: "after shuffling the keys by [1, 0], out changed". */
  readonly context?: Message;
}

const boundsOf = (b: Bound, n: number): ArrayLike<number> => (typeof b === 'number' ? new Float64Array(n).fill(b) : b);

/** What is wrong with `got`, or undefined when it has the shape of `expected` and is within the bound. */
function observe(got: unknown, expected: Nested, c: CloseConstraints): Observation | undefined {
  const shape = shapeOf(expected);
  let value: Nested;
  try {
    value = validateTensor(got, shape, c);
  } catch (err) {
    if (!(err instanceof GradingFailure)) throw err;
    // A well-formed tensor of the wrong shape is shown next to the reference (replay, report).
    const wrongShape = err.detail.kind === 'shape' ? wellFormed(got) : undefined;
    return wrongShape ? { ...err.detail, tensors: failureTensors(wrongShape, expected) } : err.detail;
  }
  const g = flatten(value);
  const e = flatten(expected);
  const m = closeness(g, e, boundsOf(c.bound, e.length));
  if (m.ratio <= 1) return undefined;
  const index = indexOf(m.worst, shape);
  const [gs, es] = fmtPair(m.got, m.expected);
  return {
    kind: c.kind ?? 'value',
    fn: c.fn,
    argument: argumentText(c.argument),
    index,
    got: m.got,
    expected: m.expected,
    relError: Math.abs(m.got - m.expected) / Math.max(Math.abs(m.expected), Number.MIN_VALUE),
    allowed: m.bound,
    message: msg('check.value-is', { at: argumentAt(c.argument, index), got: gs, expected: es }),
    // The whole of both, for the report's heatmaps (small tensors only).
    tensors: failureTensors(value, expected),
  };
}

/** `x` as a tensor when it is one: nested arrays of finite numbers, not ragged. */
function wellFormed(x: unknown): Nested | undefined {
  if (!Array.isArray(x)) return undefined;
  try {
    const values = flatten(x as Nested);
    const whole = values.length === sizeOf(shapeOf(x as Nested));
    return whole && values.every((v) => typeof v === 'number' && Number.isFinite(v)) ? (x as Nested) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fails unless `got` has the shape of `expected` and agrees with it within
 * `bound` everywhere. Returns the validated value.
 */
export function expectClose(got: unknown, expected: Nested, c: CloseConstraints): Nested {
  const wrong = observe(got, expected, c);
  if (wrong)
    fail(
      c.context
        ? { ...wrong, message: msg('check.in-context', { context: c.context, inner: messageOf(wrong) }) }
        : wrong,
    );
  return got as Nested;
}

export interface OutputsConstraints {
  readonly fn: string;
  /** One bound per output, by name. */
  readonly bounds: Readonly<Record<string, Bound>>;
  /** Outputs compared as gradients (their failures are of kind 'gradient'). */
  readonly gradients?: readonly string[];
}

/**
 * Compares every named output of a learner function's result (`{ dQ, dK, dV }`)
 * and fails at the first wrong one, saying which others were right: "dV is
 * wrong while dQ and dK are right" is what was observed, not a guess.
 */
export function expectOutputs(
  got: unknown,
  expected: Readonly<Record<string, Nested>>,
  c: OutputsConstraints,
): Record<string, Nested> {
  const result = (got ?? {}) as Record<string, unknown>;
  const verdicts: OutputVerdict[] = [];
  let first: Observation | undefined;
  for (const [name, want] of Object.entries(expected)) {
    const kind = c.gradients?.includes(name) ? 'gradient' : 'value';
    const bound = c.bounds[name];
    if (bound === undefined) throw new Error(`expectOutputs: no bound for "${name}"`);
    const wrong = observe(typeof got === 'object' ? result[name] : undefined, want, {
      fn: c.fn,
      argument: name,
      bound,
      kind,
    });
    verdicts.push({ name, ok: !wrong });
    first ??= wrong;
  }
  if (first) fail(verdicts.length > 1 ? { ...first, outputs: verdicts } : first);
  return result as Record<string, Nested>;
}
