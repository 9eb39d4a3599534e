import type * as Kata from '../../katas/13-attention/attention';
import { mapNested, type Nested } from '../kit/tensor';
import {
  type Bound,
  checkGradient,
  defineGrader,
  expectClose,
  expectOutputs,
  type Message,
  msg,
  property,
} from '../kit/toolkit';
import { attentionCase, equalKeys, type T4 } from './cases';
import { expectHiddenKeys } from './expectHiddenKeys';
import { expectRowsSumToOne } from './expectRowsSumToOne';
import { largeScores } from './largeScores';
import { forwardOutput, runBackward, runForward } from './learner';
import text from './messages';
import { inBackward, inForward } from './mistakes';
import { attention64, forward64 } from './oracle';
import { permutedCase, permuteKeys, permuteQueries, permuteRows } from './permutedCase';
import { attentionBackwardReference, attentionReference, weightsReference } from './reference';

type K = typeof Kata;

/** out after a permutation against what it must be, the summary saying which permutation. */
function expectAfter(context: Message, got: Nested, expected: Nested, bound: Bound): void {
  expectClose(got, expected, { fn: 'attentionForward', argument: 'out', bound, context });
}

// Every forward mistake shows in weights and out on cases with and without a mask.
const everyForwardMistake = inForward(
  'scale-missing',
  'divided-by-dk',
  'mask-ignored',
  'mask-inverted',
  'mask-after-softmax',
  'softmax-over-queries',
  'no-max-subtraction',
);

