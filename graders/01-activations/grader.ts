import fc from 'fast-check';
import type * as Kata from '../../katas/01-activations/activations';
import {
  callLearner,
  checkGradient,
  defineGrader,
  expectClose,
  type Property,
  property,
  validateTensor,
} from '../kit/toolkit';
import { type Case, cases, type Domain, eluAlpha, leakyAlpha, saturatedCases, withDout } from './cases';
import { expectAtKinks, expectAtZero } from './expectAtKinks';
import { expectLimit } from './expectLimit';
import { type ActivationName, activationReference, derivativeReference } from './reference';
import { saturations } from './saturations';
import { suspects } from './suspects';
import { tolerances } from './tolerances';

type K = typeof Kata;
type Fn = Extract<keyof K, string>;
type V = number[];

interface Activation extends Domain {
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

/** Exported for reference.test.ts, which proves the reference on each activation's kinks. */
export const activations: readonly Activation[] = [
  { name: 'sigmoid', id: 'sigmoid', fdRange: 5, points: { value: 2, slope: 2, selfConsistent: 1, saturates: 2 } },
  { name: 'tanh', id: 'tanh', fdRange: 3, points: { value: 2, slope: 2, selfConsistent: 1, saturates: 2 } },
  { name: 'relu', id: 'relu', kinks: [0], fdRange: 10, points: { value: 1, slope: 1, selfConsistent: 1 } },
  {
    name: 'leakyRelu',
    id: 'leaky-relu',
    alpha: leakyAlpha,
    kinks: [0],
    fdRange: 10,
    points: { value: 1, slope: 2, selfConsistent: 1 },
  },
  {
    name: 'elu',
    id: 'elu',
    alpha: eluAlpha,
    kinks: [0],
    fdRange: 5,
    points: { value: 2, slope: 2, selfConsistent: 1, saturates: 1 },
  },
  { name: 'geluTanh', id: 'gelu-tanh', fdRange: 4, points: { value: 2, slope: 2, selfConsistent: 1, saturates: 2 } },
  { name: 'geluErf', id: 'gelu-erf', fdRange: 4, points: { value: 2, slope: 2, selfConsistent: 1, saturates: 1 } },
  {
    name: 'hardSwish',
    id: 'hard-swish',
    kinks: [-3, 3],
    fdRange: 10,
    points: { value: 2, slope: 2, selfConsistent: 1 },
  },
];

const argsOf = (a: Activation, x: V, alpha?: number) => (a.alpha ? { x, alpha } : { x });

/** expectClose's rounding budget and suspects for the value or the slope of `a` at x. */
function budget(a: Activation, side: 'value' | 'slope', x: V, alpha: number) {
  const b = tolerances[a.name][side];
  return {
    ops: b.ops,
    condition: b.condition?.(x),
    scale: b.scale?.(x, alpha),
    suspects: suspects[a.name][side]?.(x, alpha),
  };
}

function propertiesOf(a: Activation): Property<K, any>[] {
  const fwd = a.name as Fn;
  const prime = `${a.name}Prime` as Fn;
  const list: Property<K, any>[] = [
    property({
      id: `${a.id}-matches-reference`,
      name: `${a.name} matches the reference`,
      points: a.points.value,
      arbitrary: cases(a, 10),
      check: (kata, { x, alpha = 0 }: Case) => {
        const got = callLearner(kata, fwd, argsOf(a, x, alpha));
        expectClose(got, activationReference(a.name, x, alpha), {
          fn: fwd,
          argument: `${fwd}(x)`,
          ...budget(a, 'value', x, alpha),
        });
      },
    }),
    property({
      id: `${a.id}-prime-matches-autodiff`,
      name: `${prime} matches autodiff of the reference`,
      points: a.points.slope,
      arbitrary: cases(a, 10),
      check: (kata, { x, alpha = 0 }: Case) => {
        const got = callLearner(kata, prime, argsOf(a, x, alpha));
        expectClose(got, derivativeReference(a.name, x, alpha), {
          fn: prime,
          argument: `${prime}(x)`,
          ...budget(a, 'slope', x, alpha),
        });
      },
    }),
    property({
      id: `${a.id}-prime-self-consistent`,
      name: `${prime} agrees with finite differences of your ${a.name}`,
      points: a.points.selfConsistent,
      arbitrary: withDout(a, a.fdRange),
      check: (kata, { x, alpha, dout }: Case & { dout: V }) => {
        const slope = validateTensor(callLearner(kata, prime, argsOf(a, x, alpha)), [x.length], {
          fn: prime,
          argument: `${prime}(x)`,
        }) as V;
        checkGradient({
          fn: prime,
          forwardName: `your ${a.name}`,
          inputs: { x },
          forward: (inp) =>
            validateTensor(callLearner(kata, fwd, argsOf(a, inp.x as V, alpha)), [x.length], {
              fn: fwd,
              argument: `${fwd}(x)`,
            }),
          dout,
          gradients: { x: slope.map((s, i) => s * dout[i]) },
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
        arbitrary: saturatedCases(a),
        check: (kata, { x, alpha = 0 }: Case) => {
          expectLimit(callLearner(kata, fwd, argsOf(a, x, alpha)), x, (v) => s.limit(v, alpha), fwd, s.unstable);
          expectLimit(
            callLearner(kata, prime, argsOf(a, x, alpha)),
            x,
            (v) => s.slopeLimit(v, alpha),
            prime,
            s.unstable,
          );
        },
      }),
    );
  }
  return list;
}

/** PyTorch's choices where the one-sided slopes differ: the left one at 0 for relu, leakyRelu and elu; 0 at −3 and 1 at 3 for hardSwish. */
const kinkConventions = property({
  id: 'prime-at-kinks-follows-pytorch',
  name: 'relu′, leakyRelu′ and elu′ at x = 0 and hardSwish′ at ±3 follow PyTorch',
  points: 1,
  arbitrary: fc.record({ leaky: leakyAlpha, elu: eluAlpha }),
  check: (kata: K, alphas: { leaky: number; elu: number }) => {
    expectAtZero(
      callLearner(kata, 'reluPrime', { x: [0] }),
      0,
      'reluPrime',
      'relu′(0) = 0 in PyTorch: the slope is 1 only for x > 0, not x ≥ 0',
    );
    expectAtZero(
      callLearner(kata, 'leakyReluPrime', { x: [0], alpha: alphas.leaky }),
      alphas.leaky,
      'leakyReluPrime',
      'leakyRelu′(0) = α in PyTorch: the slope is 1 only for x > 0',
    );
    expectAtZero(
      callLearner(kata, 'eluPrime', { x: [0], alpha: alphas.elu }),
      alphas.elu,
      'eluPrime',
      'elu′(0) = α·e⁰ = α in PyTorch: the slope is 1 only for x > 0',
    );
    expectAtKinks(
      callLearner(kata, 'hardSwishPrime', { x: [-3, 3] }),
      [0, 1],
      'hardSwishPrime',
      'recent PyTorch takes hardSwish′(−3) = 0 and hardSwish′(3) = 1: the middle formula (2x + 3)/6 applies only strictly inside (−3, 3)',
    );
  },
});

export default defineGrader<K>([...activations.flatMap(propertiesOf), kinkConventions]);
