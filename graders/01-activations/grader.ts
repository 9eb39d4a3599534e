import type * as Kata from '../../katas/01-activations/activations';
import { tensor64 } from '../kit/tensor';
import {
  callLearner,
  checkGradient,
  defineGrader,
  expectClose,
  msg,
  type Property,
  property,
  validateTensor,
} from '../kit/toolkit';
import { argsOf, cases, domains, kinkAlphas, kinkCases, saturatedCases, withDout } from './cases';
import { expectAtKinks } from './expectAtKinks';
import { expectLimit } from './expectLimit';
import { mistakes } from './mistakes';
import { type Case, oracle } from './oracle';
import { type ActivationName, activationReference, derivativeReference } from './reference';
import { saturations } from './saturations';

type K = typeof Kata;
type Fn = Extract<keyof K, string>;
type V = number[];
type ActivationProperty = Property<K, Case> | Property<K, Case & { dout: V }>;

interface Activation {
  readonly name: ActivationName;
  readonly id: string;
  /**
   * Self-consistency samples x in [−fdRange, fdRange]. A float64 central
   * difference has rounding error 2⁻⁵²·|f|/h ≈ 4e-11·|f| (h = FD_STEP), so it
   * checks f′ to FD_TOLERANCE = 1e-6 only where |f′| ≫ 4e-5·|f|: |f′/f| is
   * 1e-2 at ±3 for tanh and 7e-3 at ±5 for σ and ELU, and it vanishes beyond;
   * for GELU, 1 + tanh and 1 + erf cancel in a learner's float64 below −4
   * (an error of 1e-16 against a slope of 5e-4 at −4). The saturated range
   * has its own property.
   */
  readonly fdRange: number;
  /** Points per property; `saturates` only for the activations in saturations.ts. */
  readonly points: {
    readonly value: number;
    readonly slope: number;
    readonly selfConsistent: number;
    readonly saturates?: number;
  };
}

/** Exported for reference.test.ts, which proves the reference on each activation. */
export const activations: readonly Activation[] = [
  { name: 'sigmoid', id: 'sigmoid', fdRange: 5, points: { value: 2, slope: 2, selfConsistent: 1, saturates: 2 } },
  { name: 'tanh', id: 'tanh', fdRange: 3, points: { value: 2, slope: 2, selfConsistent: 1, saturates: 2 } },
  { name: 'relu', id: 'relu', fdRange: 10, points: { value: 1, slope: 1, selfConsistent: 1 } },
  { name: 'leakyRelu', id: 'leaky-relu', fdRange: 10, points: { value: 1, slope: 2, selfConsistent: 1 } },
  { name: 'elu', id: 'elu', fdRange: 5, points: { value: 2, slope: 2, selfConsistent: 1, saturates: 1 } },
  { name: 'geluTanh', id: 'gelu-tanh', fdRange: 4, points: { value: 2, slope: 2, selfConsistent: 1, saturates: 2 } },
  { name: 'geluErf', id: 'gelu-erf', fdRange: 4, points: { value: 2, slope: 2, selfConsistent: 1, saturates: 1 } },
  { name: 'hardSwish', id: 'hard-swish', fdRange: 10, points: { value: 2, slope: 2, selfConsistent: 1 } },
];

function propertiesOf(a: Activation): ActivationProperty[] {
  const fwd = a.name as Fn;
  const prime = `${a.name}Prime` as Fn;
  const d = domains[a.name];
  const known = mistakes[a.name];
  const list: ActivationProperty[] = [
    property({
      id: `${a.id}-matches-reference`,
      name: `${a.name} matches the reference`,
      points: a.points.value,
      arbitrary: cases(d, 10),
      diagnose: known.value,
      check: (kata, c: Case, { reference }) => {
        const got = callLearner(kata, fwd, argsOf(a.name, c));
        expectClose(got, activationReference(reference, a.name, c.x, c.alpha), {
          fn: fwd,
          argument: `${fwd}(x)`,
          bound: reference.bounds(oracle[a.name].value(tensor64(c.x), c.alpha ?? 0)),
        });
      },
    }),
    property({
      id: `${a.id}-prime-matches-autodiff`,
      name: `${prime} matches autodiff of the reference`,
      points: a.points.slope,
      arbitrary: cases(d, 10),
      diagnose: known.slope,
      check: (kata, c: Case, { reference }) => {
        const got = callLearner(kata, prime, argsOf(a.name, c));
        expectClose(got, derivativeReference(reference, a.name, c.x, c.alpha), {
          fn: prime,
          argument: `${prime}(x)`,
          kind: 'gradient',
          bound: reference.bounds(oracle[a.name].slope(tensor64(c.x), c.alpha ?? 0)),
        });
      },
    }),
    property({
      id: `${a.id}-prime-self-consistent`,
      name: `${prime} agrees with finite differences of your ${a.name}`,
      points: a.points.selfConsistent,
      arbitrary: withDout(d, a.fdRange),
      // A derivative that does not belong to its forward: the mistake is in one of the two.
      diagnose: [...known.value, ...known.slope],
      check: (kata, c: Case & { dout: V }) => {
        const slope = validateTensor(callLearner(kata, prime, argsOf(a.name, c)), [c.x.length], {
          fn: prime,
          argument: `${prime}(x)`,
        }) as V;
        checkGradient({
          fn: prime,
          forwardName: msg('check.your-fn', { fn: a.name }),
          inputs: { x: c.x },
          forward: (inp) =>
            validateTensor(callLearner(kata, fwd, argsOf(a.name, { ...c, x: inp.x as V })), [c.x.length], {
              fn: fwd,
              argument: `${fwd}(x)`,
            }),
          dout: c.dout,
          gradients: { x: slope.map((s, i) => s * c.dout[i]) },
        });
      },
    }),
  ];
  const s = saturations[a.name];
  if ((a.points.saturates === undefined) !== (s === undefined))
    throw new Error(`${a.name}: saturation points and saturations.ts disagree`);
  if (s && a.points.saturates) {
    list.push(
      property({
        id: `${a.id}-saturates`,
        name: `${a.name} and ${prime} stay finite and reach their limits for |x| up to 1000`,
        points: a.points.saturates,
        arbitrary: saturatedCases(d),
        // An overflow, or a mistake in f or f′ that shows in the limits (σ·(1 + σ) → 2).
        diagnose: [...known.saturated, ...known.value, ...known.slope],
        check: (kata, c: Case) => {
          const alpha = c.alpha ?? 0;
          expectLimit(callLearner(kata, fwd, argsOf(a.name, c)), c.x, (v) => s.limit(v, alpha), fwd);
          expectLimit(callLearner(kata, prime, argsOf(a.name, c)), c.x, (v) => s.slopeLimit(v, alpha), prime);
        },
      }),
    );
  }
  return list;
}

const kinkConventions = property({
  id: 'prime-at-kinks-follows-pytorch',
  name: 'relu′, leakyRelu′ and elu′ at x = 0 and hardSwish′ at ±3 follow PyTorch',
  points: 1,
  arbitrary: kinkAlphas,
  diagnose: Object.values(mistakes).flatMap((k) => k.kinks),
  check: (kata: K, alphas) => {
    for (const [fn, k] of Object.entries(kinkCases(alphas))) {
      const args = 'alpha' in k ? { x: k.x, alpha: k.alpha } : { x: k.x };
      expectAtKinks(callLearner(kata, fn as Fn, args), k.x, k.slope, fn);
    }
  },
});

export default defineGrader<K>([...activations.flatMap(propertiesOf), kinkConventions]);
