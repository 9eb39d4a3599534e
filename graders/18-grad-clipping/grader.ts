import { callLearner, defineGrader, expectClose, fail, fmt, property } from '../kit/toolkit';
import {
  belowCases,
  clippedCases,
  globalNorm,
  type K,
  negativeCases,
  nonFiniteCases,
  normCases,
  valueCases,
  zeroCases,
} from './cases';
import { expectClippedGrads } from './expectClippedGrads';
import { expectFreshArrays } from './expectFreshArrays';
import { expectInsideUntouched } from './expectInsideUntouched';
import { expectNormAfter } from './expectNormAfter';
import { expectOneFactor } from './expectOneFactor';
import { expectRefused } from './expectRefused';
import { expectUnchanged, oneRoundTrip, same } from './expectUnchanged';
import { gradsOf, learnerClip } from './learnerClip';
import text from './messages';
import { normMistakes, valueMistakes } from './mistakes';
import { clipValue64, concat } from './oracle';
import { clipValueReference } from './reference';

// Values against the tfjs reference within the float64 oracle's float32
// bounds (clipping has no gradient of its own to check); the exact cases
// (below the bound, T = 0, T not finite, inside the clip interval) with ===,
// since nothing is computed there. Every clipGradNorm property may fail for
// any of its mistakes (a wrong T breaks the grads too), so each lists them
// all: the engine names one only where the learner's own code makes it.

export default defineGrader<K>([
  property({
    id: 'total-norm',
    name: 'totalNorm is the global L2 norm √(Σ g²) over every tensor together, before clipping',
    points: 3,
    arbitrary: normCases,
    diagnose: normMistakes,
    check: (kata, c, { reference }) => expectClippedGrads(kata, c, reference, 'totalNorm'),
  }),
  property({
    id: 'clipped-grads',
    name: 'grads match the reference: every tensor scaled by min(1, maxNorm / totalNorm)',
    points: 3,
    arbitrary: normCases,
    diagnose: normMistakes,
    check: (kata, c, { reference }) => expectClippedGrads(kata, c, reference, 'grads'),
  }),
  property({
    id: 'norm-after',
    name: 'after clipping the global norm is min(totalNorm, maxNorm): never above maxNorm, equal to it when clipped',
    points: 2,
    arbitrary: normCases,
    diagnose: normMistakes,
    check: (kata, c, { reference }) => expectNormAfter(kata, c, reference),
  }),
  property({
    id: 'direction-kept',
    name: 'direction kept: the clipped grads are c·grads with one factor c for every tensor',
    points: 2,
    arbitrary: clippedCases,
    diagnose: normMistakes,
    check: (kata, c, { reference }) => expectOneFactor(kata, c, reference),
  }),
  property({
    id: 'untouched-below-bound',
    name: 'below the bound (totalNorm ≤ maxNorm) the grads come back as they were (to the rounding of g·maxNorm/maxNorm)',
    points: 2,
    arbitrary: belowCases,
    diagnose: normMistakes,
    check: (kata, c) => {
      const t = fmt(globalNorm(c.grads));
      expectUnchanged(
        learnerClip(kata, c).grads,
        c.grads,
        'clipGradNorm',
        (p) => text['changed-below-bound']({ ...p, t, maxNorm: fmt(c.maxNorm) }),
        oneRoundTrip,
      );
    },
  }),
  property({
    id: 'zero-gradients',
    name: 'all-zero gradients, or none, give totalNorm 0 and come back unchanged, with no NaN',
    points: 1,
    arbitrary: zeroCases,
    diagnose: normMistakes,
    check: (kata, c) => {
      const what = c.grads.length ? text['all-zero']({ count: c.grads.length }) : text['no-tensors']();
      const got = learnerClip(kata, c);
      if (got.totalNorm !== 0) {
        fail({
          fn: 'clipGradNorm',
          argument: 'totalNorm',
          message: text['zero-norm']({ what, got: String(got.totalNorm) }),
        });
      }
      expectUnchanged(got.grads, c.grads, 'clipGradNorm', (p) => text['zero-changed']({ ...p, what }));
    },
  }),
  property({
    id: 'non-finite-reported',
    name: 'a NaN or ±∞ gradient: totalNorm is NaN (any NaN) or Infinity, and the grads come back unchanged',
    points: 2,
    arbitrary: nonFiniteCases,
    diagnose: normMistakes,
    check: (kata, c) => {
      const flat = concat(c.grads);
      const expected = flat.some(Number.isNaN) ? Number.NaN : Number.POSITIVE_INFINITY;
      const bad = [...new Set(flat.filter((v) => !Number.isFinite(v)).map(String))].join(', ');
      const got = learnerClip(kata, c);
      if (typeof got.totalNorm !== 'number' || !same(got.totalNorm, expected)) {
        const message = text['non-finite-norm']({ bad, got: String(got.totalNorm), expected: String(expected) });
        fail({ fn: 'clipGradNorm', argument: 'totalNorm', message });
      }
      expectUnchanged(got.grads, c.grads, 'clipGradNorm', (p) =>
        text['non-finite-changed']({ ...p, t: String(expected) }),
      );
    },
  }),
  property({
    id: 'inputs-unchanged',
    name: "clipGradNorm and clipGradValue leave the caller's arrays as they were and return new ones",
    points: 1,
    arbitrary: normCases,
    diagnose: normMistakes,
    check: expectFreshArrays,
  }),
  property({
    id: 'value-clamp',
    name: 'clipGradValue clamps every element to [−clipValue, clipValue]',
    points: 2,
    arbitrary: valueCases,
    diagnose: valueMistakes,
    check: (kata, c, { reference }) => {
      const got = gradsOf(
        callLearner(kata, 'clipGradValue', { grads: c.grads, clipValue: c.clipValue }),
        c.grads,
        'clipGradValue',
      );
      const ref = clipValueReference(reference, c.grads, c.clipValue).out;
      const bound = reference.bounds(clipValue64(c).out);
      let start = 0;
      c.grads.forEach((g, k) => {
        const end = start + g.length;
        expectClose(got[k], ref.slice(start, end), {
          fn: 'clipGradValue',
          argument: `out[${k}]`,
          bound: bound.slice(start, end),
        });
        start = end;
      });
    },
  }),
  property({
    id: 'value-inside-untouched',
    name: 'clipGradValue leaves elements inside the interval exactly as they were, and clipping twice changes nothing',
    points: 1,
    arbitrary: valueCases,
    diagnose: valueMistakes,
    check: expectInsideUntouched,
  }),
  property({
    id: 'negative-bound-throws',
    name: 'a negative maxNorm or clipValue throws an Error (0 is allowed, as in PyTorch)',
    points: 1,
    arbitrary: negativeCases,
    check: expectRefused,
  }),
]);