export default defineGrader<K>([
  property({
    id: 'weights-match-reference',
    name: 'weights match softmax(Q·Kᵀ/√d_k) of the reference',
    points: 2,
    arbitrary: attentionCase(),
    diagnose: everyForwardMistake,
    check: (kata, c, { reference }) => {
      expectClose(forwardOutput(kata, c, 'weights'), weightsReference(reference, c), {
        fn: 'attentionForward',
        argument: 'weights',
        bound: reference.bounds(forward64(c).weights),
      });
    },
  }),
  property({
    id: 'out-matches-reference',
    name: 'out matches the reference',
    points: 3,
    arbitrary: attentionCase(),
    diagnose: everyForwardMistake,
    check: (kata, c, { reference }) => {
      expectClose(forwardOutput(kata, c, 'out'), attentionReference(reference, c), {
        fn: 'attentionForward',
        argument: 'out',
        bound: reference.bounds(forward64(c).out),
      });
    },
  }),
  property({
    id: 'scale-is-one-over-sqrt-dk',
    name: 'scores are scaled by 1/√d_k',
    points: 1,
    // d_k ≥ 2 and Sk ≥ 2: with d_k = 1 every scale is right, with one key every weight is 1.
    arbitrary: attentionCase({ dkMin: 2, SkMin: 2, mask: 'never' }),
    diagnose: inForward('scale-missing', 'divided-by-dk', 'softmax-over-queries'),
    check: (kata, c, { reference }) => {
      expectClose(forwardOutput(kata, c, 'weights'), weightsReference(reference, c), {
        fn: 'attentionForward',
        argument: 'weights',
        bound: reference.bounds(forward64(c).weights),
      });
    },
  }),
  property({
    id: 'rows-sum-to-one',
    name: 'each row of weights sums to 1',
    points: 1,
    arbitrary: attentionCase({ mask: 'always' }),
    diagnose: inForward('mask-after-softmax', 'softmax-over-queries', 'no-max-subtraction'),
    check: (kata, c, { reference }) =>
      expectRowsSumToOne(forwardOutput(kata, c, 'weights'), forward64(c).weights, (t) => reference.bounds(t)),
  }),
  property({
    id: 'masked-keys-get-zero-weight',
    name: 'hidden keys get weight 0 and a fully hidden row is uniform',
    points: 2,
    arbitrary: attentionCase({ mask: 'always' }),
    diagnose: inForward(
      'mask-ignored',
      'mask-inverted',
      'mask-after-softmax',
      'softmax-over-queries',
      'no-max-subtraction',
    ),
    check: (kata, c, { reference }) => {
      const truth = forward64(c).weights;
      expectHiddenKeys(forwardOutput(kata, c, 'weights'), c, truth, reference.bounds(truth));
    },
  }),
  property({
    id: 'keys-permutation-invariant',
    name: 'permuting keys and values together leaves out unchanged',
    points: 1,
    arbitrary: permutedCase('Sk'),
    // Every known mistake treats the keys as a set; a NaN (fully hidden rows) still shows here.
    diagnose: inForward('no-max-subtraction'),
    check: (kata, { c, perm }, { reference }) => {
      const base = forwardOutput(kata, c, 'out');
      const moved = permuteKeys(c, perm);
      expectAfter(
        text['after-shuffling-keys']({ perm: perm.join(', ') }),
        forwardOutput(kata, moved, 'out'),
        base,
        reference.bounds(forward64(moved).out),
      );
    },
  }),
  property({
    id: 'queries-permutation-equivariant',
    name: 'permuting queries permutes the rows of out',
    points: 1,
    arbitrary: permutedCase('Sq'),
    diagnose: inForward('no-max-subtraction'),
    check: (kata, { c, perm }, { reference }) => {
      const base = forwardOutput(kata, c, 'out');
      const moved = permuteQueries(c, perm);
      expectAfter(
        text['after-shuffling-queries']({ perm: perm.join(', ') }),
        forwardOutput(kata, moved, 'out'),
        permuteRows(base, perm),
        reference.bounds(forward64(moved).out),
      );
    },
  }),
  property({
    id: 'stable-for-large-scores',
    name: 'stable for scores of ±1e3',
    points: 2,
    arbitrary: largeScores,
    diagnose: inForward('no-max-subtraction', 'scale-missing', 'divided-by-dk', 'softmax-over-queries'),
    check: (kata, c, { reference }) => {
      const truth = forward64(c);
      expectOutputs(
        runForward(kata, c),
        { weights: weightsReference(reference, c), out: attentionReference(reference, c) },
        {
          fn: 'attentionForward',
          bounds: { weights: reference.bounds(truth.weights), out: reference.bounds(truth.out) },
        },
      );
    },
  }),
  property({
    id: 'backward-matches-reference',
    name: 'dQ, dK and dV match autodiff of the reference',
    points: 3,
    arbitrary: attentionCase(),
    diagnose: inBackward(
      'elementwise-softmax-backward',
      'dq-unscaled',
      'dk-unscaled',
      'gradient-through-hidden-scores',
      'scale-missing',
      'divided-by-dk',
      'mask-ignored',
      'mask-inverted',
      'mask-after-softmax',
      'softmax-over-queries',
      'no-max-subtraction',
    ),
    check: (kata, c, { reference }) => {
      const truth = attention64(c);
      expectOutputs(runBackward(kata, c), attentionBackwardReference(reference, c), {
        fn: 'attentionBackward',
        bounds: { dV: reference.bounds(truth.dV), dQ: reference.bounds(truth.dQ), dK: reference.bounds(truth.dK) },
        gradients: ['dV', 'dQ', 'dK'],
      });
    },
  }),
  property({
    id: 'backward-self-consistent',
    name: 'dQ, dK and dV agree with finite differences of your forward',
    points: 2,
    arbitrary: attentionCase(),
    // The mistakes that make a backward disagree with its own forward.
    diagnose: inBackward(
      'elementwise-softmax-backward',
      'dq-unscaled',
      'dk-unscaled',
      'gradient-through-hidden-scores',
      'mask-after-softmax',
      'softmax-over-queries',
      'no-max-subtraction',
    ),
    check: (kata, c) => {
      const got = runBackward(kata, c);
      checkGradient({
        fn: 'attentionBackward',
        forwardName: msg('check.your-fn', { fn: 'attentionForward' }),
        inputs: { Q: c.Q, K: c.K, V: c.V },
        // Its rounding-noise floor scales with Σ|dout·out|, so a head that
        // does not depend on Q cannot drown a small slope in rounding.
        forward: (x) => forwardOutput(kata, { ...c, Q: x.Q as T4, K: x.K as T4, V: x.V as T4 }, 'out'),
        dout: c.dout,
        gradients: { Q: got?.dQ, K: got?.dK, V: got?.dV },
      });
    },
  }),
  property({
    id: 'dq-zero-for-equal-keys',
    name: 'dQ is 0 when every key is the same',
    points: 1,
    // With every key equal the weights are uniform whatever Q is, so out does not depend on Q.
    arbitrary: equalKeys,
    diagnose: inBackward('elementwise-softmax-backward', 'softmax-over-queries'),
    check: (kata, c, { reference }) => {
      expectClose(
        runBackward(kata, c)?.dQ,
        mapNested(c.Q, () => 0),
        { fn: 'attentionBackward', argument: 'dQ', kind: 'gradient', bound: reference.bounds(attention64(c).dQ) },
      );
    },
  }),
]);
