import { type Message, msg } from '../results/message';
import { fail, NotStartedSignal } from './gradingFailure';
import { learnerLocation } from './learnerLocation';

export type KataModule = Record<string, unknown>;

/**
 * Calls one learner function the way every check should: on private copies
 * of the inputs (and reports it if the function modified them), with a
 * stub's not-implemented error turned into *not started* and any other
 * exception into a message that points at the learner's line.
 *
 * `args` is named so that messages can say which argument was modified.
 */
export function callLearner<K extends object>(
  kata: K,
  fn: Extract<keyof K, string>,
  args: Readonly<Record<string, unknown>>,
): any {
  const f = (kata as KataModule)[fn];
  if (typeof f !== 'function') {
    fail({
      kind: 'exception',
      fn,
      message: msg('check.not-exported', { fn, found: f === undefined ? msg('check.found-nothing') : typeof f }),
    });
  }
  const names = Object.keys(args);
  const given = names.map((n) => copyData(args[n]));
  const pristine = names.map((n) => copyData(args[n]));
  let result: unknown;
  try {
    result = (f as (...a: unknown[]) => unknown)(...given);
  } catch (err) {
    if (err instanceof Error && err.name === 'NotImplementedError') throw new NotStartedSignal(fn);
    const message =
      err instanceof Error
        ? msg('check.threw', { fn, what: `${err.name}: ${err.message}` })
        : msg('check.threw-non-error', { fn, value: String(err) });
    fail({ kind: 'exception', fn, location: learnerLocation(err), message });
  }
  names.forEach((name, i) => {
    const where = firstDifference(pristine[i], given[i], name);
    if (where) {
      fail({
        kind: 'rule',
        rule: 'inputs-unchanged',
        fn,
        message: msg('check.modified-input', { fn, where }),
      });
    }
  });
  return result;
}

/** Copies arrays, typed arrays and plain objects; functions (an injected rng) pass through. */
function copyData(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(copyData);
  if (ArrayBuffer.isView(x)) return (x as unknown as { slice(): unknown }).slice();
  if (x !== null && typeof x === 'object') {
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, copyData(v)]));
  }
  return x;
}

function firstDifference(a: unknown, b: unknown, path: string): Message | undefined {
  if (typeof a === 'number' && typeof b === 'number') {
    return Object.is(a, b) || a === b
      ? undefined
      : msg('check.changed-value', { path, was: String(a), now: String(b) });
  }
  if (Array.isArray(a) || ArrayBuffer.isView(a)) {
    const aa = a as unknown as ArrayLike<unknown>;
    const bb = b as unknown as ArrayLike<unknown>;
    if (!b || typeof b !== 'object' || bb.length !== aa.length) return msg('check.changed-length', { path });
    for (let i = 0; i < aa.length; i++) {
      const d = firstDifference(aa[i], bb[i], `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  if (a !== null && typeof a === 'object') {
    if (b === null || typeof b !== 'object') return msg('check.replaced', { path });
    for (const k of Object.keys(a)) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
    return undefined;
  }
  return a === b ? undefined : msg('check.changed-value', { path, was: String(a), now: String(b) });
}
