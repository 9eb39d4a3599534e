import { shapeOf, toNested } from '../kit/tensor';
import {
  checkGradient,
  defineGrader,
  expectClose,
  expectOutputs,
  fail,
  msg,
  property,
  type ReferenceBackend,
  validateTensor,
} from '../kit/toolkit';
import { type Case, mhaCase, type T3, type T4 } from './cases';
import { bumpValue, changeFuture, diagonalCase, futureCase } from './causalCases';
import { expectNotDivisibleRejected } from './expectNotDivisibleRejected';
import { expectRowsSumToOne } from './expectRowsSumToOne';
import { headsPicture } from './headsPicture';
import { type K, runBackward, runForward } from './learner';
import text from './messages';
import { inBackward, inForward } from './mistakes';
import { notDivisibleCase } from './notDivisible';
import { mha64 } from './oracle';
import { permutedHeads, permuteHeads } from './permutedHeads';
import { GRADIENTS, mhaReference, weightsReference } from './reference';
import { singleHead64 } from './singleHead';

const everyForwardMistake = inForward(
  'scale-by-d-model',
  'heads-interleaved',
  'weights-not-transposed',
  'causal-hides-diagonal',
  'mask-after-softmax',
  'softmax-over-queries',
  'key-from-query',
);

/** out, validated to be finite and of [N, Lq, d]. */
const outOf = (kata: K, c: Case): T3 =>
  validateTensor(runForward(kata, c).out, shapeOf(c.query), { fn: 'mhaForward', argument: 'out' }) as T3;

/** weights and out against the reference, within the float32 bounds of the oracle that mirrors it. */
function expectForward(kata: K, c: Case, reference: ReferenceBackend): void {
  const truth = mha64(c);
  const { out, weights } = runForward(kata, c);
  expectOutputs(
    { weights, out },
    { weights: weightsReference(reference, c), out: mhaReference(reference, c).out },
    { fn: 'mhaForward', bounds: { weights: reference.bounds(truth.weights), out: reference.bounds(truth.out) } },
  );
}

