import type { Conv, PrunedFilters } from '../../katas/25-pruning/pruning';
import { shapeOf } from '../kit/tensor';
import { callLearner, fail, fmt } from '../kit/toolkit';
import type { FilterCase, K } from './cases';
import text from './messages';
import { pruneCount } from './oracle';

const shown = (x: unknown): string => (JSON.stringify(x) ?? String(x)).slice(0, 160);
const isConv = (x: unknown): x is Conv =>
  typeof x === 'object' && x !== null && Array.isArray((x as Conv).w) && Array.isArray((x as Conv).b);

/** Nested arrays of numbers of exactly this shape. */
function hasShape(x: unknown, shape: readonly number[]): boolean {
  if (shape.length === 0) return typeof x === 'number';
  return Array.isArray(x) && x.length === shape[0] && x.every((e) => hasShape(e, shape.slice(1)));
}

/** The shape of a learner's tensor as far as it has one, for a message. */
function shapeText(x: unknown): string {
  try {
    return shapeOf(x as number[]).join(', ');
  } catch {
    return '?';
  }
}

/**
 * pruneFilters on the case, its form checked: both layers with the shapes
 * k = round(amount·Cout) removed filters give, and kept a list of Cout − k
 * distinct filter indices (in any order: another property reads the order).
 */
export function learnerFilters(kata: K, c: FilterCase): PrunedFilters {
  const got = callLearner(kata, 'pruneFilters', { conv1: c.conv1, conv2: c.conv2, amount: c.amount });
  if (!isConv(got?.conv1) || !isConv(got?.conv2) || !Array.isArray(got?.kept)) {
    fail({ kind: 'shape', fn: 'pruneFilters', message: text['not-filters']({ got: shown(got) }) });
  }
  const [cout, cin, kh, kw] = shapeOf(c.conv1.w);
  const [c2, , kh2, kw2] = shapeOf(c.conv2.w);
  const k = pruneCount(c.amount, cout);
  const m = cout - k;
  const expected: [string, unknown, number[]][] = [
    ['conv1.w', got.conv1.w, [m, cin, kh, kw]],
    ['conv1.b', got.conv1.b, [m]],
    ['conv2.w', got.conv2.w, [c2, m, kh2, kw2]],
    ['conv2.b', got.conv2.b, [c2]],
    ['kept', got.kept, [m]],
  ];
  for (const [what, value, shape] of expected) {
    if (hasShape(value, shape)) continue;
    const params = { what, got: shapeText(value), expected: shape.join(', '), amount: fmt(c.amount), cout, k, m };
    const unpruned = what === 'conv2.w' && m < cout && hasShape(value, [c2, cout, kh2, kw2]);
    fail({
      kind: 'shape',
      fn: 'pruneFilters',
      argument: what,
      message: unpruned ? text['next-layer-unpruned'](params) : text['filters-shape'](params),
    });
  }
  const kept = got.kept as number[];
  const valid = kept.every((o) => Number.isInteger(o) && o >= 0 && o < cout) && new Set(kept).size === m;
  if (!valid) {
    fail({
      kind: 'shape',
      fn: 'pruneFilters',
      argument: 'kept',
      message: text['kept-invalid']({ kept: kept.join(', '), m, last: cout - 1 }),
    });
  }
  return got;
}
