import { toNested } from '../kit/tensor';
import { checkGradient, defineGrader, expectClose, type GradingEnv, type Message, msg, property } from '../kit/toolkit';
import { cases, distinctCases, type K, negativeCases, oneWindowCases, tiedCases } from './cases';
import { expectAvgGradientTotal } from './expectAvgGradientTotal';
import { expectRoutesToArgmax } from './expectRoutesToArgmax';
import { runAvg, runAvgBackward, runMax, runMaxBackward } from './learner';
import text from './messages';
import {
  avgBackwardMistakes,
  avgForwardMistakes,
  maxBackwardMistakes,
  maxForwardMistakes,
  tieMistakes,
} from './mistakes';
import { avgPoolOracle, type Case, maxPoolOracle, type Tensor4 } from './oracle';
import { avgPoolReference, maxPoolReference } from './reference';

const firstNonzero = (d: Tensor4): { n: number; c: number; i: number; j: number } => {
  for (let n = 0; n < d.length; n++)
    for (let c = 0; c < d[n].length; c++)
      for (let i = 0; i < d[n][c].length; i++)
        for (let j = 0; j < d[n][c][i].length; j++) if (d[n][c][i][j] !== 0) return { n, c, i, j };
  return { n: 0, c: 0, i: 0, j: 0 };
};

const selfConsistent = (kind: 'max' | 'avg') => (kata: K, c: Case) => {
  const [run, runBackward, fn] =
    kind === 'max' ? ([runMax, runMaxBackward, 'maxPool'] as const) : ([runAvg, runAvgBackward, 'avgPool'] as const);
  checkGradient({
    fn: `${fn}Backward`,
    forwardName: msg('check.your-fn', { fn: `${fn}Forward` }),
    inputs: { x: c.x },
    forward: (inp) => run(kata, c, inp.x as Tensor4).out as Tensor4,
    dout: c.dout,
    gradients: { x: runBackward(kata, c) },
  });
};

const pools = {
  max: { fn: 'maxPool', run: runMax, runBackward: runMaxBackward, reference: maxPoolReference, oracle: maxPoolOracle },
  avg: { fn: 'avgPool', run: runAvg, runBackward: runAvgBackward, reference: avgPoolReference, oracle: avgPoolOracle },
} as const;

/** The learner's out, or dx, against the reference within the oracle's bound; `context` says what the case is. */
const matchesReference =
  (kind: 'max' | 'avg', output: 'out' | 'dx', context?: (c: Case) => Message) =>
  (kata: K, c: Case, { reference }: GradingEnv): void => {
    const pool = pools[kind];
    const got = output === 'out' ? pool.run(kata, c).out : pool.runBackward(kata, c);
    expectClose(got, pool.reference(reference, c)[output], {
      fn: `${pool.fn}${output === 'out' ? 'Forward' : 'Backward'}`,
      argument: output,
      ...(output === 'dx' ? { kind: 'gradient' as const } : {}),
      bound: reference.bounds(pool.oracle(c)[output]),
      ...(context ? { context: context(c) } : {}),
    });
  };

export default defineGrader<K>([
  property({
    id: 'max-forward-matches-reference',
    name: 'out of maxPoolForward matches the reference',
    points: 2,
    arbitrary: cases,
    diagnose: maxForwardMistakes,
    check: matchesReference('max', 'out'),
  }),
  property({
    id: 'max-padding-never-wins',
    name: 'padding never wins a maximum (all-negative inputs with padding)',
    points: 1,
    arbitrary: negativeCases,
    diagnose: maxForwardMistakes,
    check: matchesReference('max', 'out', () => text['all-negative']()),
  }),
  property({
    id: 'max-backward-matches-reference',
    name: 'dx of maxPoolBackward matches autodiff of the reference (no ties)',
    points: 2,
    arbitrary: distinctCases,
    diagnose: maxBackwardMistakes,
    check: matchesReference('max', 'dx'),
  }),
  property({
    id: 'max-gradient-routes-to-argmax',
    name: "the max-pool gradient reaches only the windows' maxima and adds up to dout",
    points: 1,
    arbitrary: distinctCases,
    diagnose: maxBackwardMistakes,
    check: (kata, c, { reference }) => expectRoutesToArgmax(kata, c, reference),
  }),
  property({
    id: 'max-ties-like-pytorch',
    name: "on tied maxima the gradient goes to the window's first maximum in row-major order, as PyTorch",
    points: 2,
    arbitrary: tiedCases,
    diagnose: tieMistakes,
    // The float64 oracle is the reference here, whatever the backend does with ties.
    check: (kata, c, { reference }) => {
      const truth = maxPoolOracle(c).dx;
      expectClose(runMaxBackward(kata, c), toNested(truth), {
        fn: 'maxPoolBackward',
        argument: 'dx',
        kind: 'gradient',
        bound: reference.bounds(truth),
      });
    },
  }),
  property({
    id: 'max-backward-self-consistent',
    name: 'dx of maxPoolBackward agrees with finite differences of your maxPoolForward (no ties)',
    points: 1,
    arbitrary: distinctCases,
    diagnose: maxBackwardMistakes,
    check: selfConsistent('max'),
  }),
  property({
    id: 'avg-forward-matches-reference',
    name: 'out of avgPoolForward matches the reference (padded zeros counted)',
    points: 2,
    arbitrary: cases,
    diagnose: avgForwardMistakes,
    check: matchesReference('avg', 'out'),
  }),
  property({
    id: 'avg-backward-matches-reference',
    name: 'dx of avgPoolBackward matches autodiff of the reference',
    points: 2,
    arbitrary: cases,
    diagnose: avgBackwardMistakes,
    check: matchesReference('avg', 'dx'),
  }),
  property({
    id: 'avg-gradient-uniform',
    name: "one window's gradient is dout/(kH·kW) on each of its real positions and 0 elsewhere",
    points: 1,
    arbitrary: oneWindowCases,
    diagnose: avgBackwardMistakes,
    check: matchesReference('avg', 'dx', (c) => text['one-window'](firstNonzero(c.dout))),
  }),
  property({
    id: 'avg-gradient-total',
    name: 'each plane of dx sums to Σ dout·(real positions of the window)/(kH·kW)',
    points: 1,
    arbitrary: cases,
    diagnose: avgBackwardMistakes,
    check: (kata, c, { reference }) => expectAvgGradientTotal(kata, c, reference),
  }),
  property({
    id: 'avg-backward-self-consistent',
    name: 'dx of avgPoolBackward agrees with finite differences of your avgPoolForward',
    points: 1,
    arbitrary: cases,
    diagnose: avgBackwardMistakes,
    check: selfConsistent('avg'),
  }),
]);