export default defineGrader<K>(
  [
    property({
      id: 'self-attention-matches-reference',
      name: 'self-attention: weights and out match the reference',
      points: 3,
      arbitrary: mhaCase({ attention: 'self' }),
      diagnose: everyForwardMistake,
      check: (kata, c, { reference }) => expectForward(kata, c, reference),
    }),
    property({
      id: 'cross-attention-matches-reference',
      name: 'cross-attention (Lq ≠ Lk): weights and out match the reference',
      points: 3,
      arbitrary: mhaCase({ attention: 'cross' }),
      diagnose: everyForwardMistake,
      check: (kata, c, { reference }) => expectForward(kata, c, reference),
    }),
    property({
      id: 'scale-is-one-over-sqrt-dhead',
      name: 'scores are scaled by 1/√d_head, not 1/√d_model',
      points: 1,
      // Two heads or more: with one, d_head = d_model and both scales agree.
      arbitrary: mhaCase({ headsMin: 2, causal: 'never' }),
      diagnose: everyForwardMistake,
      check: (kata, c, { reference }) => {
        expectClose(runForward(kata, c).weights, weightsReference(reference, c), {
          fn: 'mhaForward',
          argument: 'weights',
          bound: reference.bounds(mha64(c).weights),
        });
      },
    }),
    property({
      id: 'rows-sum-to-one',
      name: 'each row of every head’s weights sums to 1',
      points: 1,
      arbitrary: mhaCase({ causal: 'always', LkMin: 2 }),
      diagnose: inForward('mask-after-softmax', 'softmax-over-queries'),
      check: (kata, c, { reference }) => {
        const [N, Lq] = shapeOf(c.query);
        const w = validateTensor(runForward(kata, c).weights, [N, c.heads, Lq, c.key[0].length], {
          fn: 'mhaForward',
          argument: 'weights',
        }) as T4;
        expectRowsSumToOne(w, mha64(c).weights, (t) => reference.bounds(t));
      },
    }),
    property({
      id: 'causal-hides-the-future',
      name: 'with causal = true, keys and values after position i do not change out at i',
      points: 2,
      arbitrary: futureCase,
      diagnose: everyForwardMistake,
      check: (kata, { c, t, fresh }, { reference }) => {
        const before = outOf(kata, c);
        const moved = changeFuture(c, t, fresh);
        const after = outOf(kata, moved);
        // Positions after t may change; at or before t, out must be what it was.
        const expected = after.map((seq, n) => seq.map((row, i) => (i <= t ? before[n][i] : row)));
        expectClose(after, expected, {
          fn: 'mhaForward',
          argument: 'out',
          bound: reference.bounds(mha64(moved).out),
          context: text['after-changing-future']({ t }),
        });
      },
    }),
    property({
      id: 'causal-sees-the-diagonal',
      name: 'with causal = true, query i sees key i itself',
      points: 1,
      arbitrary: diagonalCase,
      diagnose: everyForwardMistake,
      check: (kata, { c, t }, { reference }) => {
        const before = outOf(kata, c);
        const moved = bumpValue(c, t);
        const after = outOf(kata, moved);
        const bound = reference.bounds(mha64(moved).out);
        const d = c.query[0][0].length;
        before.forEach((seq, n) => {
          const moves = seq[t].some((v, k) => Math.abs(after[n][t][k] - v) > bound[(n * seq.length + t) * d + k]);
          if (!moves) {
            fail({ fn: 'mhaForward', argument: 'out', index: [n, t], message: text['diagonal-hidden']({ n, t }) });
          }
        });
      },
    }),
    property({
      id: 'one-head-is-attention',
      name: 'with one head, it is scaled dot-product attention of the projections',
      points: 1,
      arbitrary: mhaCase({ headsMax: 1 }),
      diagnose: everyForwardMistake,
      check: (kata, c, { reference }) => {
        const truth = singleHead64(c);
        const { out, weights } = runForward(kata, c);
        expectOutputs(
          { weights, out },
          { weights: toNested(truth.weights), out: toNested(truth.out) },
          {
            fn: 'mhaForward',
            bounds: { weights: reference.bounds(truth.weights), out: reference.bounds(truth.out) },
          },
        );
      },
    }),
    property({
      id: 'heads-permutation-invariant',
      name: 'permuting the heads (W_q, W_k, W_v rows with W_o columns) leaves out unchanged',
      points: 1,
      arbitrary: permutedHeads,
      diagnose: everyForwardMistake,
      check: (kata, { c, perm }, { reference }) => {
        const base = outOf(kata, c);
        const moved = permuteHeads(c, perm);
        expectClose(outOf(kata, moved), base, {
          fn: 'mhaForward',
          argument: 'out',
          bound: reference.bounds(mha64(moved).out),
          context: text['after-permuting-heads']({ perm: perm.join(', ') }),
        });
      },
    }),
    property({
      id: 'backward-matches-reference',
      name: 'all eleven gradients match autodiff of the reference',
      points: 4,
      arbitrary: mhaCase(),
      diagnose: inBackward(
        'bias-grad-averaged',
        'scale-by-d-model',
        'heads-interleaved',
        'mask-after-softmax',
        'softmax-over-queries',
      ),
      check: (kata, c, { reference }) => {
        const truth = mha64(c);
        const { out: _, ...expected } = mhaReference(reference, c);
        expectOutputs(runBackward(kata, c), expected, {
          fn: 'mhaBackward',
          bounds: Object.fromEntries(GRADIENTS.map((g) => [g, reference.bounds(truth[g])])),
          gradients: GRADIENTS,
        });
      },
    }),
    property({
      id: 'backward-self-consistent',
      name: 'all eleven gradients agree with finite differences of your forward',
      points: 2,
      arbitrary: mhaCase(),
      diagnose: inBackward('bias-grad-averaged'),
      check: (kata, c) => {
        const got = runBackward(kata, c);
        const inputs = Object.fromEntries(GRADIENTS.map((g) => [g.slice(1), c[g.slice(1) as keyof Case]])) as Record<
          string,
          number[] | number[][] | T3
        >;
        checkGradient({
          fn: 'mhaBackward',
          forwardName: msg('check.your-fn', { fn: 'mhaForward' }),
          inputs,
          // Self-attention's one sequence is three separate inputs here, as in the learner's signature.
          forward: (x) => outOf(kata, { ...c, ...x } as Case),
          dout: c.dout,
          gradients: Object.fromEntries(GRADIENTS.map((g) => [g.slice(1), got[g]])),
        });
      },
    }),
    property({
      id: 'heads-must-divide-d-model',
      name: 'a d_model that heads does not divide throws an error',
      points: 1,
      arbitrary: notDivisibleCase,
      check: (kata, c) => expectNotDivisibleRejected(kata, c),
    }),
  ],
  { pictures: [headsPicture] },
);
