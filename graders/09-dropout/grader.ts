import { tensor64 } from '../kit/tensor';
import { defineGrader, expectClose, expectFinite, fail, property, type ReferenceBackend } from '../kit/toolkit';
import { cases, type K, pOneCases, pZeroCases, streamCases } from './cases';
import { expectKeptFraction, expectMeanPreserved, STREAM_RUNS } from './expectStreamStatistics';
import { runBackward, runForward } from './learner';
import text from './messages';
import { evalMistakes, trainingMistakes } from './mistakes';
import { type Case, oracle } from './oracle';
import { dropoutReference } from './reference';

/** out and dx against the reference within the oracle's bounds (0 where a unit was dropped); with p = 1 finite first. */
function expectTrainingOutputs(kata: K, c: Case, reference: ReferenceBackend): void {
  const got = runBackward(kata, c);
  const context = c.p === 1 ? text['with-p-one']() : undefined;
  if (context) {
    expectFinite(got.out, { fn: 'dropoutForward', argument: 'out', context });
    expectFinite(got.dx, { fn: 'dropoutBackward', argument: 'dx', context });
  }
  const truth = oracle(c);
  const { out, dx } = dropoutReference(reference, c);
  expectClose(got.out, out, { fn: 'dropoutForward', argument: 'out', bound: reference.bounds(truth.out), context });
  expectClose(got.dx, dx, {
    fn: 'dropoutBackward',
    argument: 'dx',
    kind: 'gradient',
    bound: reference.bounds(truth.dx),
    context,
  });
}

export default defineGrader<K>([
  property({
    id: 'forward-matches-reference',
    name: 'out = x·m/(1 − p), with m from one rng() per element, kept iff u ≥ p',
    points: 3,
    arbitrary: cases,
    diagnose: trainingMistakes,
    check: (kata, c, { reference }) => {
      expectClose(runForward(kata, c).out, dropoutReference(reference, c).out, {
        fn: 'dropoutForward',
        argument: 'out',
        bound: reference.bounds(oracle(c).out),
      });
    },
  }),
  property({
    id: 'backward-matches-reference',
    name: 'dx = dout·m/(1 − p) from the cached mask: 0 for dropped units (autodiff of the reference)',
    points: 2,
    arbitrary: cases,
    diagnose: trainingMistakes,
    check: (kata, c, { reference }) => {
      expectClose(runBackward(kata, c).dx, dropoutReference(reference, c).dx, {
        fn: 'dropoutBackward',
        argument: 'dx',
        kind: 'gradient',
        bound: reference.bounds(oracle(c).dx),
      });
    },
  }),
  property({
    id: 'one-draw-per-element',
    name: 'training draws exactly one number from rng per element (or none at p = 0 and p = 1)',
    points: 1,
    arbitrary: cases,
    diagnose: trainingMistakes,
    check: (kata, c) => {
      const n = c.x.length * c.x[0].length;
      const { draws } = runForward(kata, c);
      // At p = 0 and p = 1 the mask is known without a draw: skipping them (as PyTorch does) costs less and changes no output.
      const skipped = (c.p === 0 || c.p === 1) && draws === 0;
      if (draws !== n && !skipped) {
        fail({
          kind: 'rule',
          rule: 'one-draw-per-element',
          fn: 'dropoutForward',
          got: draws,
          expected: n,
          message: text.draws({ count: draws, n, p: c.p }),
        });
      }
    },
  }),
  property({
    id: 'eval-identity',
    name: 'in eval mode out = x and dx = dout, and rng is never called',
    points: 2,
    arbitrary: cases,
    diagnose: evalMistakes,
    check: (kata, c, { reference }) => {
      const got = runBackward(kata, c, false);
      if (got.draws !== 0) {
        fail({
          kind: 'rule',
          rule: 'eval-draws-nothing',
          fn: 'dropoutForward',
          got: got.draws,
          expected: 0,
          message: text['eval-draws']({ got: got.draws }),
        });
      }
      expectClose(got.out, c.x, {
        fn: 'dropoutForward',
        argument: 'out',
        bound: reference.bounds(tensor64(c.x)),
        context: text['in-eval'](),
      });
      expectClose(got.dx, c.dout, {
        fn: 'dropoutBackward',
        argument: 'dx',
        kind: 'gradient',
        bound: reference.bounds(tensor64(c.dout)),
        context: text['in-eval'](),
      });
    },
  }),
  property({
    id: 'p-zero-identity',
    name: 'with p = 0 out = x and dx = dout',
    points: 1,
    arbitrary: pZeroCases,
    diagnose: trainingMistakes,
    check: (kata, c, { reference }) => expectTrainingOutputs(kata, c, reference),
  }),
  property({
    id: 'p-one-zeros',
    name: 'with p = 1 out and dx are all zeros, with no NaN',
    points: 1,
    arbitrary: pOneCases,
    diagnose: trainingMistakes,
    check: (kata, c, { reference }) => expectTrainingOutputs(kata, c, reference),
  }),
  property({
    id: 'mean-preserved',
    name: 'on a uniform rng stream mean(out) matches mean(x) within a derived band (false rejection ≤ 10⁻⁶)',
    points: 1,
    arbitrary: streamCases,
    numRuns: STREAM_RUNS,
    diagnose: trainingMistakes,
    check: (kata, c) => expectMeanPreserved(kata, c),
  }),
  property({
    id: 'kept-fraction',
    name: 'on a uniform rng stream the fraction of kept units is 1 − p within a binomial band (false rejection ≤ 10⁻⁶)',
    points: 1,
    arbitrary: streamCases,
    numRuns: STREAM_RUNS,
    diagnose: trainingMistakes,
    check: (kata, c) => expectKeptFraction(kata, c),
  }),
]);
