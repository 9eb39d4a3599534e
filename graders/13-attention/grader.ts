import type * as Kata from '../../katas/13-attention/attention';
import {
  checkGradient,
  defineGrader,
  expectClose,
  flatten,
  mapNested,
  property,
  referenceTolerance,
  withMisconception,
} from '../kit/toolkit';
import { backward } from './backward';
import { attentionCase, equalKeys, type T4 } from './cases';
import { expectBackwardMatches } from './expectBackwardMatches';
import { expectHiddenKeys } from './expectHiddenKeys';
import { expectRowsSumToOne } from './expectRowsSumToOne';
import { expectSame } from './expectSame';
import { forward, outOf, outShape, weightsOf, weightsShape } from './forward';
import { largeScores } from './largeScores';
import { ELEMENTWISE_BACKWARD } from './misconceptions';
import { permutedCase, permuteKeys, permuteQueries, permuteRows } from './permutedCase';
import { attentionReference, referenceBudget, weightsReference } from './reference';
import { forwardSuspects, gradientSuspects } from './suspects';
import { float64Budget, magnitudes } from './tolerances';
import { validated } from './validated';

export default defineGrader<typeof Kata>([
  property({
    id: 'weights-match-reference',
    name: 'weights match softmax(Q·Kᵀ/√d_k) of the reference',
    points: 2,
    arbitrary: attentionCase(),
    check: (kata, c) => {
      const got = weightsOf(kata, c);
      expectClose(got, weightsReference(c.Q, c.K, c.mask), {
        fn: 'attentionForward',
        argument: 'weights',
        ...referenceBudget(c.Q, c.K, c.V, c.mask),
        shapeMisconception: 'the weights have one row per query and one column per key: [B, H, Sq, Sk]',
        suspects: forwardSuspects(c, 'weights'),
      });
    },
  }),
  property({
    id: 'out-matches-reference',
    name: 'out matches the reference',
    points: 3,
    arbitrary: attentionCase(),
    check: (kata, c) => {
      const got = outOf(kata, c);
      expectClose(got, attentionReference(c.Q, c.K, c.V, c.mask), {
        fn: 'attentionForward',
        argument: 'out',
        ...referenceBudget(c.Q, c.K, c.V, c.mask),
        scale: magnitudes(c).out,
        shapeMisconception: 'out = weights·V has one row per query and d_v columns: [B, H, Sq, d_v]',
        suspects: forwardSuspects(c, 'out'),
      });
    },
  }),
  property({
    id: 'scale-is-one-over-sqrt-dk',
    name: 'scores are scaled by 1/√d_k',
    points: 1,
    // d_k ≥ 2 and Sk ≥ 2: with d_k = 1 every scale is right, with one key every weight is 1.
    arbitrary: attentionCase({ dkMin: 2, SkMin: 2, mask: 'never' }),
    check: (kata, c) => {
      const got = weightsOf(kata, c);
      expectClose(got, weightsReference(c.Q, c.K), {
        fn: 'attentionForward',
        argument: 'weights',
        ...referenceBudget(c.Q, c.K, c.V),
        suspects: forwardSuspects(c, 'weights').slice(0, 2),
      });
    },
  }),
  property({
    id: 'rows-sum-to-one',
    name: 'each row of weights sums to 1',
    points: 1,
    arbitrary: attentionCase({ mask: 'always' }),
    check: (kata, c) => expectRowsSumToOne(weightsOf(kata, c), c),
  }),
  property({
    id: 'masked-keys-get-zero-weight',
    name: 'hidden keys get weight 0 and a fully hidden row is uniform',
    points: 2,
    arbitrary: attentionCase({ mask: 'always' }),
    check: (kata, c) => expectHiddenKeys(weightsOf(kata, c), c),
  }),
  property({
    id: 'keys-permutation-invariant',
    name: 'permuting keys and values together leaves out unchanged',
    points: 1,
    arbitrary: permutedCase('Sk'),
    check: (kata, { c, perm }) => {
      const base = outOf(kata, c);
      const moved = permuteKeys(c, perm);
      const got = outOf(kata, moved);
      expectSame(got, base, referenceTolerance(float64Budget(c)), magnitudes(c).out, {
        argument: 'out',
        summary: `after shuffling the keys by [${perm.join(', ')}] (the rows of K and V and the columns of the mask together), out changed`,
        misconception:
          'attention treats the key/value pairs as a set: out = Σⱼ wᵢⱼ·vⱼ, with wᵢⱼ depending only on qᵢ, kⱼ and mask[i][j]. Is each weight paired with the value row of its own key?',
      });
    },
  }),
  property({
    id: 'queries-permutation-equivariant',
    name: 'permuting queries permutes the rows of out',
    points: 1,
    arbitrary: permutedCase('Sq'),
    check: (kata, { c, perm }) => {
      const base = outOf(kata, c);
      const moved = permuteQueries(c, perm);
      const got = outOf(kata, moved);
      expectSame(got, permuteRows(base, perm), referenceTolerance(float64Budget(c)), magnitudes(c).out, {
        argument: 'out',
        summary: `after shuffling the queries by [${perm.join(', ')}] (the rows of Q and of the mask), out's rows did not move the same way`,
        misconception:
          'each query is attended independently: row i of out depends only on qᵢ, K, V and row i of the mask (no max or sum across queries)',
      });
    },
  }),
  property({
    id: 'stable-for-large-scores',
    name: 'stable for scores of ±1e3',
    points: 2,
    arbitrary: largeScores,
    check: (kata, c) => {
      const r = forward(kata, c);
      validated(r.weights, weightsShape(c), c, 'weights');
      const got = validated(r.out, outShape(c), c, 'out');
      // Scale max|V|, not the terms' magnitude: float32 flushes a weight like
      // exp(−340) to 0, an absolute error that only the values bound (out is
      // a convex combination of the rows of V).
      expectClose(got, attentionReference(c.Q, c.K, c.V), {
        fn: 'attentionForward',
        argument: 'out',
        ...referenceBudget(c.Q, c.K, c.V),
        scale: Math.max(...flatten(c.V).map(Math.abs)),
        suspects: forwardSuspects(c, 'out').slice(0, 2),
      });
    },
  }),
  property({
    id: 'backward-matches-reference',
    name: 'dQ, dK and dV match autodiff of the reference',
    points: 3,
    arbitrary: attentionCase(),
    check: (kata, c) => expectBackwardMatches(backward(kata, c), c),
  }),
  property({
    id: 'backward-self-consistent',
    name: 'dQ, dK and dV agree with finite differences of your forward',
    points: 2,
    arbitrary: attentionCase(),
    check: (kata, c) => {
      const got = backward(kata, c);
      checkGradient({
        fn: 'attentionBackward',
        forwardName: 'your attentionForward',
        inputs: { Q: c.Q, K: c.K, V: c.V },
        // Its rounding-noise floor scales with Σ|dout·out|, so a head that
        // does not depend on Q cannot drown a small slope in rounding.
        forward: (x) => outOf(kata, { ...c, Q: x.Q as T4, K: x.K as T4, V: x.V as T4 }),
        dout: c.dout,
        gradients: { Q: got?.dQ, K: got?.dK, V: got?.dV },
      });
    },
  }),
  property({
    id: 'dq-zero-for-equal-keys',
    name: 'dQ is 0 when every key is the same',
    points: 1,
    arbitrary: equalKeys,
    check: (kata, c) => {
      const got = backward(kata, c);
      withMisconception(
        ELEMENTWISE_BACKWARD,
        () => {
          expectClose(
            got?.dQ,
            mapNested(c.Q, () => 0),
            {
              fn: 'attentionBackward',
              argument: 'dQ',
              ...float64Budget(c),
              scale: magnitudes(c).dQ,
              suspects: gradientSuspects(c, 'dQ').slice(0, 1),
            },
          );
        },
        'with every key equal the weights are uniform whatever Q is, so out does not depend on Q and dQ = 0',
      );
    },
  }),
]);
